#pragma once

#include "client/ClientResult.h"

#include <QJsonValue>

namespace seatwise {

// The account settings of GET /account: the billing time zone of seat orders (R14) and the
// pay-per-use minutes left for overflow sessions.
struct AccountInfo {
    QString billingTimezone; // an IANA name, "UTC" when none is set
    qint64 ppuMinutes = 0;

    static ClientResult<AccountInfo> fromJson(const QJsonValue& value);
};

} // namespace seatwise
