#pragma once

#include "core/Clock.h"
#include "core/User.h"
#include "store/Changes.h"
#include "store/Database.h"

#include <QObject>
#include <QWebSocket>
#include <memory>
#include <vector>

namespace seatwise {

class ChangeRelay;

// Pushes session and pool changes to every authenticated WebSocket listener (GET /api/v1/events),
// each seeing only the sessions R13 lets them view.
class EventHub final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventHub)

public:
    EventHub(const Database& database, const Clock& clock, QObject* parent = nullptr);
    ~EventHub() override;

    void addListener(std::unique_ptr<QWebSocket> socket, const User& user);
    // Changes this gateway committed: to its listeners, and through the relay to the other gateways.
    void publish(const Changes& changes);
    // Changes another gateway committed (from the relay): to this gateway's listeners only.
    void deliver(const Changes& changes);
    void setRelay(ChangeRelay* relay) { m_relay = relay; }

Q_SIGNALS:
    // Every change, local or from another gateway, before the listeners get it.
    void delivering(const seatwise::Changes& changes);

public:
    int listenerCount() const { return int(m_listeners.size()); }
    void closeAll();

private:
    struct Listener {
        std::unique_ptr<QWebSocket> socket;
        User user;
    };
    void removeListener(QWebSocket* socket);
    void send(const QJsonObject& event, const Session* session);

    const Database& m_database;
    const Clock& m_clock;
    std::vector<Listener> m_listeners;
    ChangeRelay* m_relay = nullptr;
};

} // namespace seatwise
