#pragma once

#include <QMetaType>
#include <QString>

namespace seatwise {

// What a ConsoleCache write touched, so each model reloads only what it shows.
enum class CacheKind {
    Pools,
    Sessions,
    Licenses,
    Usage,
};

// The kind's key in the cache's sync_state table.
inline QString cacheKindKey(CacheKind kind)
{
    switch (kind) {
    case CacheKind::Pools:
        return QStringLiteral("pools");
    case CacheKind::Sessions:
        return QStringLiteral("sessions");
    case CacheKind::Licenses:
        return QStringLiteral("licenses");
    case CacheKind::Usage:
        return QStringLiteral("usage");
    }
    return {};
}

} // namespace seatwise

Q_DECLARE_METATYPE(seatwise::CacheKind)
