#include "CtlRun.h"

#include "AdminApiClient.h"
#include "ClassroomClient.h"
#include "ClassroomExport.h"
#include "ClientRecoveryMonitor.h"
#include "ConsoleSettings.h"
#include "CtlChange.h"
#include "CtlConnection.h"
#include "CtlExit.h"
#include "CtlFormat.h"
#include "CtlLogs.h"
#include "CtlOutput.h"
#include "CtlReport.h"
#include "CtlRunbook.h"
#include "ScenarioCatalog.h"
#include "SimulatorControlClient.h"
#include "SyncController.h"
#include "SyncSnapshotStore.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>

CtlRun::CtlRun(const CtlOptions &options, QSettings *settings, SecretStore *secrets,
    CtlTerminal *terminal, QTextStream *out, QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_output(std::make_unique<CtlOutput>(options.json, out, err, terminal))
    , m_connection(new CtlConnection(settings, secrets, this))
    , m_timeout(new QTimer(this))
{
    m_output->setStreaming(options.watch || options.follow);
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(std::chrono::seconds(options.timeoutSeconds));
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finish(CtlExit::TimedOut,
            tr("No answer within %n second(s); the command was given up. The server may "
               "still carry out a change it received.",
                nullptr, m_options.timeoutSeconds));
    });
    connect(m_connection, &CtlConnection::ready, this, &CtlRun::onReady);
    connect(m_connection, &CtlConnection::failed, this,
        [this](const QString &message, int code) { finish(code, message); });
}

CtlRun::~CtlRun() = default;

void CtlRun::start()
{
    if (m_options.command == QLatin1String("scenarios"))
        return scenarios();
    // Watching and following go on until stopped; the rest must end in time.
    if (!m_options.watch && !m_options.follow && m_options.command != QLatin1String("runbook"))
        m_timeout->start();
    m_connection->start(m_options);
}

void CtlRun::finish(int exitCode, const QString &message)
{
    if (std::exchange(m_finished, true))
        return;
    m_timeout->stop();
    m_output->finish(m_options.command, exitCode, message);
    emit finished(exitCode);
}

void CtlRun::fail(const ApiError &error)
{
    m_output->set(QStringLiteral("error"), CtlFormat::error(error));
    finish(CtlExit::of(error), error.message());
}

void CtlRun::onReady(const AppRef &app)
{
    m_snapshots = std::make_unique<SyncSnapshotStore>(m_snapshotDirectory);
    m_controller = new SyncController(m_connection->client(), app, m_snapshots.get(), this);
    const int poll = m_pollMs > 0 ? m_pollMs : ConsoleSettings::load(*m_settings).deploymentPollMs;
    m_controller->setPollIntervalMs(poll);
    m_controller->recovery()->setPollIntervalMs(std::max(poll, 50));
    if (m_connection->isSimulated()) {
        m_simulator = new SimulatorControlClient(m_connection->client(), this);
        m_controller->setSimulatorControl(m_simulator);
    }
    // The first read must work: a command on a state that could not be read would guess.
    auto *firstLoad = new QObject(this);
    auto error = std::make_shared<ApiError>();
    connect(m_controller, &SyncController::failed, firstLoad,
        [error](const ApiError &e) { *error = e; });
    connect(m_controller, &SyncController::refreshed, firstLoad, [this, firstLoad, error] {
        firstLoad->deleteLater();
        QObject::disconnect(m_controller, nullptr, firstLoad, nullptr);
        if (error->isError())
            return fail(*error);
        dispatch();
    });
    m_controller->refresh();
}

void CtlRun::dispatch()
{
    const QString &c = m_options.command;
    if (c == QLatin1String("status"))
        return status();
    if (c == QLatin1String("drafts"))
        return drafts();
    if (c == QLatin1String("diff"))
        return diff();
    if (c == QLatin1String("deployments"))
        return deployments();
    if (c == QLatin1String("devices"))
        return devices();
    if (c == QLatin1String("classroom"))
        return classroom();
    if (c == QLatin1String("time"))
        return time();
    if (c == QLatin1String("logs")) {
        auto *logs = new CtlLogs(
            m_options, m_connection->client(), m_controller->appRef(), m_output.get(), this);
        connect(logs, &CtlLogs::finished, this, &CtlRun::finish);
        return logs->start();
    }
    if (c == QLatin1String("report")) {
        auto *report = new CtlReport(m_options, m_controller, m_connection->client(),
            m_connection->where(), m_output.get(), this);
        connect(report, &CtlReport::finished, this, &CtlRun::finish);
        return report->start();
    }
    if (c == QLatin1String("runbook")) {
        auto *runbook = new CtlRunbook(m_options, m_controller, m_connection->client(),
            m_connection->where(), m_output.get(), this);
        connect(runbook, &CtlRunbook::finished, this, &CtlRun::finish);
        return runbook->start();
    }
    auto *change = new CtlChange(m_options, m_controller, m_output.get(), this);
    connect(change, &CtlChange::finished, this, &CtlRun::finish);
    change->start();
}

