#include "CtlFormat.h"

#include "ApiError.h"
#include "Deployment.h"
#include "DisplayTime.h"
#include "SyncController.h"
#include "SyncLogEntry.h"

#include <QJsonArray>

namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString modeName(SyncConfig::Mode mode)
{
    switch (mode) {
    case SyncConfig::Mode::Flexible:
        return QStringLiteral("flexible");
    case SyncConfig::Mode::PartitionBased:
        return QStringLiteral("partition");
    case SyncConfig::Mode::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

QString CtlFormat::time(const QDateTime &t)
{
    return t.isValid() ? DisplayTime::dateTime(t) : tr("never", "a time that is not known");
}

QString CtlFormat::statusName(const SyncController &controller)
{
    switch (controller.status()) {
    case SyncController::Status::Enabled:
        return QStringLiteral("enabled");
    case SyncController::Status::Paused:
        return QStringLiteral("paused");
    case SyncController::Status::Disabled:
        return QStringLiteral("terminated");
    case SyncController::Status::Gone:
        return QStringLiteral("gone");
    case SyncController::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject CtlFormat::status(const SyncController &c)
{
    const SyncMetrics &m = c.metrics();
    QJsonObject o {
        {QStringLiteral("app"), c.app().name},
        {QStringLiteral("appId"), c.appRef().appId},
        {QStringLiteral("groupId"), c.appRef().groupId},
        {QStringLiteral("cluster"), c.clusterName()},
        {QStringLiteral("state"), statusName(c)},
        {QStringLiteral("mode"), modeName(c.mode())},
        {QStringLiteral("lastDisabled"), isoOrNull(c.config().sync.lastDisabled())},
        {QStringLiteral("draftsEnabled"), c.draftsEnabled()},
        {QStringLiteral("draftPending"), c.hasDraft()},
        {QStringLiteral("lagMs"), m.lagMs >= 0 ? QJsonValue(double(m.lagMs)) : QJsonValue()},
        {QStringLiteral("sessions"),
            m.activeSessions >= 0 ? QJsonValue(m.activeSessions) : QJsonValue()},
        {QStringLiteral("latestSyncEvent"), isoOrNull(m.latestSyncEvent)},
    };
    return o;
}

QString CtlFormat::statusText(const SyncController &c)
{
    QString state;
    switch (c.status()) {
    case SyncController::Status::Enabled:
        state = tr("enabled");
        break;
    case SyncController::Status::Paused:
        state = tr("paused");
        break;
    case SyncController::Status::Disabled:
        state = tr("terminated");
        break;
    case SyncController::Status::Gone:
        state = tr("gone: the app answers 404");
        break;
    case SyncController::Status::Unknown:
        state = tr("unknown");
        break;
    }
    const SyncMetrics &m = c.metrics();
    QStringList lines {
        tr("App:            %1 (%2)").arg(c.app().name, c.appRef().appId),
        tr("Cluster:        %1").arg(c.clusterName()),
        tr("Sync:           %1").arg(state),
        tr("Last disabled:  %1").arg(time(c.config().sync.lastDisabled())),
        tr("Lag:            %1").arg(m.lagMs >= 0 ? tr("%1 ms").arg(m.lagMs) : tr("unknown")),
        tr("Sessions:       %1")
            .arg(m.activeSessions >= 0 ? QString::number(m.activeSessions) : tr("unknown")),
        tr("Drafts:         %1")
            .arg(!c.draftsEnabled() ? tr("off")
                    : c.hasDraft()  ? tr("on, a draft is pending")
                                    : tr("on, no draft pending")),
    };
    return lines.join(QLatin1Char('\n'));
}

QJsonObject CtlFormat::deployment(const Deployment &d)
{
    return {
        {QStringLiteral("id"), d.id},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("status"), d.statusText},
        {QStringLiteral("error"), d.statusErrorMessage},
        {QStringLiteral("origin"), d.origin},
        {QStringLiteral("draftId"), d.draftId},
        {QStringLiteral("deployedAt"), isoOrNull(d.deployedAt)},
    };
}

QString CtlFormat::deploymentText(const Deployment &d)
{
    QString line = QStringLiteral("%1  %2  %3  %4")
                       .arg(d.id, d.statusText, time(d.deployedAt),
                           d.name.isEmpty() ? QStringLiteral("-") : d.name);
    if (!d.statusErrorMessage.isEmpty())
        line += QStringLiteral("  ") + d.statusErrorMessage;
    return line;
}

QJsonObject CtlFormat::logEntry(const SyncLogEntry &e)
{
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("type"), e.typeWireName()},
        {QStringLiteral("started"), isoOrNull(e.started)},
        {QStringLiteral("userId"), e.userId},
        {QStringLiteral("error"), e.error},
        {QStringLiteral("errorCode"), e.errorCode},
        {QStringLiteral("messages"), QJsonArray::fromStringList(e.messages)},
    };
}

QString CtlFormat::logEntryText(const SyncLogEntry &e)
{
    QString line = QStringLiteral("%1  %2").arg(time(e.started), e.typeWireName());
    if (!e.userId.isEmpty())
        line += QStringLiteral("  ") + e.userId;
    if (!e.error.isEmpty())
        line += QStringLiteral("  ") + e.error;
    else if (!e.messages.isEmpty())
        line += QStringLiteral("  ") + e.messages.join(QLatin1Char(' '));
    return line;
}

QJsonObject CtlFormat::error(const ApiError &e)
{
    return {
        {QStringLiteral("message"), e.message()},
        {QStringLiteral("httpStatus"), e.httpStatus},
        {QStringLiteral("errorCode"), e.errorCode},
    };
}
