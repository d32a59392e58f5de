#pragma once

#include "core/Error.h"
#include "core/Vocabulary.h"

#include <QJsonObject>
#include <QSet>

#include <initializer_list>
#include <optional>

namespace seatwise {

// Reads typed fields from a JSON body and remembers the first problem, so a handler reads every field
// and then answers one clear 400 naming the field and what it should be. A body field the handler never
// asked for is a problem too (a typo such as "seat" would otherwise be ignored silently).
class Fields final {
public:
    explicit Fields(const QJsonObject& body)
        : m_body(body)
    {
    }

    // Fields the handler reads later or only in some cases, so that problem() does not call them unknown.
    void allow(std::initializer_list<QString> keys);
    QString requiredString(const QString& key);
    QString optionalString(const QString& key, const QString& fallback = {});
    int optionalInt(const QString& key, int fallback, int min, int max);
    qint64 optionalInt64(const QString& key, qint64 fallback, qint64 min);
    bool optionalBool(const QString& key, bool fallback);
    QStringList optionalStringList(const QString& key);
    template <typename E> E optionalWord(const QString& key, E fallback)
    {
        const QString text = optionalString(key);
        if (text.isEmpty() && !contains(key))
            return fallback;
        if (auto value = parseWire<E>(text))
            return *value;
        fail(key, QStringLiteral("is not a known value (\"%1\")").arg(text));
        return fallback;
    }
    bool has(const QString& key) const { return contains(key) && !m_body.value(key).isNull(); }

    // The first problem found, if any, else the first field of the body that was never asked for.
    std::optional<Error> problem() const;

private:
    void fail(const QString& key, const QString& what);
    QJsonValue value(const QString& key);
    bool contains(const QString& key) const;

    const QJsonObject& m_body;
    std::optional<Error> m_problem;
    mutable QSet<QString> m_asked;
};

} // namespace seatwise
