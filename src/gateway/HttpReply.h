#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace seatwise {

// What a route answers: a status, a compact JSON (or empty) body and extra headers.
struct HttpReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonObject& object);
    static HttpReply json(int status, const QJsonArray& array);
    static HttpReply noContent();
    // The one place domain errors become HTTP: status from the code, body {error, message, ...details}.
    static HttpReply error(const Error& error);
    static int statusFor(ErrorCode code);
};

} // namespace seatwise
