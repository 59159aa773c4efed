#pragma once

#include "ConsoleDialog.h"

#include <QPointer>

class QDateTimeEdit;
class QLabel;
class QTimer;
class SimulatorControlClient;
class SyncController;

// Scenario ▸ Time… on the built-in simulator: the simulator's clock, and buttons that move it
// forward through its control API (10 minutes, an hour, a day, 31 days, or to a date), so a
// trainer takes a wait or an oplog window at once. The Guide's wait, Activity and the banners
// follow the simulator's clock, so a wait ended this way ends honestly.
class SimulatorTimeDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorTimeDialog)

public:
    SimulatorTimeDialog(SyncController *controller, QWidget *parent = nullptr);

    // Asks the simulator to move its clock `seconds` forward.
    void advance(qint64 seconds);

private:
    void showTime();
    void moveToDate();

    QPointer<SyncController> m_controller;
    QPointer<SimulatorControlClient> m_simulator;
    QLabel *m_now;
    QLabel *m_problem;
    QDateTimeEdit *m_date;
    QTimer *m_ticker;
    QList<QWidget *> m_moves;
};
