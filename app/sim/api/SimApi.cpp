#include "SimApi.h"

#include "SimBackend.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QJsonObject>

SimApi::SimApi(SimBackend *backend)
    : m_backend(backend)
    , m_app(*backend)
{ }

QString SimApi::bearer(const SimRequest &request) const
{
    const QByteArray header = request.authorization.trimmed();
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

SimReply SimApi::handle(const SimRequest &request)
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.value(0) == str("auth"))
        return auth(request, segments);

    if (std::optional<SimReply> refused = refuseAccess(request))
        return *refused;
    if (std::optional<SimReply> refused = refuseBody(request))
        return *refused;

    if (segments.value(0) != str("groups") || segments.size() < 3 || segments[2] != str("apps"))
        return SimReply::notFound(str("resource"), str("NotFound"));
    if (segments[1] != m_backend->groupId())
        return SimReply::notFound(str("group"), str("GroupNotFound"));
    if (segments.size() == 3) {
        if (request.method != "GET")
            return SimReply::methodNotAllowed();
        QJsonArray apps;
        for (const SimApp &a : m_backend->apps())
            apps.append(a.toApiJson());
        return SimReply::json(200, apps);
    }
    SimApp *app = m_backend->app(segments[3]);
    if (!app)
        return SimReply::notFound(str("app"), str("AppNotFound"));
    return m_app.handle(request, *app, segments.mid(4));
}

std::optional<SimReply> SimApi::refuseAccess(const SimRequest &request) const
{
    const QString token = bearer(request);
    // The service's InvalidSession, with words that say which of the three it is: a client
    // that sent no token at all is told so, not that a token it never sent has expired.
    if (token.isEmpty())
        return SimReply::error(401,
            QStringLiteral("invalid session: no access token was sent; send one as "
                           "\u201cAuthorization: Bearer ACCESS_TOKEN\u201d"),
            str("InvalidSession"));
    switch (m_backend->sessions().checkAccess(token, m_backend->now())) {
    case SimSessions::Check::Valid:
        return std::nullopt;
    case SimSessions::Check::Expired:
        return SimReply::error(
            401, str("invalid session: access token expired"), str("InvalidSession"));
    case SimSessions::Check::Unknown:
        break;
    }
    return SimReply::error(
        401, str("invalid session: valid authentication required"), str("InvalidSession"));
}

std::optional<SimReply> SimApi::refuseBody(const SimRequest &request)
{
    int status = 400;
    if (const QString problem = request.bodyProblem(&status); !problem.isEmpty())
        return SimReply::error(
            status, problem, status == 413 ? str("RequestTooLarge") : str("BadRequest"));
    return std::nullopt;
}

SimReply SimApi::auth(const SimRequest &request, const QStringList &segments)
{
    if (std::optional<SimReply> refused = refuseBody(request))
        return *refused;
    const QString path = segments.join(QLatin1Char('/'));
    SimSessions &sessions = m_backend->sessions();
    if (path == str("auth/providers/mongodb-cloud/login")) {
        if (request.method != "POST")
            return SimReply::methodNotAllowed();
        bool ok = false;
        const QJsonObject body = request.bodyObject(&ok);
        if (!ok || !body.value(str("username")).isString() || !body.value(str("apiKey")).isString())
            return SimReply::error(400,
                QStringLiteral(
                    "expected a JSON body with \u201cusername\u201d and \u201capiKey\u201d"),
                str("BadRequest"));
        const SimSessions::Issued issued = sessions.login(body.value(str("username")).toString(),
            body.value(str("apiKey")).toString(), m_backend->now());
        if (issued.accessToken.isEmpty())
            return SimReply::error(401,
                str("failed to authenticate with MongoDB Cloud API: "
                    "invalid API key pair"),
                str("InvalidSession"));
        return SimReply::json(200,
            QJsonObject {{str("access_token"), issued.accessToken},
                {str("refresh_token"), issued.refreshToken}, {str("user_id"), sessions.userId()},
                {str("device_id"), str("000000000000000000000000")}});
    }
    if (path == str("auth/session")) {
        const QString token = bearer(request);
        if (request.method == "POST") {
            if (!sessions.isRefreshToken(token))
                return SimReply::error(
                    401, str("invalid refresh token: incorrect token type"), QString());
            return SimReply::json(201,
                QJsonObject {{str("access_token"), sessions.refresh(token, m_backend->now())}});
        }
        if (request.method == "DELETE") {
            if (!sessions.remove(token))
                return SimReply::error(401, str("invalid session: failed to find refresh token"),
                    str("InvalidSession"));
            return SimReply::noContent();
        }
        return SimReply::methodNotAllowed();
    }
    if (path == str("auth/profile")) {
        if (request.method != "GET")
            return SimReply::methodNotAllowed();
        if (std::optional<SimReply> refused = refuseAccess(request))
            return *refused;
        return profile();
    }
    return SimReply::notFound(str("resource"), str("NotFound"));
}

SimReply SimApi::profile() const
{
    const QJsonObject data {
        {str("name"), m_backend->adminName()}, {str("email"), m_backend->adminEmail()}};
    const QJsonArray roles {QJsonObject {
        {str("role_name"), str("GROUP_OWNER")}, {str("group_id"), m_backend->groupId()}}};
    return SimReply::json(200,
        QJsonObject {{str("user_id"), m_backend->sessions().userId()},
            {str("domain_id"), m_backend->groupId()}, {str("identities"), QJsonArray()},
            {str("data"), data}, {str("type"), str("normal")}, {str("roles"), roles}});
}
