#include "GuideTracker.h"

#include "ObjectNames.h"
#include "Sentences.h"

#include <algorithm>

namespace {
using Kind = RunbookStage::Kind;

// The server's message as a sentence of its own: a text that follows it starts a new one.
QString asSentence(const QString &message)
{
    const QString m = message.trimmed();
    if (m.isEmpty() || m.endsWith(QLatin1Char('.')) || m.endsWith(QLatin1Char('!'))
        || m.endsWith(QLatin1Char('?')) || m.endsWith(QChar(0x3002)))
        return m;
    return m + QLatin1Char('.');
}
using Status = SyncController::Status;
using Activity = SyncController::Activity;

std::optional<Procedure::Kind> procedureOf(Activity activity)
{
    switch (activity) {
    case Activity::Terminating:
        return Procedure::Kind::Terminate;
    case Activity::Pausing:
        return Procedure::Kind::Pause;
    case Activity::Resuming:
        return Procedure::Kind::Resume;
    case Activity::Enabling:
        return Procedure::Kind::Enable;
    case Activity::Discarding:
        return Procedure::Kind::Discard;
    case Activity::Redeploying:
        return Procedure::Kind::Redeploy;
    default:
        return std::nullopt;
    }
}

// The sign-in a refused session renewal asks for: answered first, then the runbook goes on.
ProcedureStep signInAgain()
{
    return {QStringLiteral("sign-in-again"),
        QT_TRANSLATE_NOOP(
            "Procedures", "Sign in again: type the private API key, then click Sign In"),
        ObjectName::signInDialog, {ObjectName::privateKeyInput, ObjectName::signInButton},
        ProcedureStep::Action::Click, ProcedureStep::Until::DialogClosedAndIdle, false};
}

// A review opened while a change was in flight (on the draft it had just made), left with
// nothing to review once the change was refused: closed first, then the runbook goes on.
std::optional<ProcedureStep> closeReview(const QString &dialog)
{
    for (const QLatin1String review : {ObjectName::deployDialog, ObjectName::discardDialog})
        if (dialog == review)
            return ProcedureStep {QStringLiteral("close-review"),
                QT_TRANSLATE_NOOP("Procedures",
                    "Close this dialog: the change it was opened to review did not go through"),
                review, {ObjectName::cancelButton, ObjectName::dialogCloseButton},
                ProcedureStep::Action::Click, ProcedureStep::Until::DialogClosedAndIdle, false};
    return std::nullopt;
}
} // namespace

GuideTracker::GuideTracker(QObject *parent)
    : QObject(parent)
    , m_runbook(Runbooks::get(Runbook::Kind::TerminateAndReEnable))
{
    start(m_runbook);
}

void GuideTracker::start(const Runbook &runbook)
{
    m_runbook = runbook;
    m_steps = runbook.steps();
    m_states = QList<StepState>(m_steps.size(), StepState::Pending);
    m_fresh = true;
    m_waitStart = QDateTime();
    m_movedDuringWait = 0;
    m_tally.reset();
    m_warning.clear();
    m_warningUntil = -1;
    m_note.clear();
    m_noteUntil = -1;
    m_failedDeployment.reset();
    m_detour.reset();
    m_attempt.reset();
    settle();
}

void GuideTracker::markDoneBefore(int index)
{
    for (int i = 0; i < qMin(index, m_steps.size()); ++i)
        if (m_states[i] == StepState::Pending)
            m_states[i] = StepState::Done;
    m_fresh = false;
    settle();
}

int GuideTracker::indexOf(const QString &stepId) const
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].step.id == stepId)
            return i;
    return -1;
}

GuideTracker::StepState GuideTracker::stepState(int index) const
{
    if (index < 0 || index >= m_steps.size())
        return StepState::Pending;
    if (m_states[index] != StepState::Pending)
        return m_states[index];
    // With drafts off a change deploys at once: there is no draft to deploy.
    if (stageKind(stageOf(index)) == Kind::Deploy && m_loaded && !m_state.draftsEnabled)
        return StepState::Skipped;
    return StepState::Pending;
}

int GuideTracker::current() const
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (stepState(i) == StepState::Pending)
            return i;
    return -1;
}

const ProcedureStep *GuideTracker::currentStep() const
{
    const int i = current();
    if (i >= 0 && m_detour)
        return &*m_detour;
    return i < 0 ? nullptr : &m_steps[i].step;
}

