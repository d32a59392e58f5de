#pragma once

#include "core/Session.h"

#include <QList>
#include <QSet>

namespace seatwise {

// What a committed store transaction changed, so the gateway can tell listeners (WebSocket events).
struct Changes {
    QList<Session> opened;
    QList<Session> changed;
    QList<Session> ended;
    QSet<QString> poolIds; // pools whose in-use count may have moved

    void sessionOpened(const Session& s)
    {
        opened.append(s);
        poolIds.insert(s.poolId);
    }
    void sessionChanged(const Session& s)
    {
        changed.append(s);
        poolIds.insert(s.poolId);
    }
    void sessionEnded(const Session& s)
    {
        ended.append(s);
        poolIds.insert(s.poolId);
    }
    void merge(const Changes& other)
    {
        opened += other.opened;
        changed += other.changed;
        ended += other.ended;
        poolIds.unite(other.poolIds);
    }
    bool isEmpty() const { return opened.isEmpty() && changed.isEmpty() && ended.isEmpty(); }
};

} // namespace seatwise