void CtlRun::status()
{
    const auto show = [this] {
        const QJsonObject status = CtlFormat::status(*m_controller);
        m_output->set(QStringLiteral("status"), status);
        if (!m_options.watch)
            return m_output->say(CtlFormat::statusText(*m_controller));
        ++m_updates;
        if (m_options.json)
            m_output->line(status);
        else
            m_output->say(QStringLiteral("%1\n").arg(CtlFormat::statusText(*m_controller)));
    };
    show();
    if (!m_options.watch || (m_options.count > 0 && m_updates >= m_options.count))
        return finish(CtlExit::Done, QString());
    // Read again every --interval; print what changed.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_options.intervalMs);
    connect(timer, &QTimer::timeout, m_controller, &SyncController::refresh);
    auto last = std::make_shared<QJsonObject>(CtlFormat::status(*m_controller));
    connect(m_controller, &SyncController::refreshed, this, [this, timer, show, last] {
        const QJsonObject now = CtlFormat::status(*m_controller);
        if (now != *last) {
            *last = now;
            show();
        }
        if (m_options.count > 0 && m_updates >= m_options.count)
            return finish(CtlExit::Done, QString());
        timer->start();
    });
    connect(m_controller, &SyncController::failed, this, &CtlRun::fail);
    timer->start();
}

void CtlRun::drafts()
{
    const auto show = [this] {
        m_output->set(QStringLiteral("draftsEnabled"), m_controller->draftsEnabled());
        const std::optional<Draft> &draft = m_controller->draft();
        m_output->set(QStringLiteral("draft"),
            draft ? QJsonValue(QJsonObject {
                {QStringLiteral("id"), draft->id}, {QStringLiteral("userId"), draft->userId}})
                  : QJsonValue());
        m_output->say(m_controller->draftsEnabled() ? tr("Drafts are on.") : tr("Drafts are off."));
        m_output->say(
            draft ? tr("Draft %1 is pending.").arg(draft->id) : tr("No draft is pending."));
        finish(CtlExit::Done, QString());
    };
    if (m_options.arguments.isEmpty())
        return show();
    const bool off = m_options.arguments.first() == QLatin1String("off");
    if (off == !m_controller->draftsEnabled())
        return show();
    AdminApiClient *client = m_connection->client();
    const AppRef app = m_controller->appRef();
    client->deployConfig(
        app, this, [this, client, app, off, show](const ApiResult<DeployConfig> &r) {
            if (!r.ok())
                return fail(r.error);
            client->setUiDraftsDisabled(
                app, r.value, off, this, [this, show](const ApiResult<Done> &s) {
                    if (!s.ok())
                        return fail(s.error);
                    auto *waiter = new QObject(this);
                    connect(m_controller, &SyncController::refreshed, waiter, [this, waiter, show] {
                        QObject::disconnect(m_controller, nullptr, waiter, nullptr);
                        waiter->deleteLater();
                        show();
                    });
                    m_controller->reread(
                        SyncController::Area::DeployConfig | SyncController::Area::Draft);
                });
        });
}

void CtlRun::diff()
{
    if (!m_controller->hasDraft()) {
        m_output->set(QStringLiteral("diff"), QJsonArray());
        return finish(CtlExit::Done, tr("No draft is pending."));
    }
    auto *waiter = new QObject(this);
    connect(m_controller, &SyncController::activityChanged, waiter, [this, waiter] {
        if (m_controller->activity() != SyncController::Activity::Idle)
            return;
        QObject::disconnect(m_controller, nullptr, waiter, nullptr);
        waiter->deleteLater();
        if (m_controller->lastError().isError())
            return fail(m_controller->lastError());
        const QStringList diffs = m_controller->diff().diffs;
        m_output->set(QStringLiteral("diff"), QJsonArray::fromStringList(diffs));
        m_output->say(diffs.join(QLatin1Char('\n')));
        finish(CtlExit::Done, QString());
    });
    m_controller->loadDiff();
}

