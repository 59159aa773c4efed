#pragma once

#include "AppRef.h"
#include "AppSummary.h"
#include "ConnectionDialog.h"
#include "ConnectionProfile.h"
#include "ConsoleOptions.h"
#include "ProfileStore.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>
#include <utility>

class ActivityLog;
class ConsoleSession;
class QSettings;
class QWidget;
class SecretStore;

// The profile and connection part of the console: from the command line, a saved profile, the
// MONGODB_ATLAS_* keys or the keychain to a signed-in session with the profile's activity log,
// and the connection dialog (with its Test) when it is asked for. A new connection replaces the
// current one only once it works; the private key stays in memory and, when the user asks,
// in the keychain, never in the settings.
class ConnectionFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionFlow)

public:
    ConnectionFlow(const ConsoleOptions &options, QSettings *settings, SecretStore *secrets,
        QObject *parent = nullptr);
    ~ConnectionFlow() override;

    // Connects where the command line or the last run says, asking for a key if it must.
    void start();
    void connectTo(const ConnectionProfile &profile, const QString &privateKey, bool saveKey);
    // The built-in simulator again, with another scenario (and its own apps).
    void switchScenario(const QString &name);
    // Opens the connection dialog over `parent`, `message` in its result line.
    void showDialog(QWidget *parent, const QString &message = QString());
    // The app opened: remembered for the profile, and a first start offers the dialog once.
    void appOpened(const QString &appId, QWidget *window);

    ConsoleSession *session() const { return m_session.get(); }
    ActivityLog *activity() const { return m_log.get(); }
    const ConnectionProfile &profile() const { return m_profile; }
    ConnectionDialog *dialog() const { return m_dialog; }
    // Scripted runs (--autoplay, --capture-docs, --exit-when-done) ask nothing: they fail.
    bool scripted() const;

signals:
    // The current session is about to be replaced: drop everything that talks to it.
    void replacing();
    // The new session is the current one; it is at `app`, or the user must choose one.
    void ready(const AppRef &app);
    void appChoiceNeeded(const QString &groupId, const QList<AppSummary> &apps);
    // A scripted run could not connect.
    void failed(const QString &message);
    // Something the user should read in the next window's banner (the activity log's file
    // could not be read, say).
    void notice(const QString &message);
    // Something the user should read now (the keychain refused the key).
    void problem(const QString &message);

private:
    void adopt(ConsoleSession *session, const ConnectionProfile &profile, const QString &key,
        bool saveKey);
    void refuse(const QString &message);
    void saveProfile(const ConnectionProfile &profile, const QString &key, bool saveKey);
    void test(ConnectionDialog *dialog, const ConnectionProfile &profile, const QString &key);
    QString activityPath(const QString &profileId) const;

    ConsoleOptions m_options;
    QSettings *m_settings;
    SecretStore *m_secrets;
    ProfileStore m_profiles;
    ConnectionProfile m_profile;
    QString m_privateKey; // in memory for this run only, never written
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ActivityLog> m_log;
    std::unique_ptr<ConsoleSession> m_pendingSession;
    std::unique_ptr<ActivityLog> m_pendingLog;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<QWidget> m_window; // the dialog's parent
    // The certificate the pending session was refused for: its fingerprint, and whether it
    // replaced a pinned one; the dialog asks about it with the refusal.
    std::optional<std::pair<QString, bool>> m_refusedCertificate;
    // The connection being tried and its key, in memory only: if it fails, the dialog offers
    // that server again (the command line's is in no saved profile).
    std::optional<std::pair<ConnectionProfile, QString>> m_attempt;
    bool m_offerDialog = false; // a first start: offer to connect elsewhere once the app opens
};
