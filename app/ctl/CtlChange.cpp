#include "CtlChange.h"

#include "ApiParsers.h"
#include "CtlExit.h"
#include "CtlFormat.h"
#include "CtlOutput.h"
#include "CtlTerminal.h"
#include "Sentences.h"
#include "SyncController.h"

#include <QFile>
#include <QJsonArray>

using Status = SyncController::Status;

CtlChange::CtlChange(
    const CtlOptions &options, SyncController *controller, CtlOutput *output, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_controller(controller)
    , m_output(output)
{ }

CtlChange::~CtlChange() = default;

void CtlChange::whenIdle(const Step &next)
{
    if (m_controller->activity() == SyncController::Activity::Idle)
        return next();
    auto *waiter = new QObject(this);
    connect(m_controller, &SyncController::activityChanged, waiter, [this, waiter, next] {
        if (m_controller->activity() != SyncController::Activity::Idle)
            return;
        QObject::disconnect(m_controller, nullptr, waiter, nullptr);
        waiter->deleteLater();
        next();
    });
}

void CtlChange::whenRefreshed(const Step &next)
{
    auto *waiter = new QObject(this);
    connect(m_controller, &SyncController::refreshed, waiter, [this, waiter, next] {
        QObject::disconnect(m_controller, nullptr, waiter, nullptr);
        waiter->deleteLater();
        next();
    });
}

void CtlChange::fail(const ApiError &error)
{
    m_output->set(QStringLiteral("error"), CtlFormat::error(error));
    emit finished(CtlExit::of(error), error.message());
}

void CtlChange::done(const QString &message)
{
    m_output->set(QStringLiteral("status"), CtlFormat::status(*m_controller));
    m_output->say(CtlFormat::statusText(*m_controller));
    emit finished(CtlExit::Done, message);
}

void CtlChange::confirm(
    const QString &question, const QString &expected, const Step &ok, const Step &declined)
{
    if (m_options.yes)
        return ok();
    if (!m_output->terminal()->interactive())
        return emit finished(CtlExit::Usage,
            tr("Nothing was changed: confirm with --yes when no one is at a terminal."));
    m_output->terminal()->ask(
        question, this, [this, expected, ok, declined](const QString &answer) {
            if (answer.compare(expected, Qt::CaseInsensitive) == 0)
                return ok();
            if (declined)
                return declined();
            emit finished(CtlExit::Usage, tr("Not confirmed; nothing was changed."));
        });
}

void CtlChange::start()
{
    const QString &c = m_options.command;
    if (c == QLatin1String("deploy")) {
        if (!m_controller->hasDraft())
            return emit finished(CtlExit::Refused, tr("There is no draft to deploy."));
        return reviewDraft(false);
    }
    m_ownDraft = true;
    if (c == QLatin1String("discard")) {
        if (!m_controller->hasDraft())
            return done(tr("There is no draft to discard."));
        return discard(tr("The draft was discarded."));
    }
    if (c == QLatin1String("redeploy"))
        return confirm(tr("Deploy %1 again? Type y to go on: ").arg(m_options.arguments.value(0)),
            tr("y", "the answer that confirms"), [this] { redeploy(); });
    change();
}

void CtlChange::change()
{
    const QString &c = m_options.command;
    const Status s = m_controller->status();
    const auto already = [this](const QString &message) { done(message); };
    if (c == QLatin1String("pause") && s == Status::Paused)
        return already(tr("Sync is already paused."));
    if (c == QLatin1String("resume") && s == Status::Enabled)
        return already(tr("Sync is already enabled."));
    if (c == QLatin1String("terminate") && s == Status::Disabled)
        return already(tr("Sync is already terminated."));
    if (c == QLatin1String("enable") && s == Status::Enabled)
        return already(tr("Sync is already enabled."));
    const bool possible = (c == QLatin1String("pause") && s == Status::Enabled)
        || (c == QLatin1String("resume") && s == Status::Paused)
        || (c == QLatin1String("terminate") && (s == Status::Enabled || s == Status::Paused))
        || (c == QLatin1String("enable") && s == Status::Disabled);
    if (!possible)
        return emit finished(CtlExit::Refused,
            tr("Sync is %1: it cannot be changed with %2.")
                .arg(CtlFormat::statusName(*m_controller), c));
    if (m_controller->draftsEnabled() && m_controller->hasDraft())
        return emit finished(CtlExit::Conflict,
            tr("A draft is pending: deploy it (deploy) or discard it (discard) first."));
    const bool drafts = m_controller->draftsEnabled();
    if (m_options.dryRun && !drafts)
        return emit finished(CtlExit::Usage,
            tr("Drafts are off: a change goes live at once, so there is nothing to try. Nothing "
               "was changed."));
    if (c == QLatin1String("terminate") && !m_options.dryRun)
        return confirm(tr("Terminating Sync discards the devices' unsynced changes at their "
                          "next client reset. Type \u201c%1\u201d to go on: ")
                           .arg(tr("Terminate Sync", "the phrase typed to confirm")),
            tr("Terminate Sync", "the phrase typed to confirm"), [this, drafts] {
                if (startIntent())
                    whenIdle([this, drafts] {
                        if (m_controller->lastError().isError())
                            return fail(m_controller->lastError());
                        if (drafts)
                            return reviewDraft(true);
                        whenRefreshed([this] { done(QString()); });
                    });
            });
    if (drafts && !m_options.yes && !m_options.dryRun && !m_output->terminal()->interactive())
        return emit finished(CtlExit::Usage,
            tr("Drafts are on: a change is deployed after a confirmation. Give --yes to deploy "
               "it, or --dry-run to see the draft's changes only."));
    if (!startIntent())
        return;
    whenIdle([this, drafts] {
        if (m_controller->lastError().isError())
            return fail(m_controller->lastError());
        if (drafts)
            return reviewDraft(m_options.yes);
        whenRefreshed([this] { done(QString()); });
    });
}

bool CtlChange::startIntent()
{
    const QString &c = m_options.command;
    if (c == QLatin1String("pause"))
        m_controller->pause();
    else if (c == QLatin1String("resume"))
        m_controller->resume();
    else if (c == QLatin1String("terminate"))
        m_controller->terminate();
    else {
        QString problem;
        const std::optional<SyncConfig> config = configToEnable(&problem);
        if (!config) {
            emit finished(CtlExit::Usage, problem);
            return false;
        }
        m_controller->enable(*config);
    }
    if (m_controller->activity() != SyncController::Activity::Idle
        || m_controller->lastError().isError())
        return true;
    emit finished(CtlExit::Refused, tr("The console could not start %1 now.").arg(c));
    return false;
}

std::optional<SyncConfig> CtlChange::configToEnable(QString *problem) const
{
    if (m_options.configFile.isEmpty()) {
        if (m_controller->snapshot())
            return m_controller->snapshot()->sync;
        *problem = m_controller->snapshotProblem().isEmpty()
            ? tr("No configuration was saved when Sync was terminated here; give --config FILE.")
            : m_controller->snapshotProblem();
        return std::nullopt;
    }
    QFile file(m_options.configFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("%1 cannot be read: %2").arg(m_options.configFile, file.errorString());
        return std::nullopt;
    }
    const ApiResult<ServiceConfig> parsed = ApiParsers::serviceConfig(file.readAll());
    if (!parsed.ok() || parsed.value.sync.mode == SyncConfig::Mode::None) {
        *problem = tr("%1 holds no sync configuration: it needs an object named %2 or %3.")
                       .arg(m_options.configFile, QStringLiteral("\u201cflexible_sync\u201d"),
                           QStringLiteral("\u201csync\u201d"));
        return std::nullopt;
    }
    return parsed.value.sync;
}

void CtlChange::reviewDraft(bool confirmed)
{
    m_controller->loadDiff();
    whenIdle([this, confirmed] {
        if (m_controller->lastError().isError())
            return fail(m_controller->lastError());
        const QStringList diffs = m_controller->diff().diffs;
        m_output->set(QStringLiteral("diff"), QJsonArray::fromStringList(diffs));
        m_output->say(
            diffs.isEmpty() ? tr("The draft changes nothing.") : diffs.join(QLatin1Char('\n')));
        if (m_options.dryRun)
            return discard(tr("Dry run: the draft was discarded; nothing was deployed."));
        deploy(confirmed);
    });
}

void CtlChange::deploy(bool confirmed)
{
    if (!confirmed)
        return confirm(
            tr("Deploy these changes? Type y to deploy: "), tr("y", "the answer that confirms"),
            [this] { deploy(true); },
            [this] {
                // A draft this command made goes again; one that was there before stays.
                if (!m_ownDraft)
                    return emit finished(CtlExit::Usage,
                        tr("Not confirmed; the draft was not deployed and is kept."));
                m_declined = true;
                discard(QString());
            });
    connect(m_controller, &SyncController::deploymentChanged, this, [this] {
        if (const auto &d = m_controller->deployment())
            m_output->progress(tr("Deploying %1: %2").arg(d->id, d->statusText));
    });
    m_controller->deployAs(m_options.deploymentName);
    followDeployment();
}

void CtlChange::redeploy()
{
    m_controller->redeploy(m_options.arguments.value(0));
    followDeployment();
}

void CtlChange::followDeployment()
{
    whenIdle([this] {
        if (m_controller->lastError().isError())
            return fail(m_controller->lastError());
        const std::optional<Deployment> &d = m_controller->deployment();
        if (!d)
            return emit finished(CtlExit::Refused, tr("No deployment was started."));
        m_output->set(QStringLiteral("deployment"), CtlFormat::deployment(*d));
        if (d->status() != Deployment::Status::Successful)
            return emit finished(CtlExit::Refused,
                Sentences::join({tr("Deployment %1 failed.").arg(d->id), d->statusErrorMessage}));
        m_output->say(tr("Deployed: %1").arg(CtlFormat::deploymentText(*d)));
        whenRefreshed([this] { done(QString()); });
    });
}

void CtlChange::discard(const QString &message)
{
    m_controller->discard();
    whenIdle([this, message] {
        if (m_controller->lastError().isError())
            return fail(m_controller->lastError());
        if (m_declined)
            return emit finished(
                CtlExit::Usage, tr("Not confirmed; the draft was discarded, nothing was changed."));
        whenRefreshed([this, message] { done(message); });
    });
}
