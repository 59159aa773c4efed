#pragma once

#include "ConsoleDialog.h"

class QPushButton;

// "Pause Sync": the question, what pausing does, and the oplog warning.
class PauseDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PauseDialog)

public:
    PauseDialog(const QString &clusterLabel, QWidget *parent = nullptr);
    QPushButton *pauseButton() const { return m_pause; }

private:
    QPushButton *m_pause;
};
