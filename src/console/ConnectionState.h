#pragma once

namespace seatwise {

// How the console is connected to its gateway, as the status bar shows it.
enum class ConnectionState {
    Starting, // embedded gateway starting, or no answer yet
    Live,     // HTTP answers and the event stream is open
    Polling,  // HTTP answers, events down: periodic refresh only
    Offline,  // the last call got no HTTP answer
};

} // namespace seatwise
