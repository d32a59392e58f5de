#pragma once

#include "client/ClientResult.h"

#include <QJsonValue>
#include <QUrlQuery>

namespace seatwise {

// One step of GET /usage: the peak seats in use, seats owned, logins and denials.
struct UsagePoint {
    qint64 atMs = 0;
    int peak = 0;
    int seats = 0;
    int logins = 0;
    int denials = 0;

    static ClientResult<UsagePoint> fromJson(const QJsonValue& value);
};

// The query of GET /usage; unset parts take the gateway's defaults (last 24 h, 60 s steps).
struct UsageQuery {
    QString pool;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int stepS = 0;

    QUrlQuery toUrlQuery() const;
};

} // namespace seatwise
