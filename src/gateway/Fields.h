#pragma once

#include "core/Error.h"
#include "core/Vocabulary.h"

#include <QJsonObject>
#include <optional>

namespace seatwise {

// Reads typed fields from a JSON body and remembers the first problem, so a handler reads every field
// and then answers one clear 400 naming the field and what it should be.
class Fields final {
public:
    explicit Fields(const QJsonObject& body)
        : m_body(body)
    {
    }

    QString requiredString(const QString& key);
    QString optionalString(const QString& key, const QString& fallback = {});
    int optionalInt(const QString& key, int fallback, int min, int max);
    qint64 optionalInt64(const QString& key, qint64 fallback, qint64 min);
    bool optionalBool(const QString& key, bool fallback);
    QStringList optionalStringList(const QString& key);
    template <typename E> E optionalWord(const QString& key, E fallback)
    {
        const QString text = optionalString(key);
        if (text.isEmpty() && !m_body.contains(key))
            return fallback;
        if (auto value = parseWire<E>(text))
            return *value;
        fail(key, QStringLiteral("is not a known value (\"%1\")").arg(text));
        return fallback;
    }
    bool has(const QString& key) const { return m_body.contains(key) && !m_body.value(key).isNull(); }

    // The first problem found, if any.
    std::optional<Error> problem() const { return m_problem; }

private:
    void fail(const QString& key, const QString& what);

    const QJsonObject& m_body;
    std::optional<Error> m_problem;
};

} // namespace seatwise
