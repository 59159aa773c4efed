#include "ProcedureReportBuilder.h"

#include "AdminApiClient.h"
#include "ClientRecoveryMonitor.h"
#include "ClientResetPreview.h"
#include "DisplayTime.h"
#include "SyncController.h"

#include <algorithm>

namespace {

QString count(int n)
{
    return n == ClientRecoveryTally::Unknown ? QStringLiteral("?") : QString::number(n);
}

} // namespace

ProcedureReportBuilder::ProcedureReportBuilder(
    SyncController *controller, AdminApiClient *client, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_client(client)
{
    m_report.started = QDateTime::currentDateTimeUtc();
    connect(m_client, &AdminApiClient::callRecorded, this,
        [this](const ApiCallRecord &record) { m_report.calls.append(record); });
    const auto keep = [this](const Deployment &d) { m_seen.append(d); };
    connect(m_controller, &SyncController::deploymentSucceeded, this, keep);
    connect(m_controller, &SyncController::deploymentFailed, this, keep);
}

QString ProcedureReportBuilder::tallyText(const ClientRecoveryTally &t)
{
    return ProcedureReport::tr("%1 reconnected, %2 reset, %3 recovered their changes, %4 "
                               "discarded them, %5 wait in error, %6 not back yet.")
        .arg(count(t.reconnected), count(t.reset), count(t.recovered), count(t.discarded),
            count(t.stuck), count(t.notBack));
}

void ProcedureReportBuilder::build()
{
    if (std::exchange(m_building, true))
        return;
    fillFromController();
    SyncLogQuery errors;
    errors.errorsOnly = true;
    errors.startDate = m_report.started;
    errors.limit = MaxLogErrors;
    m_client->logs(m_controller->appRef(), errors, this, [this](const ApiResult<SyncLogPage> &r) {
        QList<SyncLogEntry> entries = r.value.entries;
        std::reverse(entries.begin(), entries.end()); // oldest first, as the report reads
        for (const SyncLogEntry &e : std::as_const(entries))
            m_report.logErrors.append(QStringLiteral("%1 %2 %3%4")
                    .arg(DisplayTime::dateTime(e.started), e.typeWireName(), e.error,
                        e.errorCode.isEmpty() ? QString()
                                              : QStringLiteral(" (%1)").arg(e.errorCode)));
        if (!r.ok())
            m_report.logErrors.append(
                ProcedureReport::tr("The logs could not be read: %1").arg(r.error.message()));
        else if (r.value.hasMore())
            m_report.logErrors.append(
                ProcedureReport::tr("More errors were logged; the last %n are listed.", nullptr,
                    MaxLogErrors));
        if (!m_report.tally.isEmpty() || !r.ok())
            return finish();
        // No monitor watched and no device can be read: count from the logs, as the Client
        // recovery panel does against a real service (the errors and one page of the rest).
        SyncLogQuery rest;
        rest.startDate = m_report.started;
        rest.limit = MaxLogErrors;
        m_client->logs(m_controller->appRef(), rest, this,
            [this, errors = r.value.entries](const ApiResult<SyncLogPage> &others) {
                if (others.ok())
                    m_report.tally = tallyText(ClientRecoveryTally::fromLogs(
                        errors + others.value.entries, m_report.started));
                finish();
            });
    });
}

void ProcedureReportBuilder::finish()
{
    m_report.ended = QDateTime::currentDateTimeUtc();
    m_building = false;
    emit ready();
}

void ProcedureReportBuilder::fillFromController()
{
    const QDateTime since = m_report.started;
    if (m_report.who.isEmpty())
        m_report.who = ProcedureReport::whoIs(m_client->userId());
    m_report.app
        = QStringLiteral("%1 (%2)").arg(m_controller->app().name, m_controller->appRef().appId);
    m_report.after = m_controller->config().sync.block;
    if (m_report.before.isEmpty() && m_controller->snapshot()) {
        m_report.before = m_controller->snapshot()->sync.block;
        m_report.beforeSavedAt = m_controller->snapshot()->savedAt;
    }

    // The deployments given, those this builder saw finish, and the app's history since then.
    QList<Deployment> deployments = m_report.deployments;
    for (const Deployment &d : std::as_const(m_seen))
        if (std::none_of(deployments.cbegin(), deployments.cend(),
                [&d](const Deployment &k) { return k.id == d.id; }))
            deployments.append(d);
    for (const Deployment &d : m_controller->deployments()) {
        const bool known = std::any_of(deployments.cbegin(), deployments.cend(),
            [&d](const Deployment &k) { return k.id == d.id; });
        if (!known && d.deployedAt.isValid() && d.deployedAt >= since)
            deployments.append(d);
    }
    std::stable_sort(deployments.begin(), deployments.end(),
        [](const Deployment &a, const Deployment &b) { return a.deployedAt < b.deployedAt; });
    m_report.deployments = deployments;

    // The tally: the recovery monitor's when it watched, else counted from the devices.
    const ClientRecoveryMonitor *recovery = m_controller->recovery();
    QList<SyncDevice> devices = recovery->devices();
    if (devices.isEmpty())
        devices = m_controller->devices();
    if (recovery->tally())
        m_report.tally = tallyText(*recovery->tally());
    else if (!devices.isEmpty())
        m_report.tally = tallyText(ClientRecoveryTally::fromDevices(devices, since));

    m_report.devices.clear();
    for (const SyncDevice &d : std::as_const(devices)) {
        QStringList resets;
        for (const SyncDevice::Reset &r : d.resets) {
            if (r.at < since)
                continue;
            resets << ProcedureReport::tr("%1: reset (error %2), %3 with %n change(s)", nullptr,
                r.changes)
                          .arg(DisplayTime::dateTime(r.at))
                          .arg(r.protocolError)
                          .arg(r.resolved ? r.outcome
                                          : ProcedureReport::tr("waiting in error"));
        }
        m_report.devices.append(QStringLiteral("`%1` %2 (%3, %4): %5")
                .arg(d.id, d.sdk, ClientResetPreview::modeLabel(d.resetMode),
                    d.online ? ProcedureReport::tr("online") : ProcedureReport::tr("offline"),
                    resets.isEmpty() ? ProcedureReport::tr("no client reset")
                                     : resets.join(QStringLiteral("; "))));
    }
    if (devices.isEmpty())
        m_report.devices.append(ProcedureReport::tr(
            "Only the simulator lists devices; against a real service the tally above is "
            "counted from the logs."));
}
