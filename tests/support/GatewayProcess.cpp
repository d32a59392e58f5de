#include "GatewayProcess.h"

#include "StoreUnderTest.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace seatwise::test {

namespace {
constexpr int StartTimeoutMs = 15000;
}

GatewayProcess::GatewayProcess(QObject* parent)
    : QObject(parent)
{
}

GatewayProcess::~GatewayProcess()
{
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_store.reset(); // after the gateway is gone
}

QString GatewayProcess::binary()
{
    return qEnvironmentVariable("SEATWISED_BIN");
}

bool GatewayProcess::start(quint16 port)
{
    m_store = std::make_unique<StoreUnderTest>();
    if (!m_store->create()) {
        m_error = m_store->error();
        return false;
    }
    m_dbPath = m_store->location();
    m_token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return launch(port);
}

bool GatewayProcess::startShared(const QString& dbPath, const QString& ownerToken, quint16 port)
{
    m_dbPath = dbPath;
    m_token = ownerToken;
    return launch(port);
}

bool GatewayProcess::restart()
{
    if (isRunning())
        terminate();
    const quint16 previous = m_port;
    if (launch(previous))
        return true;
    return launch(0);
}

bool GatewayProcess::launch(quint16 port)
{
    m_error.clear();
    m_stderr.clear();
    if (binary().isEmpty()) {
        m_error = u"SEATWISED_BIN is not set"_s;
        return false;
    }
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SEATWISE_BOOTSTRAP_TOKEN"_s, m_token);
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(binary(),
                     QStringList{u"--db"_s, m_dbPath, u"--listen"_s, u"127.0.0.1:"_s + QString::number(port)} +
                         m_extraArguments);
    if (!m_process->waitForStarted(StartTimeoutMs)) {
        m_error = u"cannot start "_s + binary() + u": "_s + m_process->errorString();
        return false;
    }
    static const QRegularExpression listening(uR"(listening on ([0-9.]+):(\d+))"_s);
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        drainOutput();
        const auto match = listening.match(stderrText());
        if (match.hasMatch()) {
            m_port = match.captured(2).toUShort();
            return m_port != 0;
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error =
                u"seatwised exited with code "_s + QString::number(m_process->exitCode()) + u": "_s + stderrText();
            return false;
        }
        m_process->waitForReadyRead(50);
    }
    m_error = u"seatwised did not print 'listening on' within 15 s: "_s + stderrText();
    kill9();
    return false;
}

void GatewayProcess::drainOutput()
{
    if (m_process)
        m_stderr += m_process->readAll();
}

void GatewayProcess::kill9()
{
    if (!m_process)
        return;
    m_process->kill(); // SIGKILL on Unix
    m_process->waitForFinished(5000);
    drainOutput();
}

int GatewayProcess::terminate(int timeoutMs)
{
    if (!m_process)
        return -1;
    m_process->terminate(); // SIGTERM
    const bool stopped = m_process->waitForFinished(timeoutMs);
    drainOutput();
    if (!stopped) {
        kill9();
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool GatewayProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl GatewayProcess::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port) + u"/api/v1"_s);
}

QUrl GatewayProcess::eventsUrl() const
{
    return QUrl(u"ws://127.0.0.1:"_s + QString::number(m_port) + u"/api/v1/events"_s);
}

} // namespace seatwise::test
