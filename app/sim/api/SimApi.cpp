#include "SimApi.h"

#include "ConfigFiles.h"
#include "SimBackend.h"
#include "SimLogQuery.h"
#include "SyncProtocol.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

SimReply notFound(const QString &what, const QString &code)
{
    return SimReply::error(404, QStringLiteral("%1 not found").arg(what), code);
}

SimReply methodNotAllowed()
{
    return SimReply::error(405, str("method not allowed"), str("MethodNotAllowed"));
}

// An optional JSON object body; `ok` is false when a body is there but is not an object.
QJsonObject bodyObject(const QByteArray &body, bool *ok)
{
    *ok = true;
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

SimReply badBody()
{
    return SimReply::error(400, str("the request body must be a JSON object"), str("BadRequest"));
}

} // namespace

SimApi::SimApi(SimBackend *backend)
    : m_backend(backend)
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

    switch (m_backend->sessions().checkAccess(bearer(request), m_backend->now())) {
    case SimSessions::Check::Valid:
        break;
    case SimSessions::Check::Expired:
        return SimReply::error(
            401, str("invalid session: access token expired"), str("InvalidSession"));
    case SimSessions::Check::Unknown:
        return SimReply::error(
            401, str("invalid session: valid authentication required"), str("InvalidSession"));
    }

    if (segments.value(0) != str("groups") || segments.size() < 3 || segments[2] != str("apps"))
        return notFound(str("resource"), str("NotFound"));
    if (segments[1] != m_backend->groupId())
        return notFound(str("group"), str("GroupNotFound"));
    if (segments.size() == 3) {
        if (request.method != "GET")
            return methodNotAllowed();
        QJsonArray apps;
        for (const SimApp &a : m_backend->apps())
            apps.append(a.toApiJson());
        return SimReply::json(200, apps);
    }
    SimApp *app = m_backend->app(segments[3]);
    if (!app)
        return notFound(str("app"), str("AppNotFound"));
    return appRoutes(request, *app, segments.mid(4));
}

