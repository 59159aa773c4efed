#pragma once

#include "ConnectionProfile.h"
#include "ConsoleOptions.h"
#include "ConsoleSettings.h"
#include "ProfileStore.h"
#include "SyncSnapshotStore.h"

#include <QObject>
#include <QPointer>
#include <memory>

class ActivityLog;
class ConnectionDialog;
class ConsoleSession;
class MainWindow;
class QSettings;
class SecretStore;
class SessionKeeper;
class SimulatorControlClient;
class SyncController;
class SyncLogModel;
struct AppSummary;

struct AppRef;

// The console as a whole: from the command line or a saved profile to a signed-in session,
// the chosen app's window, the activity log of the profile, and the connection dialog and app
// picker when they are asked for. main() only creates it.
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
    ActivityLog *activity() const { return m_log.get(); }
    ConnectionDialog *connectionDialog() const;
    const ConnectionProfile &profile() const { return m_profile; }

public slots:
    void showConnectionDialog(const QString &message = QString());
    void showAppPicker();
    // On the built-in simulator: restart it into another scenario, put the running one back
    // at its start, show its briefing.
    void switchScenario(const QString &name);
    void resetScenario();
    // Settings…: the choices are stored, and all but the language apply at once.
    void showSettings();

signals:
    // Scripted runs (--exit-when-done, --capture-docs) end with this.
    void finished(int exitCode, const QString &message);
    void appOpened();

private:
    void connectTo(const ConnectionProfile &profile, const QString &privateKey, bool saveKey);
    void openApp(AppRef app);
    void chooseApp(const QString &groupId, const QList<AppSummary> &apps);
    void addSettingsAction();
    void applySettings();
    bool scripted() const;
    QString activityPath(const QString &profileId) const;

    ConsoleOptions m_options;
    QSettings *m_settings;
    SecretStore *m_secrets;
    ProfileStore m_profiles;
    ConsoleSettings m_preferences;
    SyncSnapshotStore m_snapshots;
    ConnectionProfile m_profile;
    QString m_privateKey; // in memory for this session only, never written
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ActivityLog> m_log;
    std::unique_ptr<ConsoleSession> m_pendingSession;
    std::unique_ptr<ActivityLog> m_pendingLog;
    std::unique_ptr<SessionKeeper> m_keeper;
    std::unique_ptr<SimulatorControlClient> m_simulatorControl; // on the built-in simulator
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<SyncLogModel> m_syncLogs; // the open app's, shown by the window's Logs page
    QString m_startupNotice;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ConnectionDialog> m_connectionDialog;
    bool m_briefingDue = false; // a scenario started: brief the trainee once its app opens
};
