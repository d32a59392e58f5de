#include "ApiServer.h"
#include "IdleConnections.h"
#include "store/AuditOrigin.h"

#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

namespace seatwise {
namespace {

// As Qt decides it: only with both headers does Qt hand the socket to the WebSocket server. With
// "Upgrade: websocket" alone it is an ordinary request and must get an ordinary answer; taking it for an
// upgrade left the connection open and unanswered for ever (exempt from the idle timeout too).
bool isWebSocketUpgrade(const QHttpServerRequest& request)
{
    return request.value(QByteArrayLiteral("Upgrade")).compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) ==
               0 &&
           request.value(QByteArrayLiteral("Connection")).toLower().contains("upgrade");
}

QString tokenOf(const QNetworkRequest& request)
{
    const QByteArray header = request.rawHeader(QByteArrayLiteral("Authorization")).trimmed();
    if (header.size() > 7 && header.left(7).compare(QByteArrayLiteral("Bearer "), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(header.mid(7).trimmed());
    return QUrlQuery(request.url()).queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
}

} // namespace

ApiServer::ApiServer(GatewayContext& context, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
{
    registerAuthRoutes(m_router, m_context);
    registerUserRoutes(m_router, m_context);
    registerPoolRoutes(m_router, m_context);
    registerLoginRoute(m_router, m_context);
    registerSignOutRoutes(m_router, m_context);
    registerSessionRoutes(m_router, m_context);
    registerHistoryRoutes(m_router, m_context);
    registerAccountRoutes(m_router, m_context);
    registerLicenseRoutes(m_router, m_context);
    registerPlanningRoutes(m_router, m_context);
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &ApiServer::acceptListeners);
}

namespace {

bool isHeartbeat(const Request& request)
{
    return request.method() == QLatin1String("POST") && request.segments().size() == 3 &&
           request.segments().constLast() == QLatin1String("heartbeat");
}

} // namespace

void ApiServer::settleLiveness(const Request& request)
{
    // Heartbeats wait in memory for the next batch; any other call reads or decides on sessions and
    // must see them first (a listing, a sign-out of inactive users, a pause...).
    if (isHeartbeat(request))
        return;
    if (auto written = m_context.liveness.flush(); !written)
        qWarning("heartbeats: %s", qUtf8Printable(written.error().message));
}

bool ApiServer::handleRequest(const QHttpServerRequest& raw, QTcpSocket* socket)
{
    Request request(raw);
    const AuditOrigin origin(request.peer());
    settleLiveness(request);
    if (isWebSocketUpgrade(raw)) {
        // Returning true hands the socket to the WebSocket server; false sends it to missingHandler.
        const bool accepted = m_router.matchesPath(request, QStringLiteral("/events")) &&
                              m_context.auth.requireUser(request, Authenticator::Limited::Allowed).ok();
        if (accepted)
            IdleConnections::exempt(socket);
        return accepted;
    }
    if (m_router.matchesPath(request, QStringLiteral("/events"))) {
        write(raw, socket,
              HttpReply::error(makeError(ErrorCode::BadRequest,
                                         QStringLiteral("/events is a WebSocket: send an Upgrade request."))));
        return true;
    }
    write(raw, socket, m_router.dispatch(request));
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest& raw, QTcpSocket* socket)
{
    Request request(raw);
    const AuditOrigin origin(request.peer());
    settleLiveness(request);
    if (isWebSocketUpgrade(raw) && m_router.matchesPath(request, QStringLiteral("/events"))) {
        auto user = m_context.auth.requireUser(request, Authenticator::Limited::Allowed);
        write(raw, socket,
              HttpReply::error(user ? makeError(ErrorCode::BadRequest, QStringLiteral("Bad upgrade.")) : user.error()));
        return;
    }
    write(raw, socket, m_router.dispatch(request));
}

void ApiServer::acceptListeners()
{
    while (auto socket = nextPendingWebSocketConnection()) {
        auto principal = m_context.auth.identifyToken(tokenOf(socket->request()));
        if (!principal || !principal.value().user) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthorized"));
            continue;
        }
        m_context.events.addListener(std::move(socket), *principal.value().user);
    }
}

void ApiServer::write(const QHttpServerRequest& request, QTcpSocket* socket, const HttpReply& reply)
{
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        for (const auto& [name, value] : reply.headers)
            responder.writeHeader(name, value);
        if (!reply.contentType.isEmpty())
            responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
        responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body);
    }
    // Sent now, not on the next pass of the event loop: with thousands of idle connections each pass
    // polls them all, so a pass saved per answer is most of the cost of an answer.
    socket->flush();
}

} // namespace seatwise
