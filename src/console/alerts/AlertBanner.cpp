#include "console/alerts/AlertBanner.h"

#include "console/alerts/AlertMonitor.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace seatwise {
namespace {

// Light backgrounds with dark text read in light and dark themes alike.
const QString kWarningStyle =
    QStringLiteral("#alertBanner { background: #ffe08a; border: 1px solid #c79100; border-radius: 3px; }"
                   " #alertBanner QLabel { color: #3e2a00; }");
const QString kCriticalStyle =
    QStringLiteral("#alertBanner { background: #f8d7da; border: 1px solid #c2454f; border-radius: 3px; }"
                   " #alertBanner QLabel { color: #58151c; }");

} // namespace

AlertBanner::AlertBanner(QWidget* parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_label(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("&Details"), this))
    , m_dismissButton(new QPushButton(tr("D&ismiss"), this))
{
    setObjectName(QStringLiteral("alertBanner"));
    setAccessibleName(tr("Alerts"));
    m_iconLabel->setObjectName(QStringLiteral("alertBannerIcon"));
    m_label->setObjectName(QStringLiteral("alertBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_detailsLabel->setObjectName(QStringLiteral("alertDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::RichText);
    m_detailsLabel->setVisible(false);
    m_detailsButton->setObjectName(QStringLiteral("alertDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolTip(tr("List every active alert with the time it was raised"));
    m_dismissButton->setObjectName(QStringLiteral("alertDismissButton"));
    m_dismissButton->setToolTip(
        tr("Hide these alerts; the bar comes back when a new alert is raised or one clears and comes back"));

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_iconLabel, 0, Qt::AlignTop);
    top->addWidget(m_label, 1);
    top->addWidget(m_detailsButton);
    top->addWidget(m_dismissButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_detailsLabel);

    connect(m_detailsButton, &QPushButton::toggled, this, &AlertBanner::toggleDetails);
    connect(m_dismissButton, &QPushButton::clicked, this, &AlertBanner::dismiss);
    setVisible(false);
}

AlertBanner::~AlertBanner() = default;

void AlertBanner::attach(AlertMonitor* monitor)
{
    connect(monitor, &AlertMonitor::alertRaised, this, &AlertBanner::addAlert);
    connect(monitor, &AlertMonitor::alertUpdated, this, &AlertBanner::updateAlert);
    connect(monitor, &AlertMonitor::alertCleared, this, &AlertBanner::removeAlert);
    QList<Alert> active = monitor->activeAlerts();
    std::sort(active.begin(), active.end(), [](const Alert& a, const Alert& b) { return a.atMs < b.atMs; });
    for (const Alert& alert : std::as_const(active))
        addAlert(alert);
}

void AlertBanner::clear()
{
    m_alerts.clear();
    refresh();
}

void AlertBanner::addAlert(const Alert& alert)
{
    removeAlert(alert.key);
    m_alerts.prepend(alert);
    refresh();
}

void AlertBanner::updateAlert(const Alert& alert)
{
    for (Alert& shown : m_alerts)
        if (shown.key == alert.key)
            shown = alert;
    refresh();
}

void AlertBanner::removeAlert(const QString& key)
{
    m_alerts.removeIf([&key](const Alert& alert) { return alert.key == key; });
    m_dismissed.remove(key);
    refresh();
}

void AlertBanner::dismiss()
{
    for (const Alert& alert : std::as_const(m_alerts))
        m_dismissed.insert(alert.key);
    refresh();
}

QList<Alert> AlertBanner::visibleAlerts() const
{
    QList<Alert> shown;
    for (const Alert& alert : m_alerts)
        if (!m_dismissed.contains(alert.key))
            shown.append(alert);
    return shown;
}

QString AlertBanner::headline() const
{
    const QList<Alert> shown = visibleAlerts();
    if (shown.isEmpty())
        return {};
    if (shown.size() == 1)
        return shown.first().text;
    return tr("%1 (+%2 more)").arg(shown.first().text).arg(shown.size() - 1);
}

void AlertBanner::toggleDetails()
{
    m_detailsLabel->setVisible(m_detailsButton->isChecked() && !visibleAlerts().isEmpty());
}

void AlertBanner::refresh()
{
    const QList<Alert> shown = visibleAlerts();
    const bool critical = std::any_of(shown.cbegin(), shown.cend(), [](const Alert& a) { return a.critical(); });
    m_label->setText(headline());
    QString details = QStringLiteral("<ul style=\"margin: 0\">");
    for (const Alert& alert : shown) {
        const QString time =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(alert.atMs).time(), QLocale::ShortFormat);
        details +=
            QStringLiteral("<li>") + tr("%1 — %2").arg(time, alert.text.toHtmlEscaped()) + QStringLiteral("</li>");
    }
    details += QStringLiteral("</ul>");
    m_detailsLabel->setText(details);
    m_detailsButton->setVisible(shown.size() > 1);
    m_detailsLabel->setVisible(m_detailsButton->isChecked() && shown.size() > 1);
    setStyleSheet(critical ? kCriticalStyle : kWarningStyle);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(
        style()
            ->standardIcon(critical ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning, nullptr, this)
            .pixmap(iconSize, iconSize));
    setToolTip(shown.size() > 1 ? tr("Active alerts: %1. Details lists them all.").arg(shown.size()) : QString());
    setVisible(!shown.isEmpty());
}

} // namespace seatwise
