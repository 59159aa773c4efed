#pragma once

#include "CtlOptions.h"

#include <QObject>
#include <memory>

class CtlConnection;
class CtlOutput;
class CtlTerminal;
class QSettings;
class QTextStream;
class QTimer;
class SecretStore;
class SimulatorControlClient;
class SyncController;
class SyncSnapshotStore;
struct ApiError;
struct AppRef;

// One run of sync-consolectl: reaches the app, reads its Sync state through the console's
// SyncController, carries out the command and says how it ended (finished). The program's
// main() and the tests drive the very same object; nothing here waits in a loop of its own.
class CtlRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlRun)

public:
    CtlRun(const CtlOptions &options, QSettings *settings, SecretStore *secrets,
        CtlTerminal *terminal, QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    ~CtlRun() override;

    // Where terminate keeps the snapshot (the console's own by default); for tests.
    void setSnapshotDirectory(const QString &directory) { m_snapshotDirectory = directory; }
    // How often a deployment and the client recovery are polled (the console's setting by
    // default).
    void setPollIntervalMs(int ms) { m_pollMs = ms; }
    void start();

signals:
    void finished(int exitCode);

private:
    void onReady(const AppRef &app);
    void dispatch();
    void finish(int exitCode, const QString &message);
    void fail(const ApiError &error);
    void status();
    void drafts();
    void diff();
    void deployments();
    void scenarios();
    // The simulator's own: its devices, and its clock moved forward.
    void devices();
    // The instructor's table of a classroom simulator: printed as Markdown, or written to
    // --out FILE (CSV, or Markdown for *.md).
    void classroom();
    void time();
    SimulatorControlClient *simulator();

    CtlOptions m_options;
    QSettings *m_settings;
    std::unique_ptr<CtlOutput> m_output;
    CtlConnection *m_connection;
    QTimer *m_timeout;
    QString m_snapshotDirectory;
    int m_pollMs = -1;
    std::unique_ptr<SyncSnapshotStore> m_snapshots;
    SimulatorControlClient *m_simulator = nullptr;
    SyncController *m_controller = nullptr;
    int m_updates = 0;
    bool m_finished = false;
};
