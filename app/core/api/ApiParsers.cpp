#include "ApiParsers.h"

#include "JsonReader.h"
#include "Utf8.h"
#include "WireTime.h"

#include <QJsonDocument>
#include <QSet>
#include <limits>
#include <optional>

namespace ApiParsers {
namespace {

    using Need = JsonReader::Need;

    template<typename T> ApiResult<T> finish(const JsonReader &reader, T value)
    {
        if (reader.failed())
            return ApiResult<T>::failure(ApiError::malformed(reader.problem()));
        return ApiResult<T>::success(std::move(value));
    }

    Draft readDraft(JsonReader &reader, const QJsonObject &object)
    {
        Draft d;
        d.id = reader.string(object, str("_id"), Need::Required);
        d.userId = reader.string(object, str("user_id"));
        const QJsonObject app = reader.object(object, str("app"));
        d.appId = reader.string(app, str("_id"));
        return d;
    }

    Deployment readDeployment(JsonReader &reader, const QJsonObject &object)
    {
        Deployment d;
        d.id = reader.string(object, str("_id"), Need::Required);
        d.name = reader.string(object, str("name"));
        d.appId = reader.string(object, str("app_id"));
        d.draftId = reader.string(object, str("draft_id"));
        d.userId = reader.string(object, str("user_id"));
        d.origin = reader.string(object, str("origin"));
        d.statusText = reader.string(object, str("status"));
        d.statusErrorMessage = reader.string(object, str("status_error_message"));
        const qint64 deployedAt = reader.integer(object, str("deployed_at"));
        if (deployedAt > 0)
            d.deployedAt = QDateTime::fromSecsSinceEpoch(deployedAt, Qt::UTC);
        return d;
    }

    AppSummary readApp(JsonReader &reader, const QJsonObject &object)
    {
        AppSummary a;
        a.id = reader.string(object, str("_id"), Need::Required);
        a.clientAppId = reader.string(object, str("client_app_id"));
        a.name = reader.string(object, str("name"));
        a.groupId = reader.string(object, str("group_id"));
        a.location = reader.string(object, str("location"));
        a.deploymentModel = reader.string(object, str("deployment_model"));
        a.providerRegion = reader.string(object, str("provider_region"));
        a.environment = reader.string(object, str("environment"));
        a.product = reader.string(object, str("product"));
        a.lastModified = reader.integer(object, str("last_modified"));
        return a;
    }

    // ISO 8601 as the service writes it ("2022-12-08T18:24:48.41Z"); a time without a zone is
    // UTC, as the service reads it. Invalid when the text is not such a time.
    QDateTime isoTime(const QString &text)
    {
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::UTC);
        return t;
    }

    // One copy of each text that many entries repeat (types, app and group ids, platforms,
    // SDKs, users): the entries of a page share it instead of holding one each.
    QString shared(QSet<QString> &pool, const QString &text)
    {
        const auto found = pool.constFind(text);
        if (found != pool.cend())
            return *found;
        pool.insert(text);
        return text;
    }

    // One entry, read with a reader of its own so that a bad entry spoils only itself.
    std::optional<SyncLogEntry> readLogEntry(const QJsonValue &value, QSet<QString> &pool)
    {
        if (!value.isObject())
            return std::nullopt;
        JsonReader reader;
        const QJsonObject object = value.toObject();
        SyncLogEntry e;
        e.id = reader.string(object, str("_id"), Need::Required);
        e.coId = reader.string(object, str("co_id"));
        const QString type = reader.string(object, str("type"));
        e.type = SyncProtocol::logTypeFromWire(type);
        e.appId = shared(pool, reader.string(object, str("app_id")));
        e.groupId = shared(pool, reader.string(object, str("group_id")));
        e.started = isoTime(reader.string(object, str("started"), Need::Required));
        const QString completed = reader.string(object, str("completed"));
        if (!completed.isEmpty())
            e.completed = isoTime(completed);
        e.userId = shared(pool, reader.string(object, str("user_id")));
        e.remoteIpAddress = shared(pool, reader.string(object, str("remote_ip_address")));
        e.platform = shared(pool, reader.string(object, str("platform")));
        e.platformVersion = shared(pool, reader.string(object, str("platform_version")));
        e.sdkName = shared(pool, reader.string(object, str("sdk_name")));
        e.sdkVersion = shared(pool, reader.string(object, str("sdk_version")));
        e.error = reader.string(object, str("error"));
        e.errorCode = shared(pool, reader.string(object, str("error_code")));
        e.messages = reader.strings(object, str("messages"));
        e.syncQuery = reader.object(object, str("sync_query"));
        e.syncSessionMetrics = reader.object(object, str("sync_session_metrics"));
        reader.number(object, str("status"));
        static const QStringList read {str("_id"), str("co_id"), str("type"), str("app_id"),
            str("group_id"), str("started"), str("completed"), str("user_id"),
            str("remote_ip_address"), str("platform"), str("platform_version"), str("sdk_name"),
            str("sdk_version"), str("error"), str("error_code"), str("messages"), str("sync_query"),
            str("sync_session_metrics"), str("status")};
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!read.contains(it.key()))
                e.extra.insert(it.key(), it.value());
        if (e.type == SyncLogType::Unknown && !type.isEmpty())
            e.extra.insert(str("type"), type); // another kind of log, said as the service said it
        if (reader.failed() || e.id.isEmpty() || !e.started.isValid())
            return std::nullopt;
        return e;
    }

} // namespace

