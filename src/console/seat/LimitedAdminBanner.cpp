#include "console/seat/LimitedAdminBanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace seatwise {

LimitedAdminBanner::LimitedAdminBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("limitedAdminBanner"));
    m_label->setObjectName(QStringLiteral("limitedAdminLabel"));
    m_label->setWordWrap(true);
    m_label->setText(tr("Limited admin mode: no admin license is free. Only License Usage is available until one "
                        "frees up."));
    setToolTip(tr("Every admin license of this gateway is in use by another console. The console tries again every "
                  "few seconds and switches to full admin mode as soon as one is free; you can also ask another "
                  "manager to log out."));
    setAccessibleName(tr("Limited admin mode"));
    // Amber with dark text reads in light and dark themes alike.
    setStyleSheet(QStringLiteral("#limitedAdminBanner { background: #ffc107; border: 1px solid #c79100; "
                                 "border-radius: 3px; } #limitedAdminLabel { color: #3e2a00; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label);
    setVisible(false);
}

LimitedAdminBanner::~LimitedAdminBanner() = default;

void LimitedAdminBanner::setMode(AdminSeat::Mode mode)
{
    setVisible(mode == AdminSeat::Mode::LimitedAdmin);
}

} // namespace seatwise
