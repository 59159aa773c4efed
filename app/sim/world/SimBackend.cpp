#include "SimBackend.h"

#include "JsonReader.h"
#include "SimDeviceRunner.h"
#include "SimWorldFile.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QTimer>
#include <algorithm>
#include <iterator>
#include <utility>

namespace {

// What a block must hold before Sync can be enabled from scratch.
QString missingForEnable(SyncConfig::Mode mode, const QJsonObject &block)
{
    // Partition-Based Sync names a database only for Development Mode; Flexible Sync always.
    if (mode == SyncConfig::Mode::Flexible
        && block.value(str("database_name")).toString().isEmpty())
        return str("database_name");
    if (mode == SyncConfig::Mode::PartitionBased) {
        const QJsonObject partition = block.value(str("partition")).toObject();
        if (partition.value(str("key")).toString().isEmpty())
            return str("partition.key");
        if (partition.value(str("type")).toString().isEmpty())
            return str("partition.type");
    } else if (!block.value(str("queryable_fields_names")).isArray()) {
        return str("queryable_fields_names");
    }
    return {};
}

// Client Maximum Offline Time: the UI offers days; a hundred years is past any device.
constexpr int MaxOfflineDays = 36500;

QString wrongType(const QJsonObject &block)
{
    const struct
    {
        const char *key;
        QJsonValue::Type type;
    } fields[] = {
        {"state", QJsonValue::String},
        {"database_name", QJsonValue::String},
        {"partition", QJsonValue::Object},
        {"queryable_fields_names", QJsonValue::Array},
        {"indexed_queryable_fields_names", QJsonValue::Array},
        {"permissions", QJsonValue::Object},
        {"client_max_offline_days", QJsonValue::Double},
        {"is_recovery_mode_disabled", QJsonValue::Bool},
        {"asymmetric_tables", QJsonValue::Array},
    };
    for (const auto &f : fields) {
        const QJsonValue v = block.value(str(f.key));
        if (!v.isUndefined() && v.type() != f.type)
            return str(f.key);
    }
    return {};
}

QJsonObject merged(QJsonObject base, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace

SimBackend::SimBackend(QObject *parent)
    : QObject(parent)
    , m_groupId(str("5f1a2b3c4d5e6f7a8b9c0d1e"))
{
    m_deviceTimer.setInterval(1000);
    connect(&m_deviceTimer, &QTimer::timeout, this, [this] { stepDevices(); });
    m_deviceTimer.start();
}

SimBackend::~SimBackend() = default;

QDateTime SimBackend::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
}

void SimBackend::advanceClock(qint64 seconds)
{
    m_clockOffset += seconds;
    stepDevices();
    emit changed();
}

void SimBackend::setDeviceTickMs(int ms)
{
    if (ms <= 0) {
        m_deviceTimer.stop();
        return;
    }
    m_deviceTimer.start(ms);
}

int SimBackend::deviceTickMs() const
{
    return m_deviceTimer.isActive() ? m_deviceTimer.interval() : 0;
}

SimDeviceRunner SimBackend::deviceRunner(SimApp &app)
{
    return SimDeviceRunner(
        app, now().toMSecsSinceEpoch(), [this] { return newId(); },
        [this](SimApp &a, SimLogEntry entry) { appendLog(a, std::move(entry)); });
}

void SimBackend::stepDevices()
{
    for (SimApp &a : m_apps)
        stepDevices(a);
}

void SimBackend::stepDevices(SimApp &app)
{
    const bool moved = deviceRunner(app).step();
    trimLogs(app);
    if (moved)
        emit devicesStepped();
}

void SimBackend::devicesEdited(SimApp &app)
{
    deviceRunner(app).step();
    trimLogs(app);
    emit changed();
}

void SimBackend::appendLog(SimApp &app, SimLogEntry entry)
{
    // Entries stay in the order they happened; one from the past goes where it belongs.
    const auto at = std::upper_bound(app.logs.begin(), app.logs.end(), entry, SimLogEntry::earlier);
    app.logs.insert(at, std::move(entry));
    if (app.logs.size() > SimLogEntry::MaxPerApp)
        app.logs.remove(0, app.logs.size() - SimLogEntry::MaxPerApp);
}

void SimBackend::appendLogs(SimApp &app, QList<SimLogEntry> entries)
{
    const qint64 oldest
        = now().toMSecsSinceEpoch() - qint64(SimLogEntry::RetentionDays) * 86400 * 1000;
    entries.removeIf([oldest](const SimLogEntry &e) { return e.startedMs < oldest; });
    std::stable_sort(entries.begin(), entries.end(), SimLogEntry::earlier);
    QList<SimLogEntry> merged;
    merged.reserve(app.logs.size() + entries.size());
    std::merge(std::make_move_iterator(app.logs.begin()), std::make_move_iterator(app.logs.end()),
        std::make_move_iterator(entries.begin()), std::make_move_iterator(entries.end()),
        std::back_inserter(merged), SimLogEntry::earlier);
    app.logs = std::move(merged);
    if (app.logs.size() > SimLogEntry::MaxPerApp)
        app.logs.remove(0, app.logs.size() - SimLogEntry::MaxPerApp);
}

void SimBackend::trimLogs(SimApp &app)
{
    const qint64 oldest
        = now().toMSecsSinceEpoch() - qint64(SimLogEntry::RetentionDays) * 86400 * 1000;
    qsizetype gone = 0;
    while (gone < app.logs.size() && app.logs[gone].startedMs < oldest)
        ++gone;
    if (gone > 0)
        app.logs.remove(0, gone);
}

QString SimBackend::newId()
{
    // ObjectId-shaped and stable across runs, so recorded demos and tests read the same.
    return QStringLiteral("6560f0c0%1").arg(m_nextId++, 16, 16, QLatin1Char('0'));
}

SimApp *SimBackend::app(const QString &appId)
{
    for (SimApp &a : m_apps)
        if (a.id == appId)
            return &a;
    return nullptr;
}

SimApp &SimBackend::addApp(SimApp app)
{
    if (app.id.isEmpty())
        app.id = newId();
    if (app.serviceId.isEmpty())
        app.serviceId = newId();
    app.groupId = m_groupId;
    m_apps.append(std::move(app));
    emit changed();
    return m_apps.last();
}

void SimBackend::clear()
{
    m_apps.clear();
    m_clockOffset = 0;
    m_faults.clear();
    m_scenario.clear();
    m_scenarioStart = {};
    ++m_generation;
}

void SimBackend::markScenarioStart(const QString &name)
{
    QJsonArray faults;
    for (const FaultRule &r : m_faults.rules())
        faults.append(r.toJson());
    m_scenario = name;
    m_scenarioStart = {{str("state"), worldJson()}, {str("started_at"), now().toSecsSinceEpoch()},
        {str("faults"), faults}, {str("token_lifetime_s"), m_sessions.accessTokenLifetime()}};
}

bool SimBackend::resetScenario()
{
    if (m_scenarioStart.isEmpty())
        return false;
    QString problem;
    if (!restoreWorld(m_scenarioStart.value(str("state")).toObject(), &problem))
        return false;
    // Back to the start moment; the real clock moved on, so the offset takes the difference.
    m_clockOffset = JsonReader::toInt64(m_scenarioStart.value(str("started_at")))
        - QDateTime::currentSecsSinceEpoch();
    m_faults.clear();
    for (const QJsonValue &r : m_scenarioStart.value(str("faults")).toArray())
        if (const std::optional<FaultRule> rule = FaultRule::fromJson(r.toObject(), &problem))
            m_faults.add(*rule);
    const int lifetime = m_scenarioStart.value(str("token_lifetime_s")).toInt();
    if (lifetime > 0)
        m_sessions.setAccessTokenLifetime(lifetime);
    emit changed();
    return true;
}

SimBackend::Refusal SimBackend::refuseResume(const SimApp &app) const
{
    if (app.pausedAt <= 0)
        return {};
    const qint64 pausedFor = now().toSecsSinceEpoch() - app.pausedAt;
    if (pausedFor <= qint64(app.oplogWindowHours) * 3600)
        return {};
    const QString when = QDateTime::fromSecsSinceEpoch(app.pausedAt, Qt::UTC)
                             .toString(str("MM/dd/yyyy HH:mm:ss 'UTC'"));
    return {400,
        QStringLiteral("cannot resume Sync: the oplog of cluster %1 no longer reaches back to "
                       "%2, when Sync was paused; terminate Sync and enable it again")
            .arg(app.clusterName, when),
        str("SyncResumeOplogRolledOver")};
}

SimBackend::Refusal SimBackend::refuseChangeWhileOn(
    const SyncConfig &current, const QJsonObject &block) const
{
    // Sync's metadata is built on these: the service refuses to change them under it.
    const auto changes = [&](const char *field) {
        const QJsonValue wanted = block.value(str(field));
        if (wanted.isUndefined())
            return false;
        const QJsonValue now = current.block.value(str(field));
        return wanted.toArray() != (now.isUndefined() ? QJsonArray() : now.toArray());
    };
    if (changes("indexed_queryable_fields_names"))
        return {400,
            str("cannot change the indexed queryable field while Sync is enabled or paused; "
                "terminate Sync, then enable it with the new field"),
            str("SyncIndexedFieldChangeNotAllowed")};
    if (changes("asymmetric_tables"))
        return {400,
            str("cannot change the data ingest (asymmetric) collections while Sync is enabled or "
                "paused; terminate Sync, then enable it with the new collections"),
            str("SyncAsymmetricChangeNotAllowed")};
    return {};
}

SimBackend::Refusal SimBackend::changeSync(
    SimApp &app, SyncConfig::Mode mode, const QJsonObject &block)
{
    if (const QString field = wrongType(block); !field.isEmpty())
        return {400,
            QStringLiteral("invalid sync config: \u201c%1\u201d has the wrong type").arg(field),
            str("InvalidSyncConfig")};
    if (const QJsonValue days = block.value(str("client_max_offline_days")); !days.isUndefined()) {
        // Whole days, at least one; the service refuses fractions, zero and absurd spans.
        const double d = days.toDouble();
        if (d < 1 || d > MaxOfflineDays || d != double(qint64(d)))
            return {400,
                QStringLiteral("invalid sync config: client_max_offline_days must be a whole "
                               "number of days from 1 to %1")
                    .arg(MaxOfflineDays),
                str("InvalidSyncConfig")};
    }

    const SyncConfig current = app.effectiveSync();
    const SyncConfig::State from
        = current.mode == SyncConfig::Mode::None ? SyncConfig::State::Terminated : current.state();
    const QString stateText = block.value(str("state")).toString(current.stateText());
    if (stateText != str("enabled") && stateText != str("disabled") && !stateText.isEmpty())
        return {400,
            QStringLiteral("invalid sync state \u201c%1\u201d: use \u201cenabled\u201d, "
                           "\u201cdisabled\u201d or \u201c\u201d")
                .arg(stateText),
            str("InvalidSyncConfig")};
    const SyncConfig::State to = SyncConfig::stateFromString(stateText);

    if (current.mode != SyncConfig::Mode::None && current.mode != mode
        && from != SyncConfig::State::Terminated && to != SyncConfig::State::Terminated)
        return {400,
            str("cannot change the sync mode while Sync is enabled or paused; terminate "
                "Sync first"),
            str("SyncModeChangeNotAllowed")};
    if (from != SyncConfig::State::Terminated && to != SyncConfig::State::Terminated)
        if (const Refusal refusal = refuseChangeWhileOn(current, block); refusal.isRefused())
            return refusal;

    SyncConfig next;
    next.mode = mode;
    switch (to) {
    case SyncConfig::State::Terminated:
        next = SyncConfig(); // the whole block goes, and with it the sync metadata on deploy
        break;
    case SyncConfig::State::Paused:
        if (from == SyncConfig::State::Terminated)
            return {400, str("cannot pause Sync: Sync is not enabled"), str("SyncNotEnabled")};
        next.block = merged(current.block, block);
        next.block.insert(str("state"), str("disabled"));
        if (from == SyncConfig::State::Enabled)
            next.block.insert(str("last_disabled"), now().toSecsSinceEpoch());
        break;
    case SyncConfig::State::Enabled:
        if (from == SyncConfig::State::Terminated) {
            if (const QString missing = missingForEnable(mode, block); !missing.isEmpty())
                return {400,
                    QStringLiteral("cannot enable Sync: the configuration needs \u201c%1\u201d")
                        .arg(missing),
                    str("InvalidSyncConfig")};
            next.block = block;
            next.block.remove(str("last_disabled"));
        } else {
            if (from == SyncConfig::State::Paused)
                if (const Refusal refusal = refuseResume(app); refusal.isRefused())
                    return refusal;
            next.block = merged(current.block, block);
        }
        next.block.insert(str("state"), str("enabled"));
        break;
    }

    if (app.uiDraftsDisabled) {
        // Without drafts the change is live when the PATCH answers, and history records it.
        SimDeployment d;
        d.id = newId();
        d.name = QStringLiteral("Deployment %1").arg(app.deployments.size() + 1);
        d.userId = m_sessions.userId();
        d.origin = str("API");
        d.status = str("successful");
        d.deployedAt = now().toSecsSinceEpoch();
        d.config = next;
        app.deployments.append(d);
        applyDeployed(app, next);
    } else {
        if (!app.draft)
            createDraft(app);
        app.draft->staged = next;
    }
    app.lastModified = now().toSecsSinceEpoch();
    emit changed();
    return {};
}

void SimBackend::setUiDraftsDisabled(SimApp &app, bool disabled)
{
    app.uiDraftsDisabled = disabled;
    emit changed();
}

void SimBackend::discardDraft(SimApp &app)
{
    app.draft.reset();
    emit changed();
}

SimDraft SimBackend::createDraft(SimApp &app)
{
    SimDraft draft;
    draft.id = newId();
    draft.userId = m_sessions.userId();
    draft.createdAt = now().toSecsSinceEpoch();
    draft.staged = app.deployed;
    app.draft = draft;
    emit changed();
    return draft;
}

SimDeployment SimBackend::deployDraft(SimApp &app, const QString &name, const QString &forcedError)
{
    const SimDraft draft = *app.draft;
    app.draft.reset();
    return startDeployment(app, draft.staged, draft.id, name, str("UI"), forcedError);
}

SimDeployment SimBackend::redeploy(
    SimApp &app, const SimDeployment &original, const QString &forcedError)
{
    return startDeployment(
        app, original.config, QString(), original.name, original.origin, forcedError);
}

void SimBackend::deployForeignChange(SimApp &app)
{
    const QJsonObject change = std::exchange(app.foreignChangeOnDiff, QJsonObject());
    if (change.isEmpty() || app.deployed.mode == SyncConfig::Mode::None)
        return;
    SimDeployment d;
    d.id = newId();
    d.name = QStringLiteral("Deployment %1").arg(app.deployments.size() + 1);
    d.userId = otherAdminUserId();
    d.origin = str("UI");
    d.status = str("successful");
    d.deployedAt = now().toSecsSinceEpoch();
    d.config = app.deployed;
    d.config.block = merged(app.deployed.block, change);
    app.deployments.append(d);
    applyDeployed(app, d.config);
    emit changed();
}

SimDeployment &SimBackend::startDeployment(SimApp &app, const SyncConfig &config,
    const QString &draftId, const QString &name, const QString &origin, const QString &forcedError)
{
    SimDeployment d;
    d.id = newId();
    d.name
        = name.isEmpty() ? QStringLiteral("Deployment %1").arg(app.deployments.size() + 1) : name;
    d.draftId = draftId;
    d.userId = m_sessions.userId();
    d.origin = origin;
    d.status = str("created");
    d.statusErrorMessage = forcedError; // kept until the deployment ends, then it fails with it
    d.deployedAt = now().toSecsSinceEpoch();
    d.config = config;
    app.deployments.append(d);
    emit changed();

    scheduleDeployment(app.id, d.id);
    return app.deployments.last();
}

void SimBackend::scheduleDeployment(const QString &appId, const QString &deploymentId)
{
    const quint64 generation = m_generation;
    for (int step = 1; step <= 2; ++step)
        QTimer::singleShot(
            m_deploymentDelayMs * step / 2, this, [this, appId, deploymentId, generation] {
                advanceDeployment(appId, deploymentId, generation);
            });
}

void SimBackend::advanceDeployment(
    const QString &appId, const QString &deploymentId, quint64 generation)
{
    SimApp *a = app(appId);
    if (!a || generation != m_generation)
        return;
    for (SimDeployment &d : a->deployments) {
        if (d.id != deploymentId)
            continue;
        if (d.status == str("created")) {
            d.status = str("pending");
        } else if (d.status == str("pending")) {
            Refusal refusal;
            if (d.config.state() == SyncConfig::State::Enabled
                && a->deployed.state() == SyncConfig::State::Paused)
                refusal = refuseResume(*a);
            if (!d.statusErrorMessage.isEmpty() || refusal.isRefused()) {
                d.status = str("failed");
                if (d.statusErrorMessage.isEmpty())
                    d.statusErrorMessage = refusal.error;
            } else {
                d.status = str("successful");
                const SyncConfig config = d.config;
                applyDeployed(*a, config);
            }
            emit changed();
            emit deploymentFinished(appId, deploymentId);
            return;
        }
        emit changed();
        return;
    }
}

void SimBackend::applyDeployed(SimApp &app, const SyncConfig &config)
{
    const SyncConfig::State before = app.deployed.mode == SyncConfig::Mode::None
        ? SyncConfig::State::Terminated
        : app.deployed.state();
    const SyncConfig::State after
        = config.mode == SyncConfig::Mode::None ? SyncConfig::State::Terminated : config.state();
    const qint64 t = now().toSecsSinceEpoch();
    app.deployed = config;
    app.lastModified = t;

    if (after == SyncConfig::State::Terminated && before != SyncConfig::State::Terminated) {
        // Sync metadata and history are gone: every client that synced before needs a reset.
        app.syncMetadataPresent = false;
        app.pausedAt = 0;
        app.lagMs = 0;
        app.translatorError.clear(); // re-enabling reads the cluster afresh
        ++app.syncEpoch;
    } else if (after == SyncConfig::State::Paused && before == SyncConfig::State::Enabled) {
        app.pausedAt = t;
        app.latestSyncEvent = t; // frozen where Sync stopped, lag and all
        app.lastClusterEventProcessed = t - app.lagMs / 1000;
    } else if (after == SyncConfig::State::Enabled) {
        if (before == SyncConfig::State::Terminated)
            app.syncMetadataPresent = true;
        app.pausedAt = 0;
        app.latestSyncEvent = t;
        app.lastClusterEventProcessed = t;
    }
    if (before != after)
        deviceRunner(app).step(); // the devices notice at once: sessions end, or they reconnect
}

void SimBackend::resumeUnfinishedDeployments()
{
    for (const SimApp &a : std::as_const(m_apps))
        for (const SimDeployment &d : a.deployments)
            if (d.status == str("created") || d.status == str("pending"))
                scheduleDeployment(a.id, d.id);
}

QJsonObject SimBackend::toJson() const
{
    QJsonObject o = worldJson();
    if (!m_scenario.isEmpty())
        o.insert(str("scenario"), m_scenario);
    if (!m_scenarioStart.isEmpty())
        o.insert(str("scenario_start"), m_scenarioStart);
    return o;
}

bool SimBackend::restore(const QJsonObject &state, QString *problem)
{
    const QJsonValue start = state.value(str("scenario_start"));
    const QJsonValue name = state.value(str("scenario"));
    if ((!start.isUndefined() && !start.isObject()) || (!name.isUndefined() && !name.isString())) {
        *problem = str("its scenario or scenario_start has the wrong type");
        return false;
    }
    if (start.isObject()) {
        // The start must be usable before anything is replaced: checked on a scratch backend.
        SimBackend check;
        check.setDeviceTickMs(0);
        if (!check.restoreWorld(start.toObject().value(str("state")).toObject(), problem)) {
            *problem = QStringLiteral("its scenario start is damaged: %1").arg(*problem);
            return false;
        }
    }
    if (!restoreWorld(state, problem))
        return false;
    m_scenario = name.toString();
    m_scenarioStart = start.toObject();
    return true;
}

QJsonObject SimBackend::worldJson() const
{
    return SimWorldFile::toJson({m_groupId, m_nextId, m_clockOffset, m_apps});
}

bool SimBackend::restoreWorld(const QJsonObject &state, QString *problem)
{
    std::optional<SimWorldFile::World> world = SimWorldFile::fromJson(state, problem);
    if (!world)
        return false;
    m_groupId = world->groupId;
    m_nextId = world->nextId;
    m_clockOffset = world->clockOffset;
    m_apps = world->apps;
    ++m_generation;
    resumeUnfinishedDeployments();
    return true;
}
