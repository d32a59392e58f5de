#include "client/MassConfigCalls.h"

#include "client/GatewayClient.h"
#include "client/JsonAnswer.h"
#include "client/JsonList.h"

#include <QCoroNetworkReply>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

#include <memory>

namespace seatwise {
namespace {

const QString kPath = QStringLiteral("/licenses/mass-config");
const QByteArray kCsv = QByteArrayLiteral("text/csv; charset=utf-8");
constexpr int kApplyTimeoutMs = 120000;

// 422 invalid_rows carries the same fields as a dry run's answer: the file's verdict, not a failure.
ClientResult<MassConfigAnswer> verdict(const ClientResult<JsonAnswer>& answer)
{
    if (answer)
        return MassConfigAnswer::fromJson(answer->json);
    const ClientError& error = answer.error();
    if (error.httpStatus == 422 && error.code == QLatin1String("invalid_rows")) {
        ClientResult<MassConfigAnswer> rejected = MassConfigAnswer::fromJson(error.body);
        if (rejected)
            rejected.value().applied = false;
        return rejected;
    }
    return error;
}

} // namespace

ClientResult<MassConfigAnswer> MassConfigAnswer::fromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return badAnswer(QStringLiteral("mass-config: expected a JSON object"));
    const QJsonObject object = value.toObject();
    if (!object.value(QLatin1String("rows")).isDouble())
        return badAnswer(QStringLiteral("mass-config: no \"rows\" in the answer"));
    MassConfigAnswer answer;
    answer.rows = object.value(QLatin1String("rows")).toInt();
    answer.applied = object.value(QLatin1String("applied")).toBool();
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    for (const QJsonValue& element : errors) {
        const QJsonObject e = element.toObject();
        answer.errors.append(
            RowError{e.value(QLatin1String("row")).toInt(), e.value(QLatin1String("column")).toString(),
                     e.value(QLatin1String("error")).toString(), e.value(QLatin1String("message")).toString()});
    }
    return answer;
}

namespace MassConfigCalls {

QCoro::Task<ClientResult<MassConfigAnswer>> dryRun(GatewayClient& client, QByteArray csv)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("dry_run"), QStringLiteral("1"));
    GatewayClient::HttpCall request{QByteArrayLiteral("POST"), kPath, query, std::nullopt, client.token(), csv, kCsv};
    const ClientResult<JsonAnswer> answer = co_await client.call(std::move(request));
    co_return verdict(answer);
}

QCoro::Task<ClientResult<MassConfigAnswer>> apply(GatewayClient& client, QByteArray csv, QObject* context,
                                                  UploadProgress progress)
{
    QUrl url = client.apiBaseUrl();
    url.setPath(url.path() + kPath);
    QNetworkRequest request(url);
    request.setTransferTimeout(kApplyTimeoutMs);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, kCsv);
    if (!client.token().isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + client.token().toUtf8());

    // Declared before the reply so that it dies after it.
    const auto network = std::make_unique<QNetworkAccessManager>();
    std::unique_ptr<QNetworkReply> reply(network->post(request, csv));
    if (context && progress) {
        QObject::connect(reply.get(), &QNetworkReply::uploadProgress, context,
                         [progress](qint64 sent, qint64 total) { progress(sent, total); });
    }
    co_await reply.get();
    const ClientResult<JsonAnswer> answer = JsonAnswer::fromReply(*reply);
    co_return verdict(answer);
}

} // namespace MassConfigCalls
} // namespace seatwise
