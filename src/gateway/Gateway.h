#pragma once

#include "core/Error.h"
#include "gateway/GatewayOptions.h"

#include <QObject>
#include <QUrl>
#include <memory>

namespace seatwise {

// The whole license server: store, HTTP routes, WebSocket events and the reaper. Lives on the thread
// that calls start() and serves every request there (Qt 6.4's HttpServer must stay synchronous).
// seatwised runs one in main(); the console runs one on its own thread as the embedded gateway.
class Gateway final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gateway)

public:
    explicit Gateway(GatewayOptions options, QObject* parent = nullptr);
    ~Gateway() override;

    // Opens and migrates the store, bootstraps the owner, starts listening and reaping.
    Status start();
    // Stops listening, closes event streams and the store connection. Called by the destructor too.
    void stop();

    quint16 port() const;
    QUrl apiBaseUrl() const; // http://HOST:PORT/api/v1, https with TLS
    bool usesTls() const;

private:
    struct Parts;
    GatewayOptions m_options;
    std::unique_ptr<Parts> m_parts;
};

} // namespace seatwise
