#pragma once

#include "ConsoleDialog.h"

struct ApiError;

// Shown when the server refuses to resume because the oplog rolled past the pause: explains
// that Sync must be terminated and re-enabled, and offers to start that (accept()).
class ResumeRefusedDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeRefusedDialog)

public:
    ResumeRefusedDialog(const ApiError &error, QWidget *parent = nullptr);
};