ApiError httpError(int status, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    ApiError e = ApiError::http(
        status, object.value(str("error")).toString(), object.value(str("error_code")).toString());
    if (e.error.isEmpty() && !body.trimmed().isEmpty() && !body.trimmed().startsWith('{'))
        e.detail = QString::fromUtf8(body.left(200));
    return e;
}

bool isUsableToken(const QString &token)
{
    // RFC 6750's b64token: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=".
    // JWTs and the simulator's base64url tokens are such; a CR or LF would split the request
    // the token is sent in (Qt puts a raw header's value on the wire as it is).
    if (token.isEmpty() || token.size() > 16 * 1024)
        return false;
    qsizetype i = 0;
    for (; i < token.size(); ++i) {
        const char16_t c = token.at(i).unicode();
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || c == u'_' || c == u'~'
            || c == u'+' || c == u'/';
        if (!plain)
            break;
    }
    if (i == 0)
        return false;
    for (; i < token.size(); ++i)
        if (token.at(i) != QLatin1Char('='))
            return false;
    return true;
}

ApiResult<AuthTokens> tokens(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    const QJsonObject object = reader.asObject(root, str("the login reply"));
    AuthTokens t;
    t.accessToken = reader.string(object, str("access_token"), Need::Required);
    t.refreshToken = reader.string(object, str("refresh_token"), Need::Required);
    t.userId = reader.string(object, str("user_id"));
    t.deviceId = reader.string(object, str("device_id"));
    if (!reader.failed() && !isUsableToken(t.accessToken))
        return ApiResult<AuthTokens>::failure(ApiError::unusableToken(str("access_token")));
    if (!reader.failed() && !isUsableToken(t.refreshToken))
        return ApiResult<AuthTokens>::failure(ApiError::unusableToken(str("refresh_token")));
    return finish(reader, t);
}

ApiResult<QString> accessToken(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    const QJsonObject object = reader.asObject(root, str("the session reply"));
    const QString token = reader.string(object, str("access_token"), Need::Required);
    if (!reader.failed() && !isUsableToken(token))
        return ApiResult<QString>::failure(ApiError::unusableToken(str("access_token")));
    return finish(reader, token);
}

ApiResult<AdminProfile> profile(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    const QJsonObject object = reader.asObject(root, str("the profile"));
    AdminProfile p;
    p.userId = reader.string(object, str("user_id"));
    const QJsonObject data = reader.object(object, str("data"));
    p.name = reader.string(data, str("name"));
    p.email = reader.string(data, str("email"));
    const QJsonArray roles = reader.array(object, str("roles"));
    for (const QJsonValue &role : roles) {
        const QString groupId
            = reader.string(reader.asObject(role, str("a role")), str("group_id"));
        if (!groupId.isEmpty() && !p.groupIds.contains(groupId))
            p.groupIds.append(groupId);
    }
    return finish(reader, p);
}

ApiResult<AppSummary> app(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    AppSummary a = readApp(reader, reader.asObject(root, str("the app")));
    return finish(reader, a);
}

ApiResult<QList<AppSummary>> apps(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    QList<AppSummary> out;
    const QJsonArray items = reader.asArray(root, str("the app list"));
    out.reserve(items.size());
    for (const QJsonValue &item : items)
        out.append(readApp(reader, reader.asObject(item, str("an app"))));
    return finish(reader, out);
}

ApiResult<QList<ServiceSummary>> services(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    QList<ServiceSummary> out;
    const QJsonArray items = reader.asArray(root, str("the service list"));
    for (const QJsonValue &item : items) {
        const QJsonObject object = reader.asObject(item, str("a service"));
        ServiceSummary s;
        s.id = reader.string(object, str("_id"), Need::Required);
        s.name = reader.string(object, str("name"));
        s.type = reader.string(object, str("type"));
        out.append(s);
    }
    return finish(reader, out);
}

