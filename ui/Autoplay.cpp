#include "Autoplay.h"

#include "DraftBar.h"
#include "MainWindow.h"
#include "ResultBanner.h"
#include "SyncController.h"
#include "SyncPage.h"
#include "TerminateDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace {
constexpr int TickMs = 25;
constexpr int StepTimeoutMs = 60000;

bool usable(QWidget *w)
{
    return w && w->isVisible() && w->isEnabled();
}

void click(QWidget *w)
{
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        button->click();
}
} // namespace

Autoplay::Autoplay(
    MainWindow *window, SyncController *controller, Procedure procedure, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_controller(controller)
    , m_procedure(procedure)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(TickMs);
    connect(m_timer, &QTimer::timeout, this, &Autoplay::tick);
    connect(m_controller, &SyncController::deploymentSucceeded, this, [this] {
        m_deploymentEnded = true;
        m_deploymentOk = true;
    });
    // A refused or failed step ends the play at once, in the server's words.
    connect(m_controller, &SyncController::failed, this, [this](const ApiError &error) {
        if (m_index >= 0)
            fail(error.message());
    });
    connect(m_controller, &SyncController::resumeRefused, this,
        [this](const ApiError &error) { fail(error.message()); });
    connect(m_controller, &SyncController::deploymentFailed, this, [this](const Deployment &d) {
        m_deploymentEnded = true;
        m_deploymentMessage = tr("The deployment failed: %1").arg(d.statusErrorMessage);
    });
}

Autoplay::Procedure Autoplay::fromName(const QString &name)
{
    if (name == QLatin1String("pause"))
        return Procedure::Pause;
    if (name == QLatin1String("resume"))
        return Procedure::Resume;
    if (name == QLatin1String("enable"))
        return Procedure::Enable;
    return Procedure::Terminate;
}

QWidget *Autoplay::inDialog(const char *dialogName, const char *childName) const
{
    QDialog *dialog = m_window->openDialog();
    if (!dialog || dialog->objectName() != QLatin1String(dialogName) || !dialog->isVisible())
        return nullptr;
    return dialog->findChild<QWidget *>(QString::fromLatin1(childName));
}

void Autoplay::buildSteps()
{
    SyncPage *page = m_window->syncPage();
    const auto pageChild = [page](const char *name) {
        return [page, name]() -> QWidget * {
            return page->findChild<QWidget *>(QString::fromLatin1(name));
        };
    };
    const auto idle = [this] {
        return !m_controller->isBusy()
            && m_controller->activity() == SyncController::Activity::Idle;
    };

    switch (m_procedure) {
    case Procedure::Terminate:
        m_steps.append({QStringLiteral("click-terminate-sync-button"), tr("Click Terminate Sync"),
            pageChild("terminateSyncButton"), click,
            [this] { return m_window->openDialog() != nullptr; }});
        m_steps.append({QStringLiteral("terminate-sync-confirm"),
            tr("Confirm that you want to terminate Sync"),
            [this]() -> QWidget * {
                if (QWidget *check = inDialog("terminateDialog", "confirmTerminateCheck"))
                    return check;
                return inDialog("terminateDialog", "confirmTerminatePhrase");
            },
            [](QWidget *w) {
                if (auto *check = qobject_cast<QCheckBox *>(w))
                    check->setChecked(true);
                else if (auto *edit = qobject_cast<QLineEdit *>(w))
                    edit->setText(TerminateDialog::confirmationPhrase());
            },
            [] { return true; }});
        m_steps.append(
            {QStringLiteral("terminate-sync-model"), tr("Click Terminate Sync in the dialog"),
                [this] { return inDialog("terminateDialog", "terminateButton"); }, click,
                [this, idle] {
                    return !m_window->openDialog() && idle() && m_controller->isLoaded();
                }});
        break;
    case Procedure::Pause:
        m_steps.append({QStringLiteral("press-pause-sync-button"), tr("Click Pause Sync"),
            pageChild("pauseSyncButton"), click,
            [this] { return m_window->openDialog() != nullptr; }});
        m_steps.append({QStringLiteral("pause-sync-modal"), tr("Confirm with Pause Sync"),
            [this] { return inDialog("pauseDialog", "pauseButton"); }, click,
            [this, idle] { return !m_window->openDialog() && idle(); }});
        break;
    case Procedure::Resume:
        m_steps.append({QStringLiteral("press-resume-sync-button"), tr("Click Resume Sync"),
            pageChild("resumeSyncButton"), click,
            [this] { return m_window->openDialog() != nullptr; }});
        m_steps.append({QStringLiteral("resume-sync-modal"), tr("Confirm with Resume Sync"),
            [this] { return inDialog("resumeDialog", "resumeButton"); }, click,
            [this, idle] { return !m_window->openDialog() && idle(); }});
        break;
    case Procedure::Enable:
        m_steps.append({QStringLiteral("restore-configuration"),
            tr("Restore the configuration saved before terminating"),
            pageChild("restoreSnapshotButton"), click, [] { return true; }});
        m_steps.append({QStringLiteral("click-enable-sync-button"), tr("Click Enable Sync"),
            pageChild("enableSyncButton"), click, [idle] { return idle(); }});
        break;
    }
}