void CtlRun::deployments()
{
    QJsonArray all;
    for (const Deployment &d : m_controller->deployments()) {
        all.append(CtlFormat::deployment(d));
        m_output->say(CtlFormat::deploymentText(d));
    }
    m_output->set(QStringLiteral("deployments"), all);
    finish(CtlExit::Done, QString());
}

void CtlRun::scenarios()
{
    QJsonArray all;
    for (const QString &name : Scenarios::names()) {
        all.append(QJsonObject {{QStringLiteral("name"), name},
            {QStringLiteral("title"), Scenarios::title(name)},
            {QStringLiteral("description"), Scenarios::description(name)}});
        m_output->say(QStringLiteral("%1\t%2").arg(name, Scenarios::description(name)));
    }
    m_output->set(QStringLiteral("scenarios"), all);
    finish(CtlExit::Done, QString());
}

SimulatorControlClient *CtlRun::simulator()
{
    // A classroom's simulator given by --base-url answers /_sim too; a real service says 404.
    if (!m_simulator)
        m_simulator = new SimulatorControlClient(m_connection->client(), this);
    return m_simulator;
}

void CtlRun::devices()
{
    simulator()->devices(
        m_controller->appRef().appId, this, [this](const ApiResult<QList<SyncDevice>> &r) {
            if (!r.ok())
                return fail(r.error);
            QJsonArray all;
            for (const SyncDevice &d : r.value) {
                all.append(QJsonObject {{QStringLiteral("id"), d.id},
                    {QStringLiteral("sdk"), d.sdk}, {QStringLiteral("userId"), d.userId},
                    {QStringLiteral("platform"), d.platform},
                    {QStringLiteral("resetMode"), d.resetMode},
                    {QStringLiteral("unsyncedChanges"), d.unsyncedChanges},
                    {QStringLiteral("online"), d.online}});
                m_output->say(QStringLiteral("%1  %2  %3  %4  %5")
                                  .arg(d.id, d.sdk, d.resetMode)
                                  .arg(d.unsyncedChanges)
                                  .arg(d.online ? tr("online") : tr("offline")));
            }
            m_output->set(QStringLiteral("devices"), all);
            finish(CtlExit::Done, QString());
        });
}

void CtlRun::time()
{
    const int seconds = CtlOptions::parseDuration(m_options.arguments.value(0));
    simulator()->advanceClock(seconds, this, [this, seconds](const ApiResult<Done> &r) {
        if (!r.ok())
            return fail(r.error);
        m_output->set(QStringLiteral("advancedSeconds"), seconds);
        finish(CtlExit::Done,
            tr("The simulator's clock moved %n second(s) forward.", nullptr, seconds));
    });
}

void CtlRun::classroom()
{
    auto *client = new ClassroomClient(m_connection->client(), this);
    client->seats(this, [this](const ApiResult<ClassroomState> &r) {
        if (!r.ok())
            return fail(r.error);
        const bool markdown = m_options.outFile.isEmpty()
            || m_options.outFile.endsWith(QLatin1String(".md"), Qt::CaseInsensitive);
        const QString text
            = markdown ? ClassroomExport::markdown(r.value) : ClassroomExport::csv(r.value);
        QJsonArray seats;
        for (const ClassroomSeat &s : r.value.seats)
            seats.append(QJsonObject {{QStringLiteral("seat"), s.number},
                {QStringLiteral("publicKey"), s.publicKey},
                {QStringLiteral("syncState"), s.syncState},
                {QStringLiteral("stepsDone"), int(s.steps.size())},
                {QStringLiteral("finished"), s.finished},
                {QStringLiteral("outOfOrder"), QJsonArray::fromStringList(s.outOfOrder)}});
        m_output->set(QStringLiteral("classroom"), seats);
        if (m_options.outFile.isEmpty()) {
            m_output->say(text.trimmed());
            return finish(CtlExit::Done, QString());
        }
        QSaveFile file(m_options.outFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return finish(CtlExit::Refused,
                tr("The class could not be written to %1: %2")
                    .arg(m_options.outFile, file.errorString()));
        finish(CtlExit::Done, tr("The class is in %1.").arg(m_options.outFile));
    });
}