ApiResult<ServiceConfig> serviceConfig(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    const QJsonObject object = reader.asObject(root, str("the service config"));
    ServiceConfig c;
    c.raw = object;
    c.clusterName = reader.string(object, str("clusterName"));
    c.readPreference = reader.string(object, str("readPreference"));
    c.wireProtocolEnabled = reader.boolean(object, str("wireProtocolEnabled"));
    const QJsonObject flexible = reader.object(object, str("flexible_sync"));
    const QJsonObject partition = reader.object(object, str("sync"));
    if (!flexible.isEmpty()) {
        c.sync.mode = SyncConfig::Mode::Flexible;
        c.sync.block = flexible;
    } else if (!partition.isEmpty()) {
        c.sync.mode = SyncConfig::Mode::PartitionBased;
        c.sync.block = partition;
    }
    if (c.sync.mode != SyncConfig::Mode::None)
        reader.string(c.sync.block, str("state"), Need::Required);
    return finish(reader, c);
}

ApiResult<DeployConfig> deployConfig(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    const QJsonObject object = reader.asObject(root, str("the deploy config"));
    DeployConfig c;
    c.raw = object;
    c.uiDraftsDisabled = reader.boolean(object, str("ui_drafts_disabled"));
    c.automaticDeploymentEnabled
        = reader.boolean(reader.object(object, str("automatic_deployment")), str("enabled"));
    return finish(reader, c);
}

ApiResult<Draft> draft(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    Draft d = readDraft(reader, reader.asObject(root, str("the draft")));
    return finish(reader, d);
}

ApiResult<std::optional<Draft>> currentDraft(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    std::optional<Draft> out;
    if (root.isArray()) {
        const QJsonArray items = root.toArray();
        if (!items.isEmpty())
            out = readDraft(reader, reader.asObject(items.first(), str("a draft")));
    } else if (root.isObject() && !root.toObject().isEmpty()) {
        out = readDraft(reader, root.toObject());
    } else if (!reader.failed() && !root.isObject()) {
        reader.fail(str("the draft list should be a JSON list"));
    }
    return finish(reader, out);
}

ApiResult<DraftDiff> draftDiff(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    const QJsonObject object = reader.asObject(root, str("the draft diff"));
    DraftDiff d;
    d.diffs = reader.strings(object, str("diffs"));
    return finish(reader, d);
}

ApiResult<Deployment> deployment(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    Deployment d = readDeployment(reader, reader.asObject(root, str("the deployment")));
    return finish(reader, d);
}

ApiResult<QList<Deployment>> deployments(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    QList<Deployment> out;
    const QJsonArray items = reader.asArray(root, str("the deployment list"));
    out.reserve(items.size());
    for (const QJsonValue &item : items)
        out.append(readDeployment(reader, reader.asObject(item, str("a deployment"))));
    return finish(reader, out);
}

ApiResult<AppMetrics> metrics(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    const QJsonObject object = reader.asObject(root, str("the metrics"));
    AppMetrics m;
    m.granularity = reader.string(object, str("granularity"));
    const QJsonArray measurements = reader.array(object, str("measurements"), Need::Required);
    for (const QJsonValue &item : measurements) {
        const QJsonObject measurement = reader.asObject(item, str("a measurement"));
        AppMetrics::Measurement out;
        out.name = reader.string(measurement, str("name"));
        out.units = reader.string(measurement, str("units"));
        const QJsonArray points = reader.array(measurement, str("data_points"));
        for (const QJsonValue &p : points) {
            const QJsonObject point = reader.asObject(p, str("a data point"));
            AppMetrics::DataPoint dp;
            dp.timestamp = WireTime::parseIso(reader.string(point, str("timestamp")));
            dp.value = reader.number(point, str("value"));
            out.points.append(dp);
        }
        m.measurements.append(out);
    }
    return finish(reader, m);
}

ApiResult<SyncLogPage> logPage(const QByteArray &body)
{
    JsonReader reader;
    QJsonValue root;
    reader.parse(body, &root);
    const QJsonObject object = reader.asObject(root, str("the log page"));
    const QJsonArray logs = reader.array(object, str("logs"), Need::Required);
    SyncLogPage page;
    page.entries.reserve(logs.size());
    QSet<QString> pool;
    for (const QJsonValue &item : logs) {
        if (std::optional<SyncLogEntry> entry = readLogEntry(item, pool))
            page.entries.append(std::move(*entry));
        else
            ++page.malformed;
    }
    const QString nextEndDate = reader.string(object, str("nextEndDate"));
    if (!nextEndDate.isEmpty()) {
        page.nextEndDate = isoTime(nextEndDate);
        if (!page.nextEndDate.isValid())
            reader.fail(
                QStringLiteral("the field \u201cnextEndDate\u201d should be an ISO 8601 time"));
        const qint64 skip = reader.integer(object, str("nextSkip"));
        if (skip < 0 || skip > std::numeric_limits<int>::max())
            reader.fail(QStringLiteral("the field \u201cnextSkip\u201d should be 0 or more"));
        else
            page.nextSkip = int(skip);
    }
    return finish(reader, page);
}

} // namespace ApiParsers
