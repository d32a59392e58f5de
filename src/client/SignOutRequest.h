#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace seatwise {

// The body of POST /sessions/sign-out: every inactive session (R9), chosen ones, or all (R10).
struct SignOutRequest {
    enum class Which { Inactive, Ids, All };
    Which which = Which::Inactive;
    QStringList ids;
    QString pool; // optional: only this pool

    static SignOutRequest inactive(QString pool = {}) { return {Which::Inactive, {}, std::move(pool)}; }
    static SignOutRequest sessions(QStringList ids) { return {Which::Ids, std::move(ids), {}}; }
    static SignOutRequest all(QString pool = {}) { return {Which::All, {}, std::move(pool)}; }

    QJsonObject toJson() const
    {
        QJsonObject body;
        switch (which) {
        case Which::Inactive:
            body.insert(QStringLiteral("inactive"), true);
            break;
        case Which::Ids:
            body.insert(QStringLiteral("ids"), QJsonArray::fromStringList(ids));
            break;
        case Which::All:
            body.insert(QStringLiteral("all"), true);
            break;
        }
        if (!pool.isEmpty())
            body.insert(QStringLiteral("pool"), pool);
        return body;
    }
};

} // namespace seatwise
