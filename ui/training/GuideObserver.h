#pragma once

#include "SyncController.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class GuideTracker;
class MainWindow;
class QDialog;

// Tells a GuideTracker what happens in the console, however the user does it: the controller's
// state, activity, deployments, refusals and client-reset tally; the dialogs that open and are
// cancelled; the confirmation given in them; and the controls of the runbook's steps that are
// used in the main window.
class GuideObserver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideObserver)

public:
    GuideObserver(SyncController *controller, MainWindow *window, GuideTracker *tracker,
        QObject *parent = nullptr);

    // Tells the tracker the state as it is now (after it started a runbook).
    void resync();

private:
    void reportState(bool settled);
    void watchDialog(QDialog *dialog);
    // Listens to the main window's controls named in the runbook's steps (they come and go
    // with the state: the Enable Sync form is built when Sync is first seen disabled).
    void watchControls();

    SyncController *m_controller;
    MainWindow *m_window;
    GuideTracker *m_tracker;
    SyncController::Activity m_activity = SyncController::Activity::Idle;
    QSet<QObject *> m_watched;
};
