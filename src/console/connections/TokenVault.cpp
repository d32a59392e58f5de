#include "console/connections/TokenVault.h"

#include <QCoroSignal>
#include <QPointer>
#include <qt6keychain/keychain.h>

#include <chrono>
#include <memory>

namespace seatwise {
namespace {

QString keyFor(const QString& profileId)
{
    return QStringLiteral("token/") + profileId;
}

void prepare(QKeychain::Job& job, const QString& profileId)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plaintext file when the keychain is missing
    job.setKey(keyFor(profileId));
}

VaultReply::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return VaultReply::Status::Ok;
    case QKeychain::EntryNotFound:
        return VaultReply::Status::NotFound;
    default:
        return VaultReply::Status::Unavailable;
    }
}

} // namespace

TokenVault::TokenVault(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

TokenVault::~TokenVault() = default;

QCoro::Task<VaultReply> TokenVault::finish(QKeychain::Job* job)
{
    // Some backends may finish inside start(): listen before starting.
    bool done = false;
    connect(job, &QKeychain::Job::finished, job, [&done] { done = true; });
    job->start();
    if (!done) {
        auto finished = qCoro(job, &QKeychain::Job::finished, std::chrono::milliseconds(m_timeoutMs));
        co_await finished;
    }
    VaultReply reply;
    if (!done) {
        reply.message = tr("The keychain did not answer.");
        co_return reply;
    }
    reply.status = statusOf(job->error());
    if (!reply.ok())
        reply.message = job->errorString();
    co_return reply;
}

void TokenVault::note(const VaultReply& reply)
{
    const bool available = reply.status != VaultReply::Status::Unavailable;
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged(available);
}

QCoro::Task<VaultReply> TokenVault::store(QString profileId, QString token)
{
    QPointer<TokenVault> self(this);
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    prepare(*job, profileId);
    job->setTextData(token);
    QKeychain::Job* pending = job.get();
    auto reply = co_await finish(pending);
    if (self)
        self->note(reply);
    co_return reply;
}

QCoro::Task<VaultReply> TokenVault::load(QString profileId)
{
    QPointer<TokenVault> self(this);
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    prepare(*job, profileId);
    QKeychain::Job* pending = job.get();
    auto reply = co_await finish(pending);
    if (reply.ok())
        reply.secret = job->textData();
    if (self)
        self->note(reply);
    co_return reply;
}

QCoro::Task<VaultReply> TokenVault::remove(QString profileId)
{
    QPointer<TokenVault> self(this);
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    prepare(*job, profileId);
    QKeychain::Job* pending = job.get();
    auto reply = co_await finish(pending);
    if (self)
        self->note(reply);
    co_return reply;
}

} // namespace seatwise
