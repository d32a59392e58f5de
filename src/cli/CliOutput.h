#pragma once

#include "client/ClientError.h"

#include <QJsonValue>
#include <QString>
#include <QUrl>

namespace seatwise {

// Where seatctl writes: results on stdout (text, or JSON with --json), errors and progress on stderr as
// one line each starting "seatctl: ". Every failure goes through fail() so that its words and its exit
// code come from one place.
class CliOutput final {
public:
    explicit CliOutput(bool json = false)
        : m_json(json)
    {
    }

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    void setGateway(QUrl gateway) { m_gateway = std::move(gateway); }

    void print(const QString& text);         // stdout, as is
    void line(const QString& text);          // stdout, one line
    void printJson(const QJsonValue& value); // stdout, compact, one line
    void note(const QString& text);          // stderr, "seatctl: text"

    // Reports a failed call (and, with --json, prints {"error", "message", "status"} on stdout);
    // answers the exit code.
    int fail(const ClientError& error);
    // A usage problem: the line, a hint at --help, and exit code 2.
    int usageError(const QString& message);

private:
    bool m_json = false;
    QUrl m_gateway;
};

} // namespace seatwise
