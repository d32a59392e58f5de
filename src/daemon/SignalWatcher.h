#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace seatwise {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (the self-pipe trick), so the daemon stops
// cleanly: listeners closed, store connection closed, a log line written.
class SignalWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace seatwise