void Autoplay::addDraftSteps(const QString &prefix)
{
    m_steps.append({prefix + QStringLiteral("-review-and-deploy"), tr("Click REVIEW & DEPLOY"),
        [this]() -> QWidget * { return m_window->draftBar()->deployButton(); }, click,
        [this] { return m_window->openDialog() != nullptr; }});
    m_steps.append(
        {prefix + QStringLiteral("-deploy-button"), tr("Review the changes, then click Deploy"),
            [this] { return inDialog("deployDialog", "deployButton"); }, click,
            [this] {
                return m_deploymentEnded && !m_window->openDialog() && !m_controller->isBusy();
            }});
    m_steps.append({prefix + QStringLiteral("-deployment-successful"),
        tr("The deployment's result"), [this]() -> QWidget * { return m_window->banner(); },
        [](QWidget *) {}, [] { return true; }});
}

void Autoplay::start()
{
    if (m_procedure == Procedure::Enable
        && m_controller->status() != SyncController::Status::Disabled)
        return fail(tr("Sync is not disabled, so there is nothing to enable; terminate it first."));
    if (m_procedure == Procedure::Resume
        && m_controller->status() != SyncController::Status::Paused)
        return fail(tr("Sync is not paused, so there is nothing to resume."));
    if ((m_procedure == Procedure::Pause
            && m_controller->status() != SyncController::Status::Enabled)
        || (m_procedure == Procedure::Terminate
            && m_controller->status() != SyncController::Status::Enabled
            && m_controller->status() != SyncController::Status::Paused))
        return fail(tr("Sync is not running, so it cannot be paused or terminated."));
    buildSteps();
    next();
}

void Autoplay::next()
{
    if (m_current)
        setOutlined(m_current, false);
    ++m_index;
    // Drafts decide the rest of the way: with drafts on, the change waits in the draft.
    if (m_index == m_steps.size() && m_controller->hasDraft() && !m_deploymentEnded) {
        const QString prefix = m_procedure == Procedure::Terminate
            ? QStringLiteral("terminating-sync")
            : m_procedure == Procedure::Pause  ? QStringLiteral("pause-sync")
            : m_procedure == Procedure::Resume ? QStringLiteral("resume-sync")
                                               : QStringLiteral("enable-sync");
        addDraftSteps(prefix);
    }
    if (m_index >= m_steps.size()) {
        m_timer->stop();
        if (m_deploymentEnded && !m_deploymentOk)
            return fail(m_deploymentMessage);
        if (m_controller->lastError().isError())
            return fail(m_controller->lastError().message());
        m_finished = true;
        emit finished(true, QString());
        return;
    }
    m_phase = Phase::Finding;
    m_waitedMs = 0;
    emit stepStarted(m_steps[m_index].name, m_steps[m_index].description);
    m_timer->start();
}

void Autoplay::tick()
{
    if (m_finished || m_index < 0 || m_index >= m_steps.size())
        return;
    const Step &step = m_steps[m_index];
    m_waitedMs += TickMs;
    if (m_waitedMs > StepTimeoutMs)
        return fail(
            tr("Step \u201c%1\u201d did not happen within a minute.").arg(step.description));
    switch (m_phase) {
    case Phase::Finding: {
        QWidget *target = step.target();
        if (!usable(target)) {
            if (m_controller->lastError().isError() && !m_controller->isBusy() && m_waitedMs > 2000)
                return fail(m_controller->lastError().message());
            return;
        }
        m_current = target;
        setOutlined(target, true);
        m_phase = Phase::Acting;
        m_waitedMs = 0;
        m_timer->stop();
        // Let the outline paint, give the viewer the delay, then act.
        QTimer::singleShot(m_delayMs, this, [this] {
            if (m_finished)
                return;
            if (m_beforeStep)
                m_beforeStep(m_steps[m_index].name);
            if (m_current)
                m_steps[m_index].act(m_current);
            m_phase = Phase::Waiting;
            m_timer->start();
        });
        return;
    }
    case Phase::Acting:
        return;
    case Phase::Waiting:
        if (step.done())
            next();
        return;
    }
}

void Autoplay::setOutlined(QWidget *widget, bool on)
{
    if (!m_highlight || !widget)
        return;
    widget->setProperty("guideHighlight", on);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

void Autoplay::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    if (m_current)
        setOutlined(m_current, false);
    emit finished(false, message);
}
