#include "console/connections/GatewayUrl.h"

#include <QCoreApplication>

namespace seatwise::GatewayUrl {
namespace {
// lupdate files these tr() calls under the namespace's qualified name, so translate under that context.
QString tr(const char* text)
{
    return QCoreApplication::translate("seatwise::GatewayUrl", text);
}
} // namespace

QUrl parse(const QString& text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url;
}

QString problem(const QString& text)
{
    if (text.trimmed().isEmpty())
        return tr("Enter the gateway's address, e.g. http://127.0.0.1:8640.");
    const QUrl url = parse(text);
    if (!url.isValid())
        return tr("This is not a valid address.");
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return tr("The address must start with http:// or https://.");
    if (url.host().isEmpty())
        return tr("The address needs a host name or IP address.");
    if (url.port() <= 0)
        return tr("The address needs a port, e.g. :8640.");
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("The address may not carry a user, a query or a fragment.");
    return {};
}

} // namespace seatwise::GatewayUrl
