#include "Router.h"

namespace seatwise {

void Router::add(const QString& method, const QString& pattern, Handler handler)
{
    m_routes.push_back(Route{method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

bool Router::match(const QStringList& pattern, const QStringList& segments, QHash<QString, QString>* captures)
{
    if (pattern.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString& part = pattern[i];
        if (part.startsWith(u'{') && part.endsWith(u'}')) {
            if (captures)
                captures->insert(part.mid(1, part.size() - 2), segments[i]);
        } else if (part != segments[i]) {
            return false;
        }
    }
    return true;
}

HttpReply Router::dispatch(Request& request) const
{
    for (const Route& route : m_routes) {
        QHash<QString, QString> captures;
        if (route.method == request.method() && match(route.pattern, request.segments(), &captures)) {
            request.setCaptures(std::move(captures));
            return route.handler(request);
        }
    }
    return HttpReply::error(makeError(
        ErrorCode::NotFound,
        QStringLiteral("No such endpoint: %1 %2. See docs/api.md.").arg(request.method(), request.raw().url().path())));
}

bool Router::matchesPath(const Request& request, const QString& pattern) const
{
    return match(pattern.split(u'/', Qt::SkipEmptyParts), request.segments(), nullptr);
}

} // namespace seatwise
