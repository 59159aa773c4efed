#pragma once

#include "AppRef.h"
#include "AppSummary.h"
#include "ConsoleOptions.h"
#include "ConsoleSettings.h"
#include "SyncSnapshotStore.h"

#include <QObject>
#include <memory>

class ActivityLog;
class ClassroomClient;
class ClassroomView;
class ConnectionDialog;
class ConnectionFlow;
class MainWindow;
class QSettings;
class SecretStore;
class SessionKeeper;
class SimulatorControlClient;
class SyncController;
class SyncLogModel;
struct ConnectionProfile;

// The composition root: builds the objects of the console and wires them. The connection
// (ConnectionFlow) brings a signed-in session; for the app it reaches, the root makes the
// controller, the Logs model, the session keeper and the window, and hands the window to the
// training wing (TrainingSession). main() only creates it.
class ConsoleApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleApp)

public:
    ConsoleApp(const ConsoleOptions &options, QSettings *settings, SecretStore *secrets,
        QObject *parent = nullptr);
    ~ConsoleApp() override;

    void start();
    MainWindow *window() const { return m_window.get(); }
    SyncController *controller() const { return m_controller.get(); }
    // Shown in the first window's banner (a damaged settings file set aside, say).
    void setStartupNotice(const QString &notice) { m_startupNotice = notice; }
    ActivityLog *activity() const;
    ConnectionDialog *connectionDialog() const;
    const ConnectionProfile &profile() const;
    // The instructor's view, once the server answered as a classroom simulator; else null.
    ClassroomView *classroomView() const { return m_classroomView.get(); }

public slots:
    void showConnectionDialog(const QString &message = QString());
    void showAppPicker();
    // On the built-in simulator: restart it into another scenario, or put the running one
    // back at its start.
    void switchScenario(const QString &name);
    void resetScenario();
    // Settings…: the choices are stored, and all but the language apply at once.
    void showSettings();
    // View ▸ Classroom: the instructor's view of a classroom simulator.
    void showClassroom();

signals:
    // Scripted runs (--exit-when-done, --capture-docs) end with this.
    void finished(int exitCode, const QString &message);
    void appOpened();
    // The server answered GET /_sim/classroom: View ▸ Classroom is there.
    void classroomFound();

private:
    void closeWindow();
    void dropApp();
    // `listed`: the app as a list of apps gave it (its name shown until its own read answers).
    void openApp(AppRef app, AppSummary listed = {});
    void openWindow(const QByteArray &geometry);
    void chooseApp(const QString &groupId, const QList<AppSummary> &apps);
    void addSettingsAction();
    void applySettings();
    void offerClassroom();

    ConsoleOptions m_options;
    QSettings *m_settings;
    ConsoleSettings m_preferences;
    SyncSnapshotStore m_snapshots;
    std::unique_ptr<ConnectionFlow> m_connection;
    std::unique_ptr<SessionKeeper> m_keeper;
    std::unique_ptr<SimulatorControlClient> m_simulatorControl; // on the built-in simulator
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<SyncLogModel> m_syncLogs; // the open app's, shown by the window's Logs page
    QString m_startupNotice;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ClassroomClient> m_classroomClient; // on a classroom simulator
    std::unique_ptr<ClassroomView> m_classroomView;
    bool m_briefingDue = false; // a scenario started: brief the trainee once its app opens
    bool m_guideOpen = false; // the window being replaced showed the Guide
};
