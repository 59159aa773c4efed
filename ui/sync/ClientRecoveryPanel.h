#pragma once

#include <QFrame>

class ClientRecoveryMonitor;
class QDateTime;
struct ClientRecoveryTally;
struct SyncDevice;
class QGridLayout;
class QLabel;
class QPushButton;

// "Client recovery" on the Sync page, after Sync is re-enabled or resumed: how many devices
// reconnected, were reset, recovered their unsynced changes (and how many), discarded them
// (and how many were lost), wait in error, or have not come back; on the simulator, each
// device's outcome. It renders the monitor and hides itself when the monitor stops.
class ClientRecoveryPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientRecoveryPanel)

public:
    explicit ClientRecoveryPanel(ClientRecoveryMonitor *monitor, QWidget *parent = nullptr);

private:
    void render();
    void renderCounts(const ClientRecoveryTally &t, bool counted);
    void renderDevices();
    void renderNotes(const ClientRecoveryTally &t, bool fromLogs);
    static QString deviceLine(const SyncDevice &device, const QDateTime &since);
    QLabel *addTile(int column, const QString &caption, QLatin1String name, QLabel **detail);

    ClientRecoveryMonitor *m_monitor;
    QLabel *m_title;
    QLabel *m_subtitle;
    QGridLayout *m_tiles;
    QLabel *m_reconnected;
    QLabel *m_reset;
    QLabel *m_recovered;
    QLabel *m_recoveredDetail;
    QLabel *m_discarded;
    QLabel *m_discardedDetail;
    QLabel *m_stuck;
    QLabel *m_notBack;
    QLabel *m_devices;
    QLabel *m_note;
    QPushButton *m_hide;
    bool m_hidden = false;
};