bool GuideTracker::stagePending(int stage) const
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (stageOf(i) == stage && stepState(i) == StepState::Pending)
            return true;
    return false;
}

int GuideTracker::firstStepOf(int stage) const
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (stageOf(i) == stage)
            return i;
    return -1;
}

int GuideTracker::lastStepOf(int stage) const
{
    for (int i = m_steps.size() - 1; i >= 0; --i)
        if (stageOf(i) == stage)
            return i;
    return -1;
}

int GuideTracker::findPending(const std::function<bool(const GuideStep &)> &match) const
{
    const int from = current();
    for (int i = qMax(0, from); from >= 0 && i < m_steps.size(); ++i)
        if (stepState(i) == StepState::Pending && match(m_steps[i]))
            return i;
    return -1;
}

void GuideTracker::warn(const QString &text, int until)
{
    m_warning = text;
    m_warningUntil = until;
}

bool GuideTracker::reach(int index, bool quiet)
{
    const int from = current();
    if (index < 0 || from < 0 || index < from)
        return false;
    const int target = stageOf(index);
    const RunbookStage &goal = m_runbook.stages[target];
    for (int s = stageOf(from); s < target; ++s) {
        if (!stagePending(s))
            continue;
        const bool reEnabling
            = goal.kind == Kind::Perform && goal.procedure == Procedure::Kind::Enable;
        if (stageKind(s) == Kind::Wait && reEnabling && !quiet) {
            warn(Sentences::join({tooSoon(),
                     tr("Clients that had not disconnected yet may not reset cleanly: watch the "
                        "Client recovery panel for devices waiting in error.")}),
                m_steps.size() - 1);
            m_states[firstStepOf(s)] = StepState::Skipped;
            continue;
        }
        if (stageKind(s) == Kind::Deploy && reEnabling && !quiet
            && m_runbook.stages[s].procedure == Procedure::Kind::Terminate)
            warn(tr("Enable Sync was used before the terminate draft was deployed. The draft now "
                    "re-enables Sync instead of terminating it, so the sync metadata would be "
                    "kept and the clients would not reset. Discard the draft with REVIEW & "
                    "DISCARD, then start again from Terminate Sync."),
                lastStepOf(s));
        return false;
    }
    for (int i = firstStepOf(target); i <= index; ++i)
        if (m_states[i] == StepState::Pending)
            m_states[i] = StepState::Done;
    return true;
}

// How soon after the terminate Sync was re-enabled, from the time that really went by.
QString GuideTracker::tooSoon() const
{
    if (!m_waitStart.isValid())
        return tr("Sync was re-enabled before the ten-minute wait support recommends had begun.");
    const int waited = int(std::clamp<qint64>(m_waitStart.secsTo(now()), 0, Runbooks::WaitSeconds));
    const QString after = waited < 60 ? tr("%n second(s)", nullptr, waited)
                                      : tr("%n minute(s)", nullptr, waited / 60);
    return tr("Sync was re-enabled only %1 after the terminate took effect, before the ten "
              "minutes support recommends were over.")
        .arg(after);
}

void GuideTracker::reopenStage(int stage, int from)
{
    for (int i = qMax(from, firstStepOf(stage)); i <= lastStepOf(stage); ++i)
        m_states[i] = StepState::Pending;
}

void GuideTracker::settle()
{
    const int i = current();
    if (i >= 0 && stageKind(stageOf(i)) == Kind::Wait && !m_waitStart.isValid()) {
        m_waitStart = now();
        m_movedDuringWait = 0;
    }
    if (m_warningUntil >= 0 && m_warningUntil < m_steps.size()
        && stepState(m_warningUntil) != StepState::Pending) {
        m_warning.clear();
        m_warningUntil = -1;
    }
    // "Go on with Terminate Sync" is stale once it is done.
    if (m_noteUntil >= 0 && m_noteUntil < m_steps.size()
        && stepState(m_noteUntil) != StepState::Pending) {
        m_note.clear();
        m_noteUntil = -1;
    }
    emit changed();
}

bool GuideTracker::isWaiting() const
{
    const int i = current();
    return i >= 0 && stageKind(stageOf(i)) == Kind::Wait && m_waitStart.isValid();
}

int GuideTracker::waitRemainingSeconds() const
{
    if (!m_waitStart.isValid())
        return Runbooks::WaitSeconds;
    return int(qMax<qint64>(0, Runbooks::WaitSeconds - m_waitStart.secsTo(now())));
}

