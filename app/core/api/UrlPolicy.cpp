#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace UrlPolicy {

bool isWebAddress(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

QString check(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("UrlPolicy",
            "\u201c%1\u201d is not a URL such as "
            "https://services.cloud.mongodb.com/api/admin/v3.0.")
            .arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return QCoreApplication::translate(
            "UrlPolicy", "The Admin API is reached over https, not %1.")
            .arg(scheme);
    const QString host = url.host();
    const QHostAddress address(host);
    const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
    if (loopback)
        return {};
    return QCoreApplication::translate("UrlPolicy",
        "Plain http to %1 is refused: it would send your API keys and tokens "
        "unencrypted across the network. Use https (plain http is accepted only "
        "for this machine, e.g. the simulator on 127.0.0.1).")
        .arg(host);
}

} // namespace UrlPolicy
