#pragma once

#include "core/Vocabulary.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace seatwise {

// Reads the fields of one JSON object and remembers the first that was missing or malformed, so a
// parser reads every field in a row and checks ok() once.
class JsonReader final {
public:
    explicit JsonReader(QJsonObject object)
        : m_object(std::move(object))
    {
    }

    QString string(QLatin1String key);
    QString optionalString(QLatin1String key);
    int integer(QLatin1String key);
    int optionalInteger(QLatin1String key, int fallback);
    bool optionalBool(QLatin1String key, bool fallback);
    qint64 time(QLatin1String key);         // ISO 8601, required; ms since the epoch
    qint64 optionalTime(QLatin1String key); // 0 when absent or null

    template <typename E> E word(QLatin1String key, E fallback)
    {
        const QString text = string(key);
        if (const auto value = parseWire<E>(text))
            return *value;
        fail(key);
        return fallback;
    }

    const QJsonObject& object() const { return m_object; }
    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

private:
    void fail(QLatin1String key);

    QJsonObject m_object;
    QString m_problem;
};

} // namespace seatwise
