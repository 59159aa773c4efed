#include "CtlRunbook.h"

#include "AdminApiClient.h"
#include "ClientRecoveryMonitor.h"
#include "ClientResetPreview.h"
#include "CtlChange.h"
#include "CtlExit.h"
#include "CtlOutput.h"
#include "CtlReport.h"
#include "CtlTerminal.h"
#include "ProcedureReportBuilder.h"
#include "SyncController.h"

#include <QJsonObject>
#include <QTimer>

CtlRunbook::CtlRunbook(const CtlOptions &options, SyncController *controller,
    AdminApiClient *client, const QString &where, CtlOutput *output, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_controller(controller)
    , m_client(client)
    , m_output(output)
    , m_report(new ProcedureReportBuilder(controller, client, this))
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    ProcedureReport &report = m_report->report();
    report.kind = ProcedureReport::Kind::TerminateAndReenable;
    report.where = where;
    report.waitSeconds = options.waitSeconds;
}

CtlRunbook::~CtlRunbook() = default;

void CtlRunbook::start()
{
    const SyncController::Status s = m_controller->status();
    if (s != SyncController::Status::Enabled && s != SyncController::Status::Paused)
        return emit finished(
            CtlExit::Refused, tr("Sync is not enabled or paused: there is nothing to terminate."));
    if (m_controller->draftsEnabled() && m_controller->hasDraft())
        return emit finished(CtlExit::Conflict,
            tr("A draft is pending: deploy it (deploy) or discard it (discard) first."));
    if (!m_options.yes && !m_output->terminal()->interactive())
        return emit finished(CtlExit::Usage,
            tr("Nothing was changed: confirm with --yes when no one is at a terminal."));
    preview();
}

void CtlRunbook::preview()
{
    const bool recoveryOn = !m_controller->config().sync.recoveryDisabled();
    const ClientResetPreview p = ClientResetPreview::from(m_controller->devices(), recoveryOn);
    ProcedureReport &report = m_report->report();
    report.started = QDateTime::currentDateTimeUtc();
    report.before = m_controller->config().sync.block;
    report.beforeSavedAt = report.started;
    report.preview = p.text();
    m_output->set(QStringLiteral("preview"),
        QJsonObject {{QStringLiteral("willReset"), p.willReset},
            {QStringLiteral("holders"), p.holders}, {QStringLiteral("changes"), p.changes},
            {QStringLiteral("willRecover"), p.willRecover},
            {QStringLiteral("recoveryOn"), p.recoveryOn}});
    m_output->say(tr("1. Before: %1").arg(p.text()));
    // Terminate asks for the typed phrase (unless --yes), once for the whole runbook.
    step(QStringLiteral("terminate"), [this] { wait(); });
}

void CtlRunbook::step(const QString &command, const std::function<void()> &next)
{
    CtlOptions o = m_options;
    o.command = command;
    // The runbook was confirmed as a whole: its steps do not ask again.
    o.yes = o.yes || command == QLatin1String("enable");
    auto *change = new CtlChange(o, m_controller, m_output, this);
    connect(change, &CtlChange::finished, this, [this, next](int code, const QString &message) {
        if (code != CtlExit::Done)
            return emit finished(code, message);
        next();
    });
    change->start();
}

void CtlRunbook::wait()
{
    m_left = m_options.waitSeconds;
    m_output->say(tr(
        "2. Sync is terminated; waiting %n second(s) before enabling it again.", nullptr, m_left));
    m_output->set(QStringLiteral("waitSeconds"), m_options.waitSeconds);
    const auto enable = [this] {
        m_output->say(tr("3. Enabling Sync again with the saved configuration."));
        step(QStringLiteral("enable"), [this] { tally(); });
    };
    if (m_left <= 0)
        return enable();
    connect(m_tick, &QTimer::timeout, this, [this, enable] {
        if (--m_left > 0)
            return m_output->progress(tr("%n second(s) left", nullptr, m_left));
        m_tick->stop();
        enable();
    });
    m_tick->start();
}

void CtlRunbook::tally()
{
    ClientRecoveryMonitor *recovery = m_controller->recovery();
    const auto report = [this, recovery] {
        QJsonObject o;
        if (const auto &t = recovery->tally()) {
            o = {{QStringLiteral("reconnected"), t->reconnected},
                {QStringLiteral("reset"), t->reset}, {QStringLiteral("recovered"), t->recovered},
                {QStringLiteral("discarded"), t->discarded}, {QStringLiteral("stuck"), t->stuck},
                {QStringLiteral("notBack"), t->notBack}};
            m_output->say(tr("4. After: %1").arg(ProcedureReportBuilder::tallyText(*t)));
        } else {
            m_output->say(tr("4. After: no client has come back yet."));
        }
        m_output->set(QStringLiteral("tally"), o);
        end();
    };
    if (recovery->tally() || !recovery->isActive())
        return report();
    // The first tally, or what is known after a while if the devices are slow to read.
    auto *waiter = new QObject(this);
    const auto once = [recovery, waiter, report] {
        QObject::disconnect(recovery, nullptr, waiter, nullptr);
        delete waiter; // also cancels the other way of ending
        report();
    };
    connect(recovery, &ClientRecoveryMonitor::tallyChanged, waiter, once);
    QTimer::singleShot(10000, waiter, once);
}

void CtlRunbook::end()
{
    if (m_options.reportFile.isEmpty())
        return emit finished(CtlExit::Done, QString());
    connect(m_report, &ProcedureReportBuilder::ready, this, [this] {
        QString problem;
        if (!CtlReport::save(m_report->report(), m_options.reportFile, m_options.pdf, &problem))
            return emit finished(CtlExit::Refused,
                tr("The report could not be written to %1: %2")
                    .arg(m_options.reportFile, problem));
        m_output->set(QStringLiteral("report"), m_options.reportFile);
        emit finished(CtlExit::Done, QString());
    });
    m_report->build();
}
