#pragma once

#include "console/seat/AdminSeat.h"

#include <QFrame>

class QLabel;

namespace seatwise {

// The amber bar above the sessions view while the console's admin seat is limited (R5): no admin
// license is free, so only listing sessions and signing users out work until one frees up.
class LimitedAdminBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LimitedAdminBanner)

public:
    explicit LimitedAdminBanner(QWidget* parent = nullptr);
    ~LimitedAdminBanner() override;

    // Shows the bar for LimitedAdmin, hides it otherwise; connect AdminSeat::modeChanged here.
    void setMode(seatwise::AdminSeat::Mode mode);

private:
    QLabel* m_label;
};

} // namespace seatwise
