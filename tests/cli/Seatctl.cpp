#include "Seatctl.h"

#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace seatwise::test {

QJsonObject CliRun::object() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QJsonArray CliRun::array() const
{
    return QJsonDocument::fromJson(out.toUtf8()).array();
}

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + "; stdout: " + out.toUtf8() + "; stderr: " + err.toUtf8();
}

QString Seatctl::binary()
{
    return qEnvironmentVariable("SEATCTL_BIN");
}

QString Seatctl::gateway() const
{
    return u"http://127.0.0.1:"_s + QString::number(m_sw.process().port());
}

CliRun Seatctl::admin(const QStringList& args, const QByteArray& input)
{
    return raw(QStringList{u"--gateway"_s, gateway(), u"--token"_s, m_sw.owner()} + args, input);
}

CliRun Seatctl::plain(const QStringList& args, const QByteArray& input)
{
    return raw(QStringList{u"--gateway"_s, gateway()} + args, input);
}

QProcessEnvironment Seatctl::cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"SEATWISE_TOKEN"_s, u"SEATWISE_GATEWAY"_s, u"SEATWISE_SESSION_TOKEN"_s})
        env.remove(name);
    return env;
}

CliRun Seatctl::raw(const QStringList& args, const QByteArray& input, const QProcessEnvironment& extra, int timeoutMs)
{
    CliRun run;
    if (binary().isEmpty()) {
        run.err = u"SEATCTL_BIN is not set"_s;
        return run;
    }
    QProcessEnvironment env = cleanEnvironment();
    env.insert(extra);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary(), args);
    if (!process.waitForStarted(10000)) {
        run.err = u"cannot start seatctl: "_s + process.errorString();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Waiting with the event loop running, so that a scripted server in the test process can answer.
    const bool finished = QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    return run;
}

} // namespace seatwise::test
