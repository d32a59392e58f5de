#pragma once

#include "HttpReply.h"
#include "Request.h"

#include <functional>
#include <vector>

namespace seatwise {

// Maps "METHOD /path/{capture}/..." below /api/v1 to handlers. Unknown paths and methods are 404.
class Router final {
public:
    using Handler = std::function<HttpReply(Request&)>;

    void add(const QString& method, const QString& pattern, Handler handler);
    // A handler that takes a shared context first, e.g. HttpReply assign(GatewayContext&, Request&).
    template <typename Context>
    void add(const char* method, const char* pattern, Context& context, HttpReply (*handler)(Context&, Request&))
    {
        add(QString::fromLatin1(method), QString::fromLatin1(pattern),
            [&context, handler](Request& request) { return handler(context, request); });
    }
    HttpReply dispatch(Request& request) const;
    bool matchesPath(const Request& request, const QString& pattern) const;

private:
    struct Route {
        QString method;
        QStringList pattern;
        Handler handler;
    };
    static bool match(const QStringList& pattern, const QStringList& segments, QHash<QString, QString>* captures);

    std::vector<Route> m_routes;
};

} // namespace seatwise
