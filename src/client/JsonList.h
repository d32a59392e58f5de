#pragma once

#include "client/ClientResult.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>

namespace seatwise {

// Parses a JSON array with T::fromJson; the first bad element fails the whole list.
template <typename T> ClientResult<QList<T>> parseJsonList(const QJsonValue& value)
{
    if (!value.isArray())
        return ClientError{0, QString(ClientErrorCode::BadAnswer), QStringLiteral("expected a JSON array"), {}};
    const QJsonArray array = value.toArray();
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue& element : array) {
        ClientResult<T> item = T::fromJson(element);
        if (!item)
            return item.error();
        items.append(std::move(item).value());
    }
    return items;
}

// The error a parser returns for an answer that does not follow the contract.
inline ClientError badAnswer(const QString& what)
{
    return ClientError{0, QString(ClientErrorCode::BadAnswer), what, {}};
}

} // namespace seatwise