void GuideTracker::skipWait()
{
    if (!isWaiting())
        return;
    m_states[current()] = StepState::Skipped;
    settle();
}

void GuideTracker::tick()
{
    if (!isWaiting() || waitRemainingSeconds() > 0)
        return;
    const int wait = current();
    if (m_movedDuringWait > 0) {
        m_states[wait] = StepState::TimeMoved;
        const qint64 minutes = m_movedDuringWait / 60;
        const QString by = minutes >= 1440 && minutes % 1440 == 0
            ? tr("%n day(s)", nullptr, int(minutes / 1440))
            : minutes >= 60 && minutes % 60 == 0 ? tr("%n hour(s)", nullptr, int(minutes / 60))
            : minutes >= 1                       ? tr("%n minute(s)", nullptr, int(minutes))
                                                 : tr("%n second(s)", nullptr, int(m_movedDuringWait));
        m_note = tr("Time moved: the simulator's clock was moved on by %1, so the ten minutes "
                    "have gone by on the server's clock. Nothing was skipped.")
                     .arg(by);
        m_noteUntil = wait + 1 < m_steps.size() ? wait + 1 : -1;
        m_movedDuringWait = 0;
    } else {
        m_states[wait] = StepState::Done;
    }
    settle();
}

void GuideTracker::observeClockMoved(qint64 seconds)
{
    if (seconds <= 0 || !isWaiting())
        return;
    m_movedDuringWait += seconds;
    tick();
    emit changed(); // the countdown jumps
}

void GuideTracker::observeState(const State &state, bool settled)
{
    m_state = state;
    m_loaded = state.status != Status::Unknown;
    if (!settled || !m_loaded) {
        settle();
        return;
    }
    m_attempt.reset(); // settled: idle, so whatever was in flight has ended and been told
    for (int s = 0; s < m_runbook.stages.size(); ++s) {
        const RunbookStage &stage = m_runbook.stages[s];
        if (stage.kind != Kind::Perform || stage.procedure != Procedure::Kind::Terminate)
            continue;
        if (m_fresh && state.status == Status::Disabled) {
            // Opened after the terminate: start where the user is, all before it in the past.
            const bool deployStage
                = s + 1 < m_runbook.stages.size() && stageKind(s + 1) == Kind::Deploy;
            const int through = !state.hasDraft && deployStage && state.draftsEnabled
                ? lastStepOf(s + 1)
                : lastStepOf(s);
            for (int i = 0; i <= through; ++i)
                if (m_states[i] == StepState::Pending)
                    m_states[i] = StepState::Done;
            if (!state.hasDraft && state.lastDeployedAt.isValid())
                m_waitStart = state.lastDeployedAt;
            break;
        }
        // Sync runs without a draft although the terminate was done and the re-enable is still
        // to come: the terminate never reached the server on its own.
        const bool running = state.status == Status::Enabled || state.status == Status::Paused;
        bool reEnablePending = false;
        for (int later = s + 1; later < m_runbook.stages.size(); ++later)
            if (m_runbook.stages[later].kind == Kind::Perform
                && m_runbook.stages[later].procedure == Procedure::Kind::Enable)
                reEnablePending = stagePending(later);
        if (!m_fresh && running && !state.hasDraft && !stagePending(s) && reEnablePending) {
            for (int later = s; later < m_runbook.stages.size(); ++later)
                reopenStage(later);
            m_waitStart = QDateTime();
            m_movedDuringWait = 0;
            // The deployment that failed is the reason, when one did: say that, and only that.
            warn(m_failedDeployment
                    ? tr("The deployment failed: %1 The terminate did not reach the server, so "
                         "Sync is still running and nothing changed. Start again from Terminate "
                         "Sync, and deploy once what the message says is fixed.")
                          .arg(asSentence(*m_failedDeployment))
                    : tr("Sync is still running: the terminate never took effect on its own (its "
                         "draft was discarded, deployed together with the re-enable, or "
                         "refused). Start again from Terminate Sync."),
                lastStepOf(s));
            m_failedDeployment.reset(); // said
        }
        break;
    }
    m_fresh = false;
    settle();
}

