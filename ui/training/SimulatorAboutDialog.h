#pragma once

#include "ConsoleDialog.h"

class AdminApiClient;
class QLineEdit;

// Help ▸ About the Simulator: where the embedded simulator listens (its Admin API and its
// control API) and curl lines a trainer can copy to read or move its clock from a terminal.
// The lines are built as Activity's Copy as curl builds them: no token or key in them.
class SimulatorAboutDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorAboutDialog)

public:
    SimulatorAboutDialog(AdminApiClient *client, const QString &scenarioTitle,
        QWidget *parent = nullptr);

    QString readClockCurl() const;
    QString advanceClockCurl() const;

private:
    QLineEdit *m_read;
    QLineEdit *m_advance;
};
