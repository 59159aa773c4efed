#pragma once

#include <QString>
#include <QStringList>

class SimBackend;

// What a trainee reads before a scenario: what happened, what to do, what success looks like.
struct ScenarioBriefing
{
    QString whatHappened;
    QString whatToDo;
    QString success;
};

// Preloaded states of the simulator: one per documented reason to terminate Sync, drills of
// what goes wrong on the way, and two healthy apps. Names are stable, short and lowercase;
// titles, descriptions and briefings are translated (context "Scenarios").
namespace Scenarios {

QString defaultName();
QStringList names();
QString title(const QString &name); // a human name, e.g. "The oplog rolled over"
QString description(const QString &name); // one line
ScenarioBriefing briefing(const QString &name);
// Replaces the backend's apps (and faults) with the scenario's and marks its start, to which
// SimBackend::resetScenario() returns; false for an unknown name.
bool load(const QString &name, SimBackend &backend);

} // namespace Scenarios