void GuideTracker::observeActivity(SyncController::Activity activity)
{
    m_fresh = false;
    if (activity != Activity::Idle && activity != Activity::Loading
        && activity != Activity::LoadingDiff)
        m_failedDeployment.reset(); // a new attempt: the last failure is not its story
    int index = -1;
    if (activity == Activity::Deploying) {
        // The Deploy button: the last step of a Deploy stage that the user acts on.
        index = findPending([this](const GuideStep &g) {
            return m_runbook.stages[g.stage].kind == Kind::Deploy
                && g.step.until == ProcedureStep::Until::DeploymentEnded;
        });
    } else if (const std::optional<Procedure::Kind> kind = procedureOf(activity)) {
        index = findPending([this, kind](const GuideStep &g) {
            const RunbookStage &stage = m_runbook.stages[g.stage];
            return stage.kind == Kind::Perform && stage.procedure == *kind
                && g.step.action != ProcedureStep::Action::Look
                && g.step.until != ProcedureStep::Until::Now
                && g.step.until != ProcedureStep::Until::DialogOpen;
        });
    }
    if (index >= 0) {
        const QList<StepState> before = m_states;
        if (reach(index, false))
            m_attempt = Attempt {activity, index, before};
        settle();
    }
}

void GuideTracker::observeDialogOpened(const QString &dialog)
{
    m_fresh = false;
    if (dialog == ObjectName::signInDialog) {
        m_detour = signInAgain();
        settle();
        return;
    }
    // The step that opens it: the one before the first step in that dialog.
    int index = -1;
    for (int i = qMax(0, current()); current() >= 0 && i + 1 < m_steps.size(); ++i)
        if (stepState(i) == StepState::Pending
            && m_steps[i].step.until == ProcedureStep::Until::DialogOpen
            && m_steps[i + 1].stage == m_steps[i].stage && m_steps[i + 1].step.dialog == dialog) {
            index = i;
            break;
        }
    if (index >= 0) {
        reach(index, false);
        settle();
    }
}

void GuideTracker::observeDialogCancelled(const QString &dialog)
{
    const int i = current();
    if (i < 0 || m_steps[i].step.dialog != dialog)
        return;
    // Back to the step that opened the dialog.
    int opener = i;
    while (opener > firstStepOf(stageOf(i)) && m_steps[opener].step.dialog == dialog)
        --opener;
    reopenStage(stageOf(i), opener);
    settle();
}

void GuideTracker::observeDialogClosed(const QString &dialog)
{
    if (!m_detour || m_detour->dialog != dialog)
        return;
    m_detour.reset();
    settle();
}

void GuideTracker::observeControlUsed(const QString &control)
{
    m_fresh = false;
    const int index = findPending([&control](const GuideStep &g) {
        return g.step.dialog.isEmpty()
            && g.step.controls.contains(QLatin1String(control.toLatin1()));
    });
    if (index < 0)
        return;
    const ProcedureStep &step = m_steps[index].step;
    // Filling the form or opening a page ahead of time does no harm.
    const bool harmless = step.until == ProcedureStep::Until::Now;
    if (!reach(index, harmless) && harmless)
        m_states[index] = StepState::Done;
    settle();
}

void GuideTracker::observeConfirmed(const QString &dialog, bool confirmed)
{
    m_fresh = false;
    if (confirmed) {
        const int index = findPending([&dialog](const GuideStep &g) {
            return g.step.action == ProcedureStep::Action::Confirm && g.step.dialog == dialog;
        });
        if (index >= 0 && reach(index, false))
            settle();
        return;
    }
    const int i = current();
    for (int j = i - 1; i > 0 && j >= 0 && stageOf(j) == stageOf(i); --j)
        if (m_steps[j].step.action == ProcedureStep::Action::Confirm
            && m_steps[j].step.dialog == dialog) {
            m_states[j] = StepState::Pending;
            settle();
            return;
        }
}

void GuideTracker::observeDeploymentEnded(bool ok, const QString &message)
{
    m_fresh = false;
    const int index = findPending([](const GuideStep &g) {
        return g.step.action == ProcedureStep::Action::Look
            && g.step.controls.contains(ObjectName::resultBanner);
    });
    if (index < 0)
        return;
    m_attempt.reset();
    m_failedDeployment.reset();
    if (ok) {
        reach(index, false);
    } else if (stageOf(index) == stageOf(qMax(0, current()))) {
        m_failedDeployment = message;
        reopenStage(stageOf(index));
        warn(tr("The deployment failed: %1 Fix what the message says, then deploy again.")
                 .arg(asSentence(message)),
            index);
    }
    settle();
}

