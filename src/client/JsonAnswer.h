#pragma once

#include "client/ClientResult.h"

#include <QJsonValue>

class QNetworkReply;

namespace seatwise {

// A finished reply reduced to what the typed calls read: a 2xx status and its JSON (null for an
// empty body), or the ClientError that a 4xx/5xx body or a network failure stands for.
struct JsonAnswer {
    int httpStatus = 0;
    QJsonValue json;

    static ClientResult<JsonAnswer> fromReply(QNetworkReply& reply);
};

} // namespace seatwise
