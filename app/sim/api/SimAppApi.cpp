#include "SimAppApi.h"

#include "ConfigFiles.h"
#include "SimBackend.h"
#include "SimLogQuery.h"
#include "SimMetrics.h"
#include "SimRequest.h"
#include "SyncProtocol.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

SimReply badBody()
{
    return SimReply::error(400, str("the request body must be a JSON object"), str("BadRequest"));
}

// An ISO 8601 duration of some length, as the OpenAPI document asks of a metrics granularity:
// "P31D", "PT1H", "PT5M"... A fixed pattern without nested repeats, on at most 32 characters.
bool isDuration(const QString &text)
{
    static const QRegularExpression duration(QStringLiteral(
        "^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"));
    static const QRegularExpression someLength(QStringLiteral("[1-9]"));
    return text.size() <= 32 && duration.match(text).hasMatch() && text.contains(someLength);
}

// Why the metrics query is malformed, worded as the logs' refusals are; "" when it is not.
QString metricsProblem(const QUrlQuery &query)
{
    const auto value = [&query](const char *name) {
        return query.queryItemValue(str(name), QUrl::FullyDecoded);
    };
    qint64 ms[2] = {-1, -1};
    for (const int i : {0, 1}) {
        const char *name = i == 0 ? "start" : "end";
        ms[i] = SimLogEntry::parseTime(value(name));
        if (ms[i] < 0)
            return QStringLiteral("%1 must be an ISO 8601 date and time, such as "
                                  "2024-03-01T12:00:00Z")
                .arg(str(name));
    }
    if (ms[0] > ms[1])
        return str("start must not be after end");
    if (!isDuration(value("granularity")))
        return str("granularity must be an ISO 8601 duration, such as PT1M, PT1H or P31D");
    return {};
}

} // namespace

SimAppApi::SimAppApi(SimBackend &backend)
    : m_backend(backend)
{ }

SimReply SimAppApi::handle(const SimRequest &request, SimApp &app, const QStringList &rest)
{
    const QString first = rest.value(0);
    if (rest.isEmpty())
        return request.method == "GET" ? SimReply::json(200, app.toApiJson())
                                       : SimReply::methodNotAllowed();
    if (first == str("services")) {
        if (rest.size() == 1) {
            if (request.method != "GET")
                return SimReply::methodNotAllowed();
            return SimReply::json(200,
                QJsonArray {
                    QJsonObject {{str("_id"), app.serviceId}, {str("name"), app.serviceName},
                        {str("type"), str("mongodb-atlas")}, {str("version"), 1}}});
        }
        if (rest[1] != app.serviceId)
            return SimReply::notFound(str("service"), str("ServiceNotFound"));
        if (rest.size() == 3 && rest[2] == str("config")) {
            if (request.method == "GET")
                return SimReply::json(200, app.serviceConfigJson());
            if (request.method == "PATCH")
                return patchServiceConfig(request, app);
            return SimReply::methodNotAllowed();
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
        return SimReply::methodNotAllowed();
    } else if (first == str("drafts")) {
        return drafts(request, app, rest.mid(1));
    } else if (first == str("deployments")) {
        return deployments(request, app, rest.mid(1));
    } else if (first == str("metrics") && rest.size() == 1) {
        return request.method == "GET" ? metrics(request, app) : SimReply::methodNotAllowed();
    } else if (first == str("logs") && rest.size() == 1) {
        return request.method == "GET" ? logs(request, app) : SimReply::methodNotAllowed();
    }
    return SimReply::notFound(str("resource"), str("NotFound"));
}

SimReply SimAppApi::patchServiceConfig(const SimRequest &request, SimApp &app)
{
    bool ok = false;
    const QJsonObject body = request.bodyObject(&ok);
    if (!ok)
        return badBody();
    const bool flexible = body.contains(str("flexible_sync"));
    const bool partition = body.contains(str("sync"));
    if (flexible && partition)
        return SimReply::error(400,
            QStringLiteral("a config holds either \u201cflexible_sync\u201d or "
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
    const SimBackend::Refusal refusal = m_backend.changeSync(app,
        flexible ? SyncConfig::Mode::Flexible : SyncConfig::Mode::PartitionBased,
        body.value(key).toObject());
    if (refusal.isRefused())
        return SimReply::error(refusal.status, refusal.error, refusal.errorCode);
    return SimReply::noContent();
}

SimReply SimAppApi::patchDeployConfig(const SimRequest &request, SimApp &app)
{
    bool ok = false;
    const QJsonObject body = request.bodyObject(&ok);
    if (!ok)
        return badBody();
    const QJsonValue disabled = body.value(str("ui_drafts_disabled"));
    if (!disabled.isBool())
        return SimReply::error(400,
            QStringLiteral("\u201cui_drafts_disabled\u201d must be true or false"),
            str("BadRequest"));
    m_backend.setUiDraftsDisabled(app, disabled.toBool());
    return SimReply::noContent();
}

SimReply SimAppApi::drafts(const SimRequest &request, SimApp &app, const QStringList &rest)
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
            return SimReply::json(201, draftJson(m_backend.createDraft(app)));
        }
        return SimReply::methodNotAllowed();
    }
    if (!app.draft || app.draft->id != rest[0])
        return SimReply::notFound(str("draft"), str("DraftNotFound"));
    if (rest.size() == 1) {
        if (request.method != "DELETE")
            return SimReply::methodNotAllowed();
        m_backend.discardDraft(app);
        return SimReply::noContent();
    }
    if (rest.size() == 2 && rest[1] == str("diff")) {
        if (request.method != "GET")
            return SimReply::methodNotAllowed();
        // The files are rendered here, from the state as it is now; the diff, which takes
        // seconds for a draft of tens of thousands of keys, is left for later (another thread).
        const QList<ConfigFiles::File> before = ConfigFiles::render(app, app.deployed);
        const QList<ConfigFiles::File> after = ConfigFiles::render(app, app.draft->staged);
        // A drill: while this review is on screen, another admin deploys a change of theirs.
        m_backend.deployForeignChange(app);
        SimReply reply;
        reply.later = [before, after] {
            return SimReply::json(200,
                QJsonObject {
                    {str("diffs"), QJsonArray::fromStringList(ConfigFiles::diff(before, after))},
                    {str("hosting_files_diff"),
                        QJsonObject {{str("added"), QJsonArray()}, {str("deleted"), QJsonArray()},
                            {str("modified"), QJsonArray()}}}});
        };
        return reply;
    }
    if (rest.size() == 2 && rest[1] == str("deployment")) {
        if (request.method != "POST")
            return SimReply::methodNotAllowed();
        bool ok = false;
        const QJsonObject body = request.bodyObject(&ok);
        if (!ok || (body.contains(str("name")) && !body.value(str("name")).isString()))
            return badBody();
        const SimDeployment d = m_backend.deployDraft(
            app, body.value(str("name")).toString(), request.deploymentError);
        return SimReply::json(201, d.toApiJson(app.id));
    }
    return SimReply::notFound(str("resource"), str("NotFound"));
}

