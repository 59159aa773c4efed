#pragma once

#include <QString>
#include <QStringList>

// The documented reasons to terminate Sync and enable it again. A scenario that teaches one
// names it; the training wing shows its runbook and its line in the checklist.
enum class TerminateReason {
    None, // a healthy app or a drill: no reason to terminate
    SharedTierUpgrade,
    RegionMove,
    NvmeUpgrade,
    OplogRollover,
    IdleAutoPause,
    SupportTroubleshooting,
    SyncModeSwitch,
    BreakingChange,
};

// What a trainee reads before a scenario: what happened, what to do, what success looks like.
struct ScenarioBriefing
{
    QString whatHappened;
    QString whatToDo;
    QString success;
};

// The scenarios of the simulator, one record each: a stable short lowercase name, its title,
// description and briefing (translated, context "Scenarios") and the reason to terminate it
// teaches. The simulator builds a scenario by its name (Scenarios::load in app/sim); the
// console's options, connection dialog and training wing read the rest from here.
namespace Scenarios {

QString defaultName();
QStringList names();
QString title(const QString &name); // a human name, e.g. "The oplog rolled over"
QString description(const QString &name); // one line
ScenarioBriefing briefing(const QString &name);
TerminateReason reason(const QString &name);

} // namespace Scenarios
