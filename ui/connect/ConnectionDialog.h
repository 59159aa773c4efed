#pragma once

#include "ConnectionProfile.h"
#include "ConsoleDialog.h"
#include "ScenarioChoice.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;
class CertificateTrustPanel;

// Where the console connects: the built-in simulator (with a scenario) or an App Services
// Admin API (base URL, public and private API key, project). Saved profiles can be picked;
// Test connection signs in and lists the apps. It only asks: the caller connects.
class ConnectionDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    ConnectionDialog(const QList<ConnectionProfile> &profiles, const QStringList &scenarios,
        const QString &currentProfileId, QWidget *parent = nullptr);

    ConnectionProfile profile() const;
    QString privateKey() const;
    bool saveKey() const;
    // What the connection test found, or why the connection failed.
    void showResult(const QString &text, bool ok);
    // Where no keychain is available the key cannot be saved: say so by the checkbox.
    void setKeychainNote(const QString &note);
    // Shows the scenarios by title, with their description under the picker and as tooltip.
    void describeScenarios(const ScenarioChoices &scenarios);
    // Shows `scenario` in the Scenario box: the one the simulator runs now.
    void setScenario(const QString &scenario);
    // The server's certificate was refused: this computer does not trust it (`changed`
    // false: the user may compare `fingerprint` and trust it, which connects again with it
    // pinned), or it is not the one pinned (the user may forget the pin, which connects
    // again without it).
    void askToTrust(const QString &fingerprint, bool changed);
    // Shows a connection that is not saved (the command line's --base-url and keys) as a new
    // App Services connection, so Connect, Test and Trust try that server again.
    void fillIn(const ConnectionProfile &profile, const QString &privateKey);

signals:
    void testRequested(const ConnectionProfile &profile, const QString &privateKey);
    void connectRequested(
        const ConnectionProfile &profile, const QString &privateKey, bool saveKey);

private:
    void pick(int index);
    void refreshState();
    void showPin();
    void fitHeight();

    QList<ConnectionProfile> m_profiles;
    QComboBox *m_saved;
    QLineEdit *m_name;
    QRadioButton *m_simulator;
    QRadioButton *m_service;
    QComboBox *m_scenario;
    QLabel *m_scenarioAbout;
    QWidget *m_serviceFields;
    QLineEdit *m_baseUrl;
    QLineEdit *m_publicKey;
    QLineEdit *m_privateKey;
    QLineEdit *m_group;
    QCheckBox *m_saveKey;
    QLabel *m_problem;
    QLabel *m_result;
    CertificateTrustPanel *m_certificate;
    QString m_pin; // the profile's pinned certificate, as the dialog will save it
    QPushButton *m_test;
    QPushButton *m_connect;
};
