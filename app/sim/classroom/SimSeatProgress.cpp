#include "SimSeatProgress.h"

#include "SimApp.h"
#include "SimReply.h"
#include "SimRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString TerminateDrafted = QStringLiteral("terminate_drafted");
const QString TerminateDeployed = QStringLiteral("terminate_deployed");
const QString Waited = QStringLiteral("waited");
const QString ReenableDrafted = QStringLiteral("reenable_drafted");
const QString ReenableDeployed = QStringLiteral("reenable_deployed");

QString syncStateOf(const SimApp &app)
{
    switch (app.deployed.state()) {
    case SyncConfig::State::Enabled:
        return QStringLiteral("enabled");
    case SyncConfig::State::Paused:
        return QStringLiteral("paused");
    case SyncConfig::State::Terminated:
        break;
    }
    return QStringLiteral("terminated");
}

} // namespace

QString SimSeatProgress::syncState(const SimApp &app)
{
    return syncStateOf(app);
}

QStringList SimSeatProgress::stepIds()
{
    return {TerminateDrafted, TerminateDeployed, Waited, ReenableDrafted, ReenableDeployed};
}

bool SimSeatProgress::done(const QString &step) const
{
    for (const Step &s : m_steps)
        if (s.id == step)
            return true;
    return false;
}

void SimSeatProgress::mark(const QString &step, qint64 at)
{
    if (!done(step))
        m_steps.append({step, at});
}

void SimSeatProgress::settleWait(qint64 now)
{
    if (done(TerminateDeployed) && !done(ReenableDeployed)
        && now - m_terminateLiveAt >= WaitSeconds)
        mark(Waited, m_terminateLiveAt + WaitSeconds);
}

void SimSeatProgress::observe(
    const SimRequest &request, const SimReply &reply, const SimApp *app, qint64 now)
{
    settleWait(now);
    if (reply.status >= 400) {
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        m_lastError = QJsonObject {{QStringLiteral("status"), reply.status},
            {QStringLiteral("error"), body.value(QStringLiteral("error")).toString()},
            {QStringLiteral("request"),
                QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.path)},
            {QStringLiteral("at"), now}};
        return;
    }
    if (request.method != "PATCH" || !app || !request.path.endsWith(QLatin1String("/config")))
        return;
    bool ok = false;
    const QJsonObject body = request.bodyObject(&ok);
    const QJsonObject block = body.contains(QStringLiteral("flexible_sync"))
        ? body.value(QStringLiteral("flexible_sync")).toObject()
        : body.value(QStringLiteral("sync")).toObject();
    if (!block.contains(QStringLiteral("state")))
        return;
    const QString state = block.value(QStringLiteral("state")).toString();
    if (state.isEmpty()) {
        mark(TerminateDrafted, now);
    } else if (state == QLatin1String("enabled") && done(TerminateDrafted)) {
        if (!done(TerminateDeployed) && !done(ReenableDrafted))
            m_flags.append(
                QStringLiteral("the re-enable was drafted before the terminate was deployed"));
        mark(ReenableDrafted, now);
    }
    // With drafts off the change is live at once: no deployment follows.
    if (!app->draft)
        deployed(*app, now);
}

void SimSeatProgress::observeDeployment(const SimApp &app, const QString &deploymentId, qint64 now)
{
    for (const SimDeployment &d : app.deployments)
        if (d.id == deploymentId && d.status == QLatin1String("successful"))
            return deployed(app, now);
}

void SimSeatProgress::deployed(const SimApp &app, qint64 now)
{
    switch (app.deployed.state()) {
    case SyncConfig::State::Terminated:
        if (done(TerminateDrafted) && !done(TerminateDeployed)) {
            mark(TerminateDeployed, now);
            m_terminateLiveAt = now;
        }
        return;
    case SyncConfig::State::Enabled:
        if (!done(TerminateDeployed) || done(ReenableDeployed))
            return;
        settleWait(now);
        if (!done(Waited))
            m_flags.append(QStringLiteral("re-enabled %1 s after the terminate went live, before "
                                          "the %2-minute wait")
                               .arg(now - m_terminateLiveAt)
                               .arg(WaitSeconds / 60));
        mark(ReenableDrafted, now);
        mark(ReenableDeployed, now);
        return;
    case SyncConfig::State::Paused:
        return;
    }
}

QJsonObject SimSeatProgress::toJson(qint64 now) const
{
    SimSeatProgress settled = *this;
    settled.settleWait(now);
    const QList<Step> &steps = settled.m_steps;
    QJsonArray seen;
    QStringList ids;
    for (const Step &s : steps) {
        seen.append(QJsonObject {{QStringLiteral("step"), s.id}, {QStringLiteral("at"), s.at}});
        ids.append(s.id);
    }
    QString next;
    for (const QString &id : stepIds())
        if (!ids.contains(id)) {
            next = id;
            break;
        }
    const qint64 since = steps.isEmpty() ? m_startedAt : steps.last().at;
    return QJsonObject {{QStringLiteral("steps"), seen}, {QStringLiteral("next"), next},
        {QStringLiteral("finished"), ids.contains(ReenableDeployed)},
        {QStringLiteral("out_of_order"), QJsonArray::fromStringList(m_flags)},
        {QStringLiteral("last_error"), m_lastError.isEmpty() ? QJsonValue() : m_lastError},
        {QStringLiteral("seconds_on_step"), qMax<qint64>(0, now - since)}};
}

QJsonObject SimSeatProgress::state() const
{
    QJsonArray steps;
    for (const Step &s : m_steps)
        steps.append(QJsonObject {{QStringLiteral("step"), s.id}, {QStringLiteral("at"), s.at}});
    return QJsonObject {{QStringLiteral("started_at"), m_startedAt},
        {QStringLiteral("steps"), steps}, {QStringLiteral("flags"), QJsonArray::fromStringList(m_flags)},
        {QStringLiteral("terminate_live_at"), m_terminateLiveAt},
        {QStringLiteral("last_error"), m_lastError}};
}

SimSeatProgress SimSeatProgress::fromState(const QJsonObject &state)
{
    SimSeatProgress p(state.value(QStringLiteral("started_at")).toInteger());
    const QStringList known = stepIds();
    for (const QJsonValue &v : state.value(QStringLiteral("steps")).toArray()) {
        const QString id = v[QStringLiteral("step")].toString();
        if (known.contains(id))
            p.mark(id, v[QStringLiteral("at")].toInteger());
    }
    for (const QJsonValue &v : state.value(QStringLiteral("flags")).toArray())
        p.m_flags.append(v.toString());
    p.m_terminateLiveAt = state.value(QStringLiteral("terminate_live_at")).toInteger();
    p.m_lastError = state.value(QStringLiteral("last_error")).toObject();
    return p;
}