void GuideTracker::observeResumeRefused(const QString &message)
{
    m_fresh = false;
    const auto refusedStage = [this] {
        for (int s = 0; s < m_runbook.stages.size(); ++s)
            if (m_runbook.stages[s].kind == Kind::Perform
                && m_runbook.stages[s].procedure == Procedure::Kind::Resume
                && m_runbook.stages[s].refusalExpected)
                return s;
        return -1;
    };
    bool switched = false;
    if (refusedStage() < 0) {
        // The way out of a refused resume is the oplog runbook: follow it from here.
        start(Runbooks::get(Runbook::Kind::OplogRollover));
        m_fresh = false;
        switched = true;
        emit runbookChanged();
    }
    const int s = refusedStage();
    reach(lastStepOf(s), true);
    // The note holds until Sync is terminated: the terminate stage that follows.
    m_noteUntil = -1;
    for (int next = s + 1; next < m_runbook.stages.size() && m_noteUntil < 0; ++next)
        if (m_runbook.stages[next].kind == Kind::Perform
            && m_runbook.stages[next].procedure == Procedure::Kind::Terminate)
            m_noteUntil = lastStepOf(next);
    m_note = switched
        ? tr("The service refused to resume Sync: %1 The oplog no longer reaches back to when "
             "Sync was paused, so the guide now follows “Recover from an oplog "
             "rollover”: terminate Sync, then enable it again.")
              .arg(Sentences::ended(message))
        : tr("The service refused to resume Sync: %1 This is what the runbook expects after an "
             "oplog rollover. Go on with Terminate Sync.")
              .arg(Sentences::ended(message));
    settle();
}

void GuideTracker::observeActionFailed(
    SyncController::Activity activity, const QString &message, const QString &openDialog)
{
    m_fresh = false;
    const bool deploying = activity == Activity::Deploying;
    const std::optional<Procedure::Kind> kind = procedureOf(activity);
    if (!deploying && !kind)
        return;
    // The step that made the attempt: the one the tracker saw start it; else the last one done
    // that starts it, with nothing done after its stage (else the attempt was not the
    // runbook's).
    const std::optional<Attempt> inFlight = std::exchange(m_attempt, std::nullopt);
    const bool seen = inFlight && inFlight->activity == activity;
    int attempt = -1;
    if (seen) {
        attempt = inFlight->step;
        // What was done while it was in flight went on from a change that never took effect.
        for (int i = lastStepOf(stageOf(attempt)) + 1; i < m_steps.size(); ++i)
            m_states[i] = inFlight->before[i];
    }
    for (int i = 0; !seen && i < m_steps.size(); ++i) {
        const RunbookStage &stage = m_runbook.stages[m_steps[i].stage];
        const ProcedureStep &step = m_steps[i].step;
        const bool starts = deploying
            ? stage.kind == Kind::Deploy && step.until == ProcedureStep::Until::DeploymentEnded
            : stage.kind == Kind::Perform && stage.procedure == *kind
                && step.action != ProcedureStep::Action::Look
                && step.until != ProcedureStep::Until::Now
                && step.until != ProcedureStep::Until::DialogOpen;
        if (starts && m_states[i] == StepState::Done)
            attempt = i;
    }
    if (attempt < 0)
        return;
    for (int i = lastStepOf(stageOf(attempt)) + 1; !seen && i < m_steps.size(); ++i)
        if (m_states[i] != StepState::Pending)
            return;
    // Again from Deploy when its dialog is still in front; else from the stage's first step
    // that does something (the form restored for Enable Sync stays restored).
    const int stage = stageOf(attempt);
    int from = firstStepOf(stage);
    if (deploying && !openDialog.isEmpty() && m_steps[attempt].step.dialog == openDialog) {
        from = attempt;
    } else {
        while (from < attempt && m_steps[from].step.until == ProcedureStep::Until::Now)
            ++from;
    }
    reopenStage(stage, from);
    // A review left open with nothing to review is closed first.
    if (m_steps[from].step.dialog != openDialog && (!m_detour || m_detour->dialog != openDialog))
        if (std::optional<ProcedureStep> close = closeReview(openDialog))
            m_detour = close;
    warn(tr("That did not go through: %1 Do it again from \u201c%2\u201d.")
             .arg(asSentence(message), m_steps[from].step.text()),
        from);
    settle();
}

void GuideTracker::observeTally(const std::optional<ClientRecoveryTally> &tally)
{
    m_tally = tally;
    const int i = current();
    if (i >= 0 && stageKind(stageOf(i)) == Kind::Watch && tally && tally->reconnected > 0
        && tally->notBack == 0 && tally->stuck == 0)
        m_states[i] = StepState::Done;
    settle();
}
