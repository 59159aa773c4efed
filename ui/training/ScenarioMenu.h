#pragma once

#include "ScenarioChoice.h"

#include <QMenu>

class QActionGroup;

// The Scenario menu of a console on the built-in simulator: the scenarios by title, the one
// running checked; choosing one asks for the simulator to restart into it, and Reset Scenario
// for it to go back to the running scenario's start.
class ScenarioMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioMenu)

public:
    ScenarioMenu(const ScenarioChoices &scenarios, const QString &current, QWidget *parent);

    QString current() const { return m_current; }
    // The action of a scenario (its object name is ObjectName::scenarioActionPrefix + name).
    QAction *action(const QString &name) const;

signals:
    void scenarioChosen(const QString &name);
    void resetRequested();
    void timeRequested(); // Scenario ▸ Time…

private:
    QActionGroup *m_group;
    QString m_current;
};
