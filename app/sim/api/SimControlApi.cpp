#include "SimControlApi.h"

#include "SimBackend.h"
#include "SimRequest.h"
#include "SimStateCheck.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

// The longest the clock may be moved in one call: ten years, far past any window it drives.
constexpr qint64 MaxClockAdvanceSeconds = 10LL * 366 * 24 * 3600;

// A whole number from `low` to `high` under `key` of `body` into `out`; absent: `out` stays.
bool setting(const QJsonObject &body, const char *key, int low, int high, int *out)
{
    const QJsonValue v = body.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < low || d > high || d != double(qint64(d)))
        return false;
    *out = int(d);
    return true;
}

} // namespace

const SimControlApi::Route SimControlApi::Routes[] = {
    {"GET", "faults", &SimControlApi::faults},
    {"POST", "faults", &SimControlApi::addFault},
    {"DELETE", "faults", &SimControlApi::clearFaults},
    {"POST", "reset", &SimControlApi::reset},
    {"POST", "expire-tokens", &SimControlApi::expireTokens},
    {"GET", "clock", &SimControlApi::readClock},
    {"POST", "clock", &SimControlApi::clock},
    {"GET", "state", &SimControlApi::state},
    {"POST", "settings", &SimControlApi::settings},
    {"PATCH", "apps/{app}", &SimControlApi::changeApp},
    {"GET", "apps/{app}/devices", &SimControlApi::devices},
    {"POST", "apps/{app}/devices", &SimControlApi::addDevice},
    {"GET", "apps/{app}/devices/{device}", &SimControlApi::device},
    {"PATCH", "apps/{app}/devices/{device}", &SimControlApi::changeDevice},
    {"DELETE", "apps/{app}/devices/{device}", &SimControlApi::removeDevice},
    {"POST", "apps/{app}/devices/{device}/reset", &SimControlApi::resetDevice},
    {"POST", "apps/{app}/logs", &SimControlApi::addLogs},
};

SimControlApi::SimControlApi(SimBackend &backend)
    : m_backend(backend)
    , m_devices(backend)
{ }

SimReply SimControlApi::handle(const SimRequest &request)
{
    int status = 400;
    if (const QString problem = request.bodyProblem(&status); !problem.isEmpty())
        return SimReply::error(
            status, problem, status == 413 ? str("RequestTooLarge") : str("BadRequest"));
    const QStringList segments = request.path.mid(1).split(QLatin1Char('/'));
    bool pathKnown = false;
    for (const Route &route : Routes) {
        if (!matches(route.path, segments))
            continue;
        if (request.method == route.method)
            return dispatch(route, segments, request);
        pathKnown = true;
    }
    if (pathKnown)
        return SimReply::methodNotAllowed();
    return SimReply::error(
        404, str("unknown control path; see sync-console-sim --help"), str("NotFound"));
}

bool SimControlApi::matches(const char *pattern, const QStringList &segments)
{
    const QStringList parts = QString::fromLatin1(pattern).split(QLatin1Char('/'));
    if (parts.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i)
        if (!parts[i].startsWith(QLatin1Char('{')) && parts[i] != segments[i])
            return false;
    return true;
}

SimReply SimControlApi::dispatch(
    const Route &route, const QStringList &segments, const SimRequest &request)
{
    Call call {request, nullptr, -1};
    const QStringList parts = QString::fromLatin1(route.path).split(QLatin1Char('/'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i] == QLatin1String("{app}")) {
            call.app = m_backend.app(segments[i]);
            if (!call.app)
                return SimReply::error(404, str("app not found"), str("AppNotFound"));
        } else if (parts[i] == QLatin1String("{device}")) {
            call.device = SimDeviceControl::deviceIndex(*call.app, segments[i]);
            if (call.device < 0)
                return SimReply::error(404, str("device not found"), str("DeviceNotFound"));
        }
    }
    return (this->*route.handler)(call);
}

SimReply SimControlApi::faults(const Call &)
{
    QJsonArray rules;
    for (const FaultRule &r : m_backend.faults().rules())
        rules.append(r.toJson());
    return SimReply::json(200, rules);
}

SimReply SimControlApi::addFault(const Call &call)
{
    QString problem = str("the body must be a JSON fault rule");
    const QJsonDocument body = QJsonDocument::fromJson(call.request.body);
    const std::optional<FaultRule> rule
        = body.isObject() ? FaultRule::fromJson(body.object(), &problem) : std::nullopt;
    if (!rule)
        return SimReply::badRequest(problem);
    m_backend.faults().add(*rule);
    return SimReply::json(201, rule->toJson());
}

SimReply SimControlApi::clearFaults(const Call &)
{
    m_backend.faults().clear();
    return SimReply::noContent();
}

SimReply SimControlApi::reset(const Call &)
{
    if (!m_backend.resetScenario())
        return SimReply::error(409,
            str("there is no scenario start to go back to (the state file was written "
                "before the simulator kept one)"),
            str("NoScenarioStart"));
    return SimReply::json(200, QJsonObject {{str("scenario"), m_backend.scenario()}});
}

SimReply SimControlApi::expireTokens(const Call &)
{
    m_backend.sessions().expireAccessTokens();
    return SimReply::noContent();
}

