#pragma once

#include "ConsoleDialog.h"

class QPushButton;

// "Resume Sync": devices reconnect and pick up where Sync stopped.
class ResumeDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeDialog)

public:
    ResumeDialog(const QString &clusterLabel, QWidget *parent = nullptr);
    QPushButton *resumeButton() const { return m_resume; }

private:
    QPushButton *m_resume;
};
