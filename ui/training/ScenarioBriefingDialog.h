#pragma once

#include "ConsoleDialog.h"
#include "ScenarioChoice.h"

// The briefing of a simulator scenario: what happened, what to do, what success looks like.
// It does not block: the trainee keeps it open beside the console (show(), not open()).
class ScenarioBriefingDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioBriefingDialog)

public:
    explicit ScenarioBriefingDialog(const ScenarioChoice &scenario, QWidget *parent = nullptr);
};
