#pragma once

#include "ConsoleDialog.h"

// Confirms a redeploy: the configuration of a past deployment goes live again.
class RedeployDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedeployDialog)

public:
    RedeployDialog(const QString &deploymentName, QWidget *parent = nullptr);
};
