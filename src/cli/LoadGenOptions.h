#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace seatwise {

class CliContext;

// What `seatctl loadgen` runs, from its options, with the bounds that keep one run from being a
// flood: at most 50,000 agents and 1,024 connections, a day at most, the given gateway only.
struct LoadGenOptions {
    Q_DECLARE_TR_FUNCTIONS(LoadGenOptions)

public:
    int agents = 100;
    int intervalMs = 20000;
    int durationMs = 60000;
    int rampMs = -1; // logins spread over this long; -1: one interval
    int connections = 64;
    int progressMs = 5000;
    int timeoutMs = 10000;
    QString pool;      // an anonymous pool's id, or empty with createPool
    QString clientKey; // that pool's client key
    bool createPool = false;
    bool active = true;

    static QList<QCommandLineOption> commandLine();
    // Fills the options from the command line; answers a problem for people, empty when all is well.
    QString read(const CliContext& context);
};

} // namespace seatwise
