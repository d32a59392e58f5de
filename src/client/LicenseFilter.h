#pragma once

#include "core/Vocabulary.h"

#include <QUrlQuery>
#include <optional>

namespace seatwise {

// The query of GET /licenses; empty fields are left out. `type` is a base type or an add-on code,
// `extension` a prefix, `user` a login.
struct LicenseFilter {
    QString pool;
    QString user;
    QString extension;
    std::optional<LicenseStatus> status;
    QString type;

    QUrlQuery toUrlQuery() const
    {
        QUrlQuery query;
        const auto add = [&query](const QString& key, const QString& value) {
            if (!value.isEmpty())
                query.addQueryItem(key, value);
        };
        add(QStringLiteral("pool"), pool);
        add(QStringLiteral("user"), user);
        add(QStringLiteral("extension"), extension);
        if (status)
            add(QStringLiteral("status"), toWire(*status));
        add(QStringLiteral("type"), type);
        return query;
    }
};

} // namespace seatwise
