#pragma once

#include "support/Seatwise.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

// Fails the test with seatctl's exit code and output when it did not exit with `code`.
#define CLI_EXPECT(run, code)                                                                                          \
    do {                                                                                                               \
        const ::seatwise::test::CliRun& cli_run_ = (run); /* once: `run` may be the call itself */                     \
        QVERIFY2(cli_run_.exitCode == (code), cli_run_.describe().constData());                                        \
    } while (false)

namespace seatwise::test {

// What one run of seatctl did.
struct CliRun {
    int exitCode = -1; // -1: it crashed or did not finish in time
    QString out;
    QString err;

    QJsonObject object() const; // stdout as a JSON object (empty when it is not one)
    QJsonArray array() const;   // stdout as a JSON array
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    // "exit N; stdout: ...; stderr: ..." for failure messages
    QByteArray describe() const;
};

// Runs the real seatctl (path from env SEATCTL_BIN) against a running Seatwise, with a clean
// environment (no SEATWISE_TOKEN or SEATWISE_GATEWAY from outside).
class Seatctl final {
public:
    explicit Seatctl(Seatwise& sw)
        : m_sw(sw)
    {
    }

    // http://127.0.0.1:PORT, the gateway's URL as a user would give it.
    QString gateway() const;
    // seatctl --gateway URL --token OWNER args...
    CliRun admin(const QStringList& args, const QByteArray& input = {});
    // seatctl --gateway URL args... (no token)
    CliRun plain(const QStringList& args, const QByteArray& input = {});
    // seatctl args... exactly as given, with extra environment variables; events are processed meanwhile.
    static CliRun raw(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& extra = {},
                      int timeoutMs = 60000);
    static QString binary();
    static QProcessEnvironment cleanEnvironment();

private:
    Seatwise& m_sw;
};

} // namespace seatwise::test
