#pragma once

#include <QList>
#include <QString>

// A simulator scenario as the console shows it: its stable name, its translated title and
// one-line description, and the briefing a trainee reads when it starts. The widgets do not
// link the simulator; the console fills these from Scenarios.
struct ScenarioChoice
{
    QString name;
    QString title;
    QString description;
    QString whatHappened;
    QString whatToDo;
    QString success;
};

using ScenarioChoices = QList<ScenarioChoice>;
