#pragma once

#include <QString>
#include <QtGlobal>

namespace seatwise {

// What the command line asked of the console.
struct ConsoleOptions {
    bool demo = false;          // seed demo data and run simulated agents (also when the store is empty)
    quint16 gatewayPort = 8640; // embedded gateway's port; 0: any free port
    QString dataDir;            // empty: QStandardPaths::AppDataLocation
};

} // namespace seatwise
