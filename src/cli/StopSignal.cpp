#include "cli/StopSignal.h"

#include <csignal>

namespace seatwise::StopSignal {
namespace {

volatile std::sig_atomic_t g_requested = 0;

extern "C" void onSignal(int signal)
{
    if (g_requested != 0) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
        return;
    }
    g_requested = 1;
}

} // namespace

void install()
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool requested()
{
    return g_requested != 0;
}

} // namespace seatwise::StopSignal
