#include "ScenarioMenu.h"

#include "ObjectNames.h"

#include <QActionGroup>

ScenarioMenu::ScenarioMenu(
    const ScenarioChoices &scenarios, const QString &current, QWidget *parent)
    : QMenu(tr("&Scenario"), parent)
    , m_group(new QActionGroup(this))
    , m_current(current)
{
    setObjectName(ObjectName::scenarioMenu);
    setToolTipsVisible(true);
    for (const ScenarioChoice &s : scenarios) {
        QAction *a = addAction(s.title);
        a->setObjectName(QString(ObjectName::scenarioActionPrefix) + s.name);
        a->setData(s.name);
        a->setToolTip(s.description);
        a->setStatusTip(s.description);
        a->setCheckable(true);
        a->setChecked(s.name == current);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name = s.name] {
            // The check stays on the running scenario until the console restarts into the new
            // one (and builds a new menu); a failed restart leaves it true.
            if (QAction *running = action(m_current))
                running->setChecked(true);
            if (name != m_current)
                emit scenarioChosen(name);
        });
    }
    addSeparator();
    QAction *reset = addAction(tr("&Reset Scenario"), this, &ScenarioMenu::resetRequested);
    reset->setObjectName(ObjectName::resetScenarioAction);
    reset->setStatusTip(tr("Put the simulator back where the scenario started."));
    // Between two groups of trainees, without opening the menu.
    reset->setShortcut(QKeySequence(tr("Ctrl+Shift+R", "Reset Scenario")));
    QAction *time = addAction(tr("&Time…"), this, &ScenarioMenu::timeRequested);
    time->setObjectName(ObjectName::simulatorTimeAction);
    time->setStatusTip(tr("See the simulator's clock and move it forward."));
}

QAction *ScenarioMenu::action(const QString &name) const
{
    for (QAction *a : m_group->actions())
        if (a->data().toString() == name)
            return a;
    return nullptr;
}