SimReply SimControlApi::clock(const Call &call)
{
    bool ok = false;
    const qint64 seconds = call.request.query.queryItemValue(str("advance")).toLongLong(&ok);
    if (!ok || seconds < 0 || seconds > MaxClockAdvanceSeconds)
        return SimReply::badRequest(QStringLiteral("use /_sim/clock?advance=SECONDS, from 0 to %1")
                              .arg(MaxClockAdvanceSeconds));
    // A state file with the clock further off would not load again.
    if (m_backend.clockOffset() + seconds > SimStateCheck::MaxClockOffsetSeconds)
        return SimReply::badRequest(
            QStringLiteral("the clock is %1 seconds ahead already; it goes at most %2 ahead")
                .arg(m_backend.clockOffset())
                .arg(SimStateCheck::MaxClockOffsetSeconds));
    m_backend.advanceClock(seconds);
    return SimReply::noContent();
}

SimReply SimControlApi::readClock(const Call &)
{
    return SimReply::json(200,
        QJsonObject {{str("now"), m_backend.now().toString(Qt::ISODateWithMs)},
            {str("offset_seconds"), m_backend.clockOffset()}});
}

SimReply SimControlApi::state(const Call &)
{
    return SimReply::json(200, m_backend.toJson());
}

SimReply SimControlApi::settings(const Call &call)
{
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body);
    const QJsonObject body = document.object();
    // Whole numbers in range only; anything else changes nothing.
    int delay = m_backend.deploymentDelayMs();
    int lifetime = m_backend.sessions().accessTokenLifetime();
    bool known = document.isObject();
    for (auto it = body.begin(); it != body.end() && known; ++it)
        known = it.key() == str("deployment_delay_ms") || it.key() == str("token_lifetime_s");
    if (!known || !setting(body, "deployment_delay_ms", 0, 600000, &delay)
        || !setting(body, "token_lifetime_s", 1, 30 * 86400, &lifetime))
        return SimReply::badRequest(str("the settings are a JSON object with deployment_delay_ms (0 to "
                              "600000) and token_lifetime_s (1 to 2592000)"));
    m_backend.setDeploymentDelayMs(delay);
    m_backend.sessions().setAccessTokenLifetime(lifetime);
    return SimReply::noContent();
}

// The app's config layout, as an export and the draft diff name its files: "services" (the
// sync block inside services/<name>/config.json, as apps made before 2021 kept it) or "sync"
// (sync/config.json). The service moved old apps to the newer layout; a trainer (and the
// figures of the 2023 admin UI) do the same here. The linked cluster's names too: the cluster's
// and its service's, and the name sync/config.json gives it (the figures' references show an
// app whose page and sync/config.json name it differently).
SimReply SimControlApi::changeApp(const Call &call)
{
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body);
    const QJsonObject body = document.object();
    const QString layout = body.value(str("config_layout")).toString();
    bool valid = document.isObject() && !body.isEmpty()
        && (!body.contains(str("config_layout")) || layout == str("services")
            || layout == str("sync"));
    const char *const names[] = {"cluster_name", "service_name", "data_source_name"};
    for (auto it = body.begin(); it != body.end() && valid; ++it) {
        if (it.key() == str("config_layout"))
            continue;
        const QString name = it.value().toString();
        // A name is a path segment of the export (services/<name>/): one, short, printable.
        valid = std::any_of(std::begin(names), std::end(names),
                    [&it](const char *n) { return it.key() == QLatin1String(n); })
            && it.value().isString() && !name.trimmed().isEmpty() && name.size() <= 64
            && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'));
    }
    if (!valid)
        return SimReply::badRequest(QStringLiteral(
            "the app's settings are a JSON object with one or more of config_layout "
            "(\u201cservices\u201d or \u201csync\u201d), cluster_name, service_name and "
            "data_source_name (names of 1 to 64 characters without slashes)"));
    SimApp &app = *call.app;
    if (body.contains(str("config_layout")))
        app.legacyLayout = layout == str("services");
    app.clusterName = body.value(str("cluster_name")).toString(app.clusterName);
    app.serviceName = body.value(str("service_name")).toString(app.serviceName);
    app.dataSourceName = body.value(str("data_source_name")).toString(app.dataSourceName);
    emit m_backend.changed();
    return SimReply::json(200, appJson(app));
}

QJsonObject SimControlApi::appJson(const SimApp &app)
{
    return QJsonObject {{str("_id"), app.id},
        {str("config_layout"), app.legacyLayout ? str("services") : str("sync")},
        {str("cluster_name"), app.clusterName}, {str("service_name"), app.serviceName},
        {str("data_source_name"),
            app.dataSourceName.isEmpty() ? app.serviceName : app.dataSourceName}};
}

SimReply SimControlApi::devices(const Call &call)
{
    return m_devices.list(*call.app);
}

SimReply SimControlApi::addDevice(const Call &call)
{
    return m_devices.add(*call.app, call.request.body);
}

SimReply SimControlApi::device(const Call &call)
{
    return SimReply::json(200, SimDeviceControl::deviceJson(*call.app, call.device));
}

SimReply SimControlApi::changeDevice(const Call &call)
{
    return m_devices.change(*call.app, call.device, call.request.body);
}

SimReply SimControlApi::removeDevice(const Call &call)
{
    return m_devices.remove(*call.app, call.device);
}

SimReply SimControlApi::resetDevice(const Call &call)
{
    return m_devices.resetManually(*call.app, call.device);
}

SimReply SimControlApi::addLogs(const Call &call)
{
    return m_devices.addLogs(*call.app, call.request.body);
}
