#include "SimRequest.h"

#include "HttpRequest.h"
#include "SimServer.h"

std::optional<SimRequest> SimRequest::fromHttp(const HttpRequest &request)
{
    const QString path = request.path();
    const QString prefix = QString::fromLatin1(SimServer::ApiPrefix);
    if (!path.startsWith(prefix + QLatin1Char('/')))
        return std::nullopt;
    SimRequest r;
    r.method = request.method;
    r.path = path.mid(prefix.size());
    r.query = request.query();
    r.authorization = request.header("authorization");
    r.body = request.body;
    return r;
}