SimReply SimAppApi::deployments(const SimRequest &request, SimApp &app, const QStringList &rest)
{
    if (rest.isEmpty()) {
        if (request.method != "GET")
            return SimReply::methodNotAllowed();
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
                                       : SimReply::methodNotAllowed();
    if (rest.size() == 2 && rest[1] == str("redeploy")) {
        // The OpenAPI document says POST, the docs' rollback page GET; clients of both exist.
        if (request.method != "POST" && request.method != "GET")
            return SimReply::methodNotAllowed();
        const SimDeployment original = *found;
        m_backend.redeploy(app, original, request.deploymentError);
        return SimReply::noContent();
    }
    return SimReply::notFound(str("resource"), str("NotFound"));
}

SimReply SimAppApi::logs(const SimRequest &request, SimApp &app)
{
    SimLogQuery query;
    QString problem;
    if (!query.parse(request.query, &problem))
        return SimReply::error(400, problem, str("InvalidParameter"));
    m_backend.trimLogs(app);
    return SimReply::json(200, query.run(app.logs.entries()));
}

SimReply SimAppApi::metrics(const SimRequest &request, const SimApp &app)
{
    for (const char *required : {"start", "end", "granularity"})
        if (request.query.queryItemValue(str(required)).isEmpty())
            return SimReply::error(400,
                QStringLiteral("the query parameter \u201c%1\u201d is required").arg(str(required)),
                str("BadRequest"));
    if (const QString problem = metricsProblem(request.query); !problem.isEmpty())
        return SimReply::error(400, problem, str("InvalidParameter"));
    const auto value = [&request](const char *name) {
        return request.query.queryItemValue(str(name), QUrl::FullyDecoded);
    };
    const QString wanted = value("metrics");
    const QByteArray measurements = SimMetrics::measurementsJson(app,
        SimLogEntry::parseTime(value("start")) / 1000, SimLogEntry::parseTime(value("end")) / 1000,
        SimMetrics::durationSeconds(value("granularity")), m_backend.now().toSecsSinceEpoch(),
        wanted.isEmpty() ? QStringList() : wanted.split(QLatin1Char(',')));
    SimReply reply = SimReply::json(200,
        QJsonObject {{str("app_id"), app.id}, {str("app_name"), app.name},
            {str("group_id"), app.groupId},
            {str("start"), request.query.queryItemValue(str("start"))},
            {str("end"), request.query.queryItemValue(str("end"))},
            {str("granularity"), request.query.queryItemValue(str("granularity"))}});
    // The measurements' text, thousands of points, goes in as it was written (SimMetrics).
    reply.body.chop(1); // the object's closing brace
    reply.body.append(",\"measurements\":").append(measurements).append('}');
    return reply;
}
