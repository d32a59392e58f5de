#pragma once

#include <QCommandLineOption>
#include <QCoroTask>
#include <QList>
#include <QString>

namespace seatwise {

class CliContext;

// One seatctl command ("status", "sign-out", ...): its words for --help, its own options, and the run
// that answers the exit code. Global options (--gateway, --token, --json, ...) are parsed for every
// command; CliContext carries them.
class Command {
public:
    // `synopsis` follows "seatctl " in the help ("sessions [--inactive] [--pool POOL]"); `summary` is
    // the one line of the command list.
    Command(QString name, QString synopsis, QString summary)
        : m_name(std::move(name))
        , m_synopsis(std::move(synopsis))
        , m_summary(std::move(summary))
    {
    }
    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    const QString& name() const { return m_name; }
    const QString& synopsis() const { return m_synopsis; }
    const QString& summary() const { return m_summary; }
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual QCoro::Task<int> run(CliContext& context) = 0;

private:
    QString m_name;
    QString m_synopsis;
    QString m_summary;
};

} // namespace seatwise
