#pragma once

#include <QCursor>
#include <QGuiApplication>

namespace seatwise {

// Shows the busy cursor for as long as it lives (around a call to the gateway).
class BusyCursor final {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::BusyCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace seatwise