SimReply SimApi::auth(const SimRequest &request, const QStringList &segments)
{
    const QString path = segments.join(QLatin1Char('/'));
    SimSessions &sessions = m_backend->sessions();
    if (path == str("auth/providers/mongodb-cloud/login")) {
        if (request.method != "POST")
            return methodNotAllowed();
        bool ok = false;
        const QJsonObject body = bodyObject(request.body, &ok);
        if (!ok || !body.value(str("username")).isString() || !body.value(str("apiKey")).isString())
            return SimReply::error(400,
                str("expected a JSON body with \u201cusername\u201d and \u201capiKey\u201d"),
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
        return methodNotAllowed();
    }
    if (path == str("auth/profile")) {
        if (request.method != "GET")
            return methodNotAllowed();
        if (sessions.checkAccess(bearer(request), m_backend->now()) != SimSessions::Check::Valid)
            return SimReply::error(
                401, str("invalid session: access token expired"), str("InvalidSession"));
        return profile();
    }
    return notFound(str("resource"), str("NotFound"));
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

SimReply SimApi::appRoutes(const SimRequest &request, SimApp &app, const QStringList &rest)
{
    const QString first = rest.value(0);
    if (rest.isEmpty())
        return request.method == "GET" ? SimReply::json(200, app.toApiJson()) : methodNotAllowed();
    if (first == str("services")) {
        if (rest.size() == 1) {
            if (request.method != "GET")
                return methodNotAllowed();
            return SimReply::json(200,
                QJsonArray {
                    QJsonObject {{str("_id"), app.serviceId}, {str("name"), app.serviceName},
                        {str("type"), str("mongodb-atlas")}, {str("version"), 1}}});
        }
        if (rest[1] != app.serviceId)
            return notFound(str("service"), str("ServiceNotFound"));
        if (rest.size() == 3 && rest[2] == str("config")) {
            if (request.method == "GET")
                return SimReply::json(200, app.serviceConfigJson());
            if (request.method == "PATCH")
                return patchServiceConfig(request, app);
            return methodNotAllowed();
        }
    } else if (first == str("deploy") && rest.size() == 2 && rest[1] == str("config")) {
        if (request.method == "GET")
            return SimReply::json(200,
                QJsonObject {{str("ui_drafts_disabled"), app.uiDraftsDisabled},
                    {str("automatic_deployment"),
                        QJsonObject {{str("enabled"), false}, {str("provider"), str("github")},
                            {str("installation_ids"), QJsonArray()}}},
                    {str("last_modified"), app.lastModified}});
        if (request.method == "PATCH")
            return patchDeployConfig(request, app);
        return methodNotAllowed();
    } else if (first == str("drafts")) {
        return drafts(request, app, rest.mid(1));
    } else if (first == str("deployments")) {
        return deployments(request, app, rest.mid(1));
    } else if (first == str("metrics") && rest.size() == 1) {
        return request.method == "GET" ? metrics(request, app) : methodNotAllowed();
    } else if (first == str("logs") && rest.size() == 1) {
        return request.method == "GET" ? logs(request, app) : methodNotAllowed();
    }
    return notFound(str("resource"), str("NotFound"));
}

SimReply SimApi::patchServiceConfig(const SimRequest &request, SimApp &app)
{
    bool ok = false;
    const QJsonObject body = bodyObject(request.body, &ok);
    if (!ok)
        return badBody();
    const bool flexible = body.contains(str("flexible_sync"));
    const bool partition = body.contains(str("sync"));
    if (flexible && partition)
        return SimReply::error(400,
            str("a config holds either \u201cflexible_sync\u201d or "
                "\u201csync\u201d, not both"),
            str("InvalidSyncConfig"));
    if (body.contains(str("clusterName"))
        && body.value(str("clusterName")).toString() != app.clusterName)
        return SimReply::error(400, str("the linked cluster of a service cannot be changed"),
            str("InvalidServiceConfig"));
    const QJsonValue readPreference = body.value(str("readPreference"));
    static const QStringList preferences {str("primary"), str("primaryPreferred"), str("secondary"),
        str("secondaryPreferred"), str("nearest")};
    if (!readPreference.isUndefined()
        && (!readPreference.isString() || !preferences.contains(readPreference.toString())))
        return SimReply::error(400,
            QStringLiteral("invalid readPreference; use one of %1")
                .arg(preferences.join(QStringLiteral(", "))),
            str("InvalidServiceConfig"));
    if (readPreference.isString())
        app.readPreference = readPreference.toString();
    if (body.value(str("wireProtocolEnabled")).isBool())
        app.wireProtocolEnabled = body.value(str("wireProtocolEnabled")).toBool();
    if (!flexible && !partition)
        return SimReply::noContent();

    const QString key = flexible ? str("flexible_sync") : str("sync");
    if (!body.value(key).isObject())
        return SimReply::error(400, QStringLiteral("\u201c%1\u201d must be an object").arg(key),
            str("InvalidSyncConfig"));
    const SimBackend::Refusal refusal = m_backend->changeSync(app,
        flexible ? SyncConfig::Mode::Flexible : SyncConfig::Mode::PartitionBased,
        body.value(key).toObject());
    if (refusal.isRefused())
        return SimReply::error(refusal.status, refusal.error, refusal.errorCode);
    return SimReply::noContent();
}

SimReply SimApi::patchDeployConfig(const SimRequest &request, SimApp &app)
{
    bool ok = false;
    const QJsonObject body = bodyObject(request.body, &ok);
    if (!ok)
        return badBody();
    const QJsonValue disabled = body.value(str("ui_drafts_disabled"));
    if (!disabled.isBool())
        return SimReply::error(
            400, str("\u201cui_drafts_disabled\u201d must be true or false"), str("BadRequest"));
    m_backend->setUiDraftsDisabled(app, disabled.toBool());
    return SimReply::noContent();
}

SimReply SimApi::drafts(const SimRequest &request, SimApp &app, const QStringList &rest)
{
    const auto draftJson = [&app](const SimDraft &d) {
        return QJsonObject {
            {str("_id"), d.id}, {str("user_id"), d.userId}, {str("app"), app.toApiJson()}};
    };
    if (rest.isEmpty()) {
        if (request.method == "GET")
            return SimReply::json(
                200, app.draft ? QJsonArray {draftJson(*app.draft)} : QJsonArray());
        if (request.method == "POST") {
            if (app.draft)
                return SimReply::error(409,
                    str("cannot create a new draft: a draft already exists "
                        "for this app"),
                    str("DraftAlreadyExists"));
            return SimReply::json(201, draftJson(m_backend->createDraft(app)));
        }
        return methodNotAllowed();
    }
    if (!app.draft || app.draft->id != rest[0])
        return notFound(str("draft"), str("DraftNotFound"));
    if (rest.size() == 1) {
        if (request.method != "DELETE")
            return methodNotAllowed();
        m_backend->discardDraft(app);
        return SimReply::noContent();
    }
    if (rest.size() == 2 && rest[1] == str("diff")) {
        if (request.method != "GET")
            return methodNotAllowed();
        const QStringList diffs = ConfigFiles::diff(app, app.deployed, app.draft->staged);
        // A drill: while this review is on screen, another admin deploys a change of theirs.
        m_backend->deployForeignChange(app);
        return SimReply::json(200,
            QJsonObject {{str("diffs"), QJsonArray::fromStringList(diffs)},
                {str("hosting_files_diff"),
                    QJsonObject {{str("added"), QJsonArray()}, {str("deleted"), QJsonArray()},
                        {str("modified"), QJsonArray()}}}});
    }
    if (rest.size() == 2 && rest[1] == str("deployment")) {
        if (request.method != "POST")
            return methodNotAllowed();
        bool ok = false;
        const QJsonObject body = bodyObject(request.body, &ok);
        if (!ok || (body.contains(str("name")) && !body.value(str("name")).isString()))
            return badBody();
        const SimDeployment d = m_backend->deployDraft(
            app, body.value(str("name")).toString(), request.deploymentError);
        return SimReply::json(201, d.toApiJson(app.id));
    }
    return notFound(str("resource"), str("NotFound"));
}

SimReply SimApi::deployments(const SimRequest &request, SimApp &app, const QStringList &rest)
{
    if (rest.isEmpty()) {
        if (request.method != "GET")
            return methodNotAllowed();
        QJsonArray out;
        for (qsizetype i = app.deployments.size() - 1; i >= 0 && out.size() < 25; --i)
            out.append(app.deployments[i].toApiJson(app.id));
        return SimReply::json(200, out);
    }
    const SimDeployment *found = nullptr;
    for (const SimDeployment &d : app.deployments)
        if (d.id == rest[0])
            found = &d;
    if (!found)
        return SimReply::error(404, str("deployment not found"), str("DeploymentNotFound"));
    if (rest.size() == 1)
        return request.method == "GET" ? SimReply::json(200, found->toApiJson(app.id))
                                       : methodNotAllowed();
    if (rest.size() == 2 && rest[1] == str("redeploy")) {
        // The OpenAPI document says POST, the docs' rollback page GET; clients of both exist.
        if (request.method != "POST" && request.method != "GET")
            return methodNotAllowed();
        const SimDeployment original = *found;
        m_backend->redeploy(app, original, request.deploymentError);
        return SimReply::noContent();
    }
    return notFound(str("resource"), str("NotFound"));
}

SimReply SimApi::logs(const SimRequest &request, SimApp &app)
{
    SimLogQuery query;
    QString problem;
    if (!query.parse(request.query, &problem))
        return SimReply::error(400, problem, str("InvalidParameter"));
    m_backend->trimLogs(app);
    return SimReply::json(200, query.run(app.logs));
}

SimReply SimApi::metrics(const SimRequest &request, const SimApp &app)
{
    for (const char *required : {"start", "end", "granularity"})
        if (request.query.queryItemValue(str(required)).isEmpty())
            return SimReply::error(400,
                QStringLiteral("the query parameter \u201c%1\u201d is required").arg(str(required)),
                str("BadRequest"));
    const qint64 now = m_backend->now().toSecsSinceEpoch();
    const SyncConfig::State state = app.deployed.mode == SyncConfig::Mode::None
        ? SyncConfig::State::Terminated
        : app.deployed.state();
    // While Sync runs, its events are as recent as the clock; paused or terminated, they stop
    // where they were. The lag is always the gap between the latest sync event and the last
    // cluster event processed, as the Sync page's header shows them.
    const bool running = state == SyncConfig::State::Enabled;
    const qint64 latest = running ? now - 2 : app.latestSyncEvent;
    const qint64 lag = running
        ? app.lagMs
        : qMax<qint64>(0, app.latestSyncEvent - app.lastClusterEventProcessed) * 1000;
    int connected = 0;
    for (const SimClient &c : app.clients)
        connected += state == SyncConfig::State::Enabled && c.session ? 1 : 0;

    const QString wanted = request.query.queryItemValue(str("metrics"));
    const auto point = [](qint64 at, double value) {
        return QJsonObject {
            {str("timestamp"), QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate)},
            {str("value"), value}};
    };
    QJsonArray measurements;
    const auto add = [&](const QString &name, const char *units, qint64 at, double value) {
        if (!wanted.isEmpty() && !wanted.split(QLatin1Char(',')).contains(name))
            return;
        measurements.append(QJsonObject {{str("name"), name}, {str("units"), str(units)},
            {str("data_points"), at > 0 ? QJsonArray {point(at, value)} : QJsonArray()}});
    };
    add(SyncProtocol::wireName(SyncMetric::SuccessfulRequests), "COUNT", latest,
        latest > 0 ? 1 : 0);
    add(SyncProtocol::wireName(SyncMetric::OplogLagMsSum), "MILLISECONDS", latest, double(lag));
    add(str("ACTIVE_OPEN_SYNC_SESSIONS"), "COUNT", now, connected);
    return SimReply::json(200,
        QJsonObject {{str("app_id"), app.id}, {str("app_name"), app.name},
            {str("group_id"), app.groupId},
            {str("start"), request.query.queryItemValue(str("start"))},
            {str("end"), request.query.queryItemValue(str("end"))},
            {str("granularity"), request.query.queryItemValue(str("granularity"))},
            {str("measurements"), measurements}});
}
