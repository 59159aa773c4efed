#pragma once

#include "ClientRecoveryTally.h"
#include "Runbooks.h"
#include "SyncController.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

// Follows a runbook as the user works through it, whether or not they use the guide: it is told
// what happens (the controller's state and activity, dialogs opening and being cancelled,
// controls used, deployments ending, the client-reset tally) and decides which steps are done,
// which one is next, and when something was done out of order, what to do about it. No widgets:
// GuideObserver feeds it from the console, tests feed it directly.
class GuideTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideTracker)

public:
    // TimeMoved: the wait ended because the simulator's clock was moved on (Scenario ▸ Time…):
    // the time went by on the server's clock, nothing was skipped.
    enum class StepState { Pending, Done, Skipped, TimeMoved };
    // What the guide needs of the controller's state.
    struct State
    {
        SyncController::Status status = SyncController::Status::Unknown;
        bool hasDraft = false;
        bool draftsEnabled = true;
        // When the newest successful deployment went live: a guide opened after the terminate
        // counts the wait from it.
        QDateTime lastDeployedAt;
    };
    using Clock = std::function<QDateTime()>;

    explicit GuideTracker(QObject *parent = nullptr);

    // The wall clock by default; the console gives the server's (the simulator's, which the
    // trainer may move), tests their own.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Starts `runbook` from its first step.
    void start(const Runbook &runbook);
    // Marks every step before `index` done, as if the user had done them: for doc capture and
    // demos that open the guide mid-runbook. A wait reached this way starts counting now.
    void markDoneBefore(int index);

    const Runbook &runbook() const { return m_runbook; }
    // The index of the step with this id (a ProcedureStep id); -1 if the runbook has none.
    int indexOf(const QString &stepId) const;
    const QList<GuideStep> &steps() const { return m_steps; }
    StepState stepState(int index) const;
    // The first step still to do; -1 when the runbook is done.
    int current() const;
    // What to do now: the current step, or while a dialog the runbook does not hold is in front
    // and must be answered first (sign in again), that dialog's step. current() stays the
    // runbook's step, which follows once that dialog is closed.
    const ProcedureStep *currentStep() const;
    // What was done out of order and what to do now, in words; empty when all is in order.
    QString warning() const { return m_warning; }
    // What happened that the runbook expected, in words (the refused resume).
    QString note() const { return m_note; }

    // The wait: counting while its step is the current one.
    bool isWaiting() const;
    int waitRemainingSeconds() const;
    // The user chose not to wait the full ten minutes.
    void skipWait();
    // Looks at the clock: the wait ends when its time is over.
    void tick();
    // The clock was moved `seconds` forward (the simulator's, by the trainer): a wait it ends
    // is marked TimeMoved, not Skipped.
    void observeClockMoved(qint64 seconds);
    const std::optional<ClientRecoveryTally> &tally() const { return m_tally; }

    // What happened, as the console saw it. `settled`: a refresh has heard every answer, so the
    // state is the server's and not a step's intermediate.
    void observeState(const State &state, bool settled);
    // The controller started doing `activity` (pausing, terminating, deploying...).
    void observeActivity(SyncController::Activity activity);
    void observeDialogOpened(const QString &dialog);
    void observeDialogCancelled(const QString &dialog);
    // A dialog closed, whichever way.
    void observeDialogClosed(const QString &dialog);
    // A control named `control` was clicked.
    void observeControlUsed(const QString &control);
    // The confirmation in `dialog` was given (ticked, or the phrase typed), or taken back.
    void observeConfirmed(const QString &dialog, bool confirmed);
    void observeDeploymentEnded(bool ok, const QString &message);
    void observeResumeRefused(const QString &message);
    // The change or deployment `activity` was refused or interrupted before it took effect
    // (`message`: the console's words for it, the server's reason and any Retry-After in them);
    // `openDialog`: the dialog still in front, if any (a refused deployment keeps its dialog,
    // Deploy on offer again). The step that started it is to be done again.
    void observeActionFailed(
        SyncController::Activity activity, const QString &message, const QString &openDialog);
    void observeTally(const std::optional<ClientRecoveryTally> &tally);

signals:
    void changed();
    // The tracker chose another runbook itself (a refused resume leads to the oplog runbook).
    void runbookChanged();

private:
    int stageOf(int index) const { return m_steps[index].stage; }
    RunbookStage::Kind stageKind(int stage) const { return m_runbook.stages[stage].kind; }
    bool stagePending(int stage) const;
    int firstStepOf(int stage) const;
    int lastStepOf(int stage) const;
    // The first pending step at or after the current one that `match` accepts; -1 if none.
    int findPending(const std::function<bool(const GuideStep &)> &match) const;
    // Marks the steps of `index`'s stage up to `index` done, if the stages before it allow;
    // else says what is out of order. True when it moved on.
    // `quiet`: a step that may be done ahead of time; nothing is said and no wait is cut.
    bool reach(int index, bool quiet);
    void reopenStage(int stage, int from = 0);
    // Shows `text` until the step `until` is done (-1: until the runbook starts again).
    void warn(const QString &text, int until);
    void settle();
    QString tooSoon() const;
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    Runbook m_runbook;
    QList<GuideStep> m_steps;
    QList<StepState> m_states;
    State m_state;
    bool m_loaded = false;
    bool m_fresh = true; // nothing seen yet: the first settled state places the start
    QDateTime m_waitStart;
    qint64 m_movedDuringWait = 0; // seconds the clock was moved while the wait counted
    std::optional<ClientRecoveryTally> m_tally;
    QString m_warning;
    int m_warningUntil = -1;
    QString m_note;
    int m_noteUntil = -1; // the step whose end makes the note stale; -1: none
    // The message of the deployment that just failed, until the next settled state says what
    // became of Sync.
    std::optional<QString> m_failedDeployment;
    // The step of a dialog in front that comes before the runbook's (sign in again, close a
    // review whose change was refused).
    std::optional<ProcedureStep> m_detour;
    // The change or deployment in flight: the step that started it and every step's state
    // then. A refusal takes back that step and whatever was done while it was in flight (the
    // review opened on the draft the change had just made), however slow the server.
    struct Attempt
    {
        SyncController::Activity activity;
        int step;
        QList<StepState> before;
    };
    std::optional<Attempt> m_attempt;
    Clock m_clock;
};
