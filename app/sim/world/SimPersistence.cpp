#include "SimPersistence.h"

#include "FaultInjector.h"
#include "JsonReader.h"
#include "SimClock.h"
#include "SimDeployments.h"
#include "SimSessions.h"
#include "SimStateCheck.h"
#include "SimWorld.h"
#include "SimWorldFile.h"
#include "Utf8.h"

#include <QJsonArray>
#include <algorithm>

SimPersistence::SimPersistence(SimWorld &world, SimClock &clock, FaultInjector &faults,
    SimSessions &sessions, SimDeployments &deployments)
    : m_world(world)
    , m_clock(clock)
    , m_faults(faults)
    , m_sessions(sessions)
    , m_deployments(deployments)
{ }

void SimPersistence::markScenarioStart(const QString &name)
{
    QJsonArray faults;
    for (const FaultRule &r : m_faults.rules())
        faults.append(r.toJson());
    m_scenario = name;
    m_scenarioStart = {{str("state"), worldJson()}, {str("started_at"), m_clock.nowSeconds()},
        {str("faults"), faults}, {str("token_lifetime_s"), m_sessions.accessTokenLifetime()}};
}

bool SimPersistence::resetScenario()
{
    if (m_scenarioStart.isEmpty())
        return false;
    QString problem;
    if (!restoreWorld(m_scenarioStart.value(str("state")).toObject(), &problem))
        return false;
    // Back to the start moment, so that what was due "five minutes after the start" is due five
    // minutes after the reset again.
    m_clock.setTo(JsonReader::toInt64(m_scenarioStart.value(str("started_at"))));
    restoreStartFaults();
    const int lifetime = m_scenarioStart.value(str("token_lifetime_s")).toInt();
    if (lifetime > 0)
        m_sessions.setAccessTokenLifetime(lifetime);
    return true;
}

void SimPersistence::restoreStartFaults()
{
    m_faults.clear();
    QString problem;
    for (const QJsonValue &r : m_scenarioStart.value(str("faults")).toArray())
        if (const std::optional<FaultRule> rule = FaultRule::fromJson(r.toObject(), &problem))
            m_faults.add(*rule);
}

void SimPersistence::clear()
{
    m_scenario.clear();
    m_scenarioStart = {};
}

QJsonObject SimPersistence::toJson(SimApp::Logs logs) const
{
    QJsonObject o = worldJson(logs);
    if (!m_scenario.isEmpty())
        o.insert(str("scenario"), m_scenario);
    if (!m_scenarioStart.isEmpty())
        o.insert(str("scenario_start"), m_scenarioStart);
    return o;
}

bool SimPersistence::restore(const QJsonObject &state, QString *problem)
{
    const QJsonValue start = state.value(str("scenario_start"));
    const QJsonValue name = state.value(str("scenario"));
    if ((!start.isUndefined() && !start.isObject()) || (!name.isUndefined() && !name.isString())) {
        *problem = str("its scenario or scenario_start has the wrong type (a string and an "
                       "object)");
        return false;
    }
    // The start must be usable before anything is replaced.
    if (start.isObject()) {
        QString why = SimStateCheck::scenarioStartProblem(start.toObject());
        for (const QJsonValue &r : start.toObject().value(str("faults")).toArray())
            if (why.isEmpty() && !FaultRule::fromJson(r.toObject(), &why))
                why = QStringLiteral("a fault of scenario_start cannot be used: %1").arg(why);
        if (why.isEmpty()
            && !SimWorldFile::fromJson(start.toObject().value(str("state")).toObject(), &why))
            why = QStringLiteral("scenario_start.state: %1").arg(why);
        if (!why.isEmpty()) {
            *problem = QStringLiteral("its scenario start is damaged: %1").arg(why);
            return false;
        }
    }
    if (!restoreWorld(state, problem))
        return false;
    m_scenario = name.toString();
    m_scenarioStart = start.toObject();
    return true;
}

QJsonObject SimPersistence::worldJson(SimApp::Logs logs) const
{
    return SimWorldFile::toJson(
        {m_world.groupId(), m_world.nextId(), m_clock.offset(), m_world.apps()}, logs);
}

void SimPersistence::forgetLogEdits()
{
    for (SimApp &app : m_world.apps()) {
        app.logs.take();
        app.logs.saved();
    }
}

void SimPersistence::logEditsSaved()
{
    for (SimApp &app : m_world.apps())
        app.logs.saved();
}

void SimPersistence::rollBack(const QJsonObject &state, bool reuseLogs)
{
    QList<SimApp> &now = m_world.apps();
    QList<SimApp> apps;
    for (const QJsonValue &item : state.value(str("apps")).toArray()) {
        QJsonObject o = item.toObject();
        const QJsonArray logs = o.take(str("logs")).toArray();
        SimApp app = SimApp::fromJson(o);
        const auto current = std::find_if(
            now.begin(), now.end(), [&](const SimApp &a) { return a.id == app.id; });
        if (reuseLogs && current != now.end())
            app.logs = std::move(current->logs); // moved: it keeps what it counted
        app.logs.rollBack(logs);
        apps.append(std::move(app));
    }
    const QJsonValue nextId = state.value(str("next_id"));
    m_world.replace(state.value(str("group_id")).toString(),
        nextId.isString() ? nextId.toString().toULongLong() : m_world.nextId(), apps);
    m_clock.setOffset(JsonReader::toInt64(state.value(str("clock_offset"))));
    m_deployments.resumeUnfinished();
    m_scenario = state.value(str("scenario")).toString();
    m_scenarioStart = state.value(str("scenario_start")).toObject();
    forgetLogEdits();
}

QJsonArray SimPersistence::takeLogEdits(const QStringList &before)
{
    QJsonArray edits;
    QList<SimApp> &apps = m_world.apps();
    for (qsizetype i = 0; i < apps.size(); ++i) {
        const SimLogs &logs = apps[i].logs;
        const SimLogs::Change change = apps[i].logs.take();
        const bool inPlace = i < before.size() && before.at(i) == apps.at(i).id;
        if (inPlace && !change.whole && change.kept < 0)
            continue;
        const qsizetype from = inPlace && !change.whole ? change.kept : 0;
        QJsonArray added;
        for (qsizetype e = from; e < logs.size(); ++e)
            added.append(logs.at(e).json);
        const QJsonArray path {str("apps"), i, str("logs")};
        if (inPlace && !change.whole)
            edits.append(QJsonObject {{str("p"), path},
                {str("keep"), QJsonArray {change.dropped, change.kept}}, {str("add"), added}});
        else
            edits.append(QJsonObject {{str("p"), path}, {str("v"), added}});
    }
    return edits;
}

bool SimPersistence::restoreWorld(const QJsonObject &state, QString *problem)
{
    const std::optional<SimWorldFile::World> world = SimWorldFile::fromJson(state, problem);
    if (!world)
        return false;
    m_world.replace(world->groupId, world->nextId, world->apps);
    m_clock.setOffset(world->clockOffset);
    m_deployments.resumeUnfinished();
    return true;
}
