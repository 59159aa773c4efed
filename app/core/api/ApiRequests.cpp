#include "ApiRequests.h"

#include <QJsonDocument>
#include <QUrl>

namespace ApiRequests {
namespace {

    QString segment(const QString &id)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(id));
    }

    QString appPath(const AppRef &app, const QString &rest = {})
    {
        return QStringLiteral("/groups/%1/apps/%2").arg(segment(app.groupId), segment(app.appId))
            + rest;
    }

    ApiRequest make(const char *method, const QString &path, const QJsonObject &body = {},
        bool withBody = false)
    {
        ApiRequest r;
        r.method = method;
        r.path = path;
        if (withBody)
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return r;
    }

} // namespace

ApiRequest login(const QString &publicKey, const QString &privateKey)
{
    ApiRequest r = make("POST", QStringLiteral("/auth/providers/mongodb-cloud/login"),
        {{QStringLiteral("username"), publicKey}, {QStringLiteral("apiKey"), privateKey}}, true);
    r.auth = ApiRequest::Auth::None;
    return r;
}

ApiRequest refreshSession()
{
    ApiRequest r = make("POST", QStringLiteral("/auth/session"));
    r.auth = ApiRequest::Auth::RefreshToken;
    return r;
}

ApiRequest deleteSession()
{
    ApiRequest r = make("DELETE", QStringLiteral("/auth/session"));
    r.auth = ApiRequest::Auth::RefreshToken;
    return r;
}

ApiRequest profile()
{
    return make("GET", QStringLiteral("/auth/profile"));
}

ApiRequest listApps(const QString &groupId)
{
    return make("GET", QStringLiteral("/groups/%1/apps").arg(segment(groupId)));
}

ApiRequest appInfo(const AppRef &app)
{
    return make("GET", appPath(app));
}

ApiRequest listServices(const AppRef &app)
{
    return make("GET", appPath(app, QStringLiteral("/services")));
}

ApiRequest serviceConfig(const AppRef &app, const QString &serviceId)
{
    return make("GET", appPath(app, QStringLiteral("/services/%1/config").arg(segment(serviceId))));
}

ApiRequest patchServiceConfig(const AppRef &app, const QString &serviceId, const QJsonObject &body)
{
    return make("PATCH",
        appPath(app, QStringLiteral("/services/%1/config").arg(segment(serviceId))), body, true);
}

QJsonObject syncStatePatch(const SyncConfig &current, SyncConfig::State state)
{
    QJsonObject block = current.block;
    block.insert(QStringLiteral("state"), SyncConfig::stateToString(state));
    const SyncConfig::Mode mode
        = current.mode == SyncConfig::Mode::None ? SyncConfig::Mode::Flexible : current.mode;
    return {{SyncConfig::jsonKey(mode), block}};
}

QJsonObject enableSyncPatch(SyncConfig::Mode mode, QJsonObject block)
{
    block.insert(QStringLiteral("state"), SyncConfig::stateToString(SyncConfig::State::Enabled));
    return {{SyncConfig::jsonKey(mode), block}};
}

ApiRequest deployConfig(const AppRef &app)
{
    return make("GET", appPath(app, QStringLiteral("/deploy/config")));
}

ApiRequest patchDeployConfig(const AppRef &app, const DeployConfig &current, bool uiDraftsDisabled)
{
    QJsonObject body = current.raw;
    body.remove(QStringLiteral("last_modified"));
    body.insert(QStringLiteral("ui_drafts_disabled"), uiDraftsDisabled);
    if (!body.value(QStringLiteral("automatic_deployment")).isObject())
        body.insert(QStringLiteral("automatic_deployment"),
            QJsonObject {{QStringLiteral("enabled"), current.automaticDeploymentEnabled}});
    return make("PATCH", appPath(app, QStringLiteral("/deploy/config")), body, true);
}

ApiRequest listDrafts(const AppRef &app)
{
    return make("GET", appPath(app, QStringLiteral("/drafts")));
}

ApiRequest createDraft(const AppRef &app)
{
    return make("POST", appPath(app, QStringLiteral("/drafts")));
}

ApiRequest deleteDraft(const AppRef &app, const QString &draftId)
{
    return make("DELETE", appPath(app, QStringLiteral("/drafts/%1").arg(segment(draftId))));
}

ApiRequest draftDiff(const AppRef &app, const QString &draftId)
{
    return make("GET", appPath(app, QStringLiteral("/drafts/%1/diff").arg(segment(draftId))));
}

ApiRequest deployDraft(const AppRef &app, const QString &draftId, const QString &name)
{
    const QString path
        = appPath(app, QStringLiteral("/drafts/%1/deployment").arg(segment(draftId)));
    if (name.isEmpty())
        return make("POST", path);
    return make("POST", path, {{QStringLiteral("name"), name}}, true);
}

ApiRequest listDeployments(const AppRef &app)
{
    return make("GET", appPath(app, QStringLiteral("/deployments")));
}

ApiRequest deployment(const AppRef &app, const QString &deploymentId)
{
    return make("GET", appPath(app, QStringLiteral("/deployments/%1").arg(segment(deploymentId))));
}

ApiRequest redeploy(const AppRef &app, const QString &deploymentId)
{
    return make("POST",
        appPath(app, QStringLiteral("/deployments/%1/redeploy").arg(segment(deploymentId))));
}

ApiRequest metrics(const AppRef &app, const QDateTime &start, const QDateTime &end,
    const QString &granularity, const QStringList &metrics)
{
    ApiRequest r = make("GET", appPath(app, QStringLiteral("/metrics")));
    r.query.addQueryItem(QStringLiteral("start"), start.toUTC().toString(Qt::ISODate));
    r.query.addQueryItem(QStringLiteral("end"), end.toUTC().toString(Qt::ISODate));
    r.query.addQueryItem(QStringLiteral("granularity"), granularity);
    if (!metrics.isEmpty())
        r.query.addQueryItem(QStringLiteral("metrics"), metrics.join(QLatin1Char(',')));
    return r;
}

ApiRequest logs(const AppRef &app, const SyncLogQuery &query)
{
    ApiRequest r = make("GET", appPath(app, QStringLiteral("/logs")));
    const auto add = [&r](const char *key, const QString &value) {
        // QUrlQuery takes values half-encoded: a '%' would start an escape, and it leaves '+'
        // alone, which servers read as a space. Both are encoded here.
        QString encoded = value;
        encoded.replace(QLatin1Char('%'), QLatin1String("%25"))
            .replace(QLatin1Char('+'), QLatin1String("%2B"));
        r.query.addQueryItem(QString::fromLatin1(key), encoded);
    };
    const auto date = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); };
    if (query.type)
        add("type", SyncProtocol::wireName(*query.type));
    if (query.errorsOnly)
        add("errors_only", QStringLiteral("true"));
    if (!query.userId.isEmpty())
        add("user_id", query.userId);
    if (!query.coId.isEmpty())
        add("co_id", query.coId);
    if (query.startDate.isValid())
        add("start_date", date(query.startDate));
    if (query.endDate.isValid())
        add("end_date", date(query.endDate));
    if (query.skip > 0)
        add("skip", QString::number(query.skip));
    add("limit", QString::number(qBound(1, query.limit, 100)));
    return r;
}

} // namespace ApiRequests
