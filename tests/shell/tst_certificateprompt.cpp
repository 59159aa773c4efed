// Trust on first use in the console: a profile on an https server this computer does not
// trust is refused, and the connection dialog shows the certificate's fingerprint and asks;
// trusting it connects and pins it for that profile in the settings; a changed certificate is
// refused with a way to forget the old one, deliberately. With SHOTS_DIR set, the dialog is
// drawn to PNG in English, German and Japanese.
#include "ApiError.h"
#include "CertificatePin.h"
#include "CertificateTrustPanel.h"
#include "ConnectionDialog.h"
#include "ConsoleApp.h"
#include "MemorySecretStore.h"
#include "ObjectNames.h"
#include "ProfileStore.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDefaults.h"
#include "SimServer.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

class TestCertificatePrompt : public QObject
{
    Q_OBJECT

    static ConnectionProfile room(const QString &pin = QString())
    {
        ConnectionProfile p;
        p.id = p.name = QStringLiteral("Training room");
        p.kind = ConnectionProfile::Kind::AppServices;
        p.baseUrl = QStringLiteral("https://10.77.0.1:8443/api/admin/v3.0");
        p.publicKey = QStringLiteral("seat-07");
        p.pinnedCertificate = pin;
        return p;
    }

    static QString presented()
    {
        return QStringLiteral("3F:A1:").repeated(15) + QStringLiteral("9C:04");
    }

    static QString shown(const QWidget *dialog)
    {
        return dialog->findChild<QLabel *>(ObjectName::certificateFingerprint)
            ->text()
            .replace(QLatin1Char('\n'), QLatin1Char(':'));
    }

    // The default scenario served over TLS with the test's self-signed certificate, which this
    // computer does not trust.
    struct TlsSimulator
    {
        SimBackend backend;
        SimServer server {&backend};
        QSslCertificate certificate;

        bool start()
        {
            backend.sessions().setApiKey(SimDefaults::publicKey(), SimDefaults::privateKey());
            Scenarios::load(Scenarios::defaultName(), backend);
            QFile certFile(QStringLiteral(TEST_DATA "/selfsigned-test.crt"));
            QFile keyFile(QStringLiteral(TEST_DATA "/selfsigned-test.key"));
            if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
                return false;
            certificate = QSslCertificate(certFile.readAll());
            server.sslSetup(certificate, QSslKey(keyFile.readAll(), QSsl::Rsa));
            return server.start(QHostAddress::LocalHost, 0);
        }
    };

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void trustingTheFingerprintConnectsAndPinsIt()
    {
        TlsSimulator tls;
        QVERIFY(tls.start());
        SimBackend &backend = tls.backend;
        SimServer &server = tls.server;
        const QSslCertificate &certificate = tls.certificate;
        const QString fingerprint = CertificatePin::fingerprint(certificate);

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("sync-console.ini")), QSettings::IniFormat);
        MemorySecretStore keychain;
        ConsoleOptions options;
        options.scenario = QStringLiteral("flexible");
        ConsoleApp console(options, &settings, &keychain);
        console.start(); // first start: the connection dialog is offered
        QTRY_VERIFY_WITH_TIMEOUT(console.connectionDialog(), 10000);
        ConnectionDialog *dialog = console.connectionDialog();
        dialog->findChild<QLineEdit *>(ObjectName::profileName)
            ->setText(QStringLiteral("Training room"));
        dialog->findChild<QRadioButton *>(ObjectName::appServicesChoice)->setChecked(true);
        dialog->findChild<QLineEdit *>(ObjectName::baseUrl)->setText(server.baseUrl().toString());
        dialog->findChild<QLineEdit *>(ObjectName::publicKey)->setText(SimDefaults::publicKey());
        dialog->findChild<QLineEdit *>(ObjectName::privateKey)->setText(SimDefaults::privateKey());
        auto *panel = dialog->findChild<CertificateTrustPanel *>(ObjectName::certificateTrustPanel);
        QVERIFY(panel->isHidden());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectName::connectButton), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
        QCOMPARE(panel->mode(), CertificateTrustPanel::Mode::Untrusted);
        QCOMPARE(shown(dialog), fingerprint);
        QVERIFY(dialog->findChild<QLabel *>(ObjectName::connectionResult)->text().contains(fingerprint));
        QCOMPARE(backend.sessions().refreshTokensForTests().size(), 0); // the key never went
        QVERIFY(!ProfileStore(&settings).profile(QStringLiteral("Training room")));

        QTest::mouseClick(
            dialog->findChild<QPushButton *>(ObjectName::trustCertificateButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(ProfileStore(&settings).profile(QStringLiteral("Training room")),
            10000);
        QCOMPARE(ProfileStore(&settings).profile(QStringLiteral("Training room"))->pinnedCertificate,
            fingerprint);
        QCOMPARE(backend.sessions().refreshTokensForTests().size(), 1);
    }

    // Started with --base-url and the keys in the environment (as the trainers' guide says),
    // the refused server is what the dialog offers: Trust connects to it. (It offered the
    // built-in simulator, and Trust opened the flexible scenario instead.)
    void theCommandLinesServerIsTheOneTrusted()
    {
        TlsSimulator tls;
        QVERIFY(tls.start());
        SimBackend &backend = tls.backend;
        SimServer &server = tls.server;

        qputenv("MONGODB_ATLAS_PUBLIC_API_KEY", SimDefaults::publicKey().toUtf8());
        qputenv("MONGODB_ATLAS_PRIVATE_API_KEY", SimDefaults::privateKey().toUtf8());
        const auto unset = qScopeGuard([] {
            qunsetenv("MONGODB_ATLAS_PUBLIC_API_KEY");
            qunsetenv("MONGODB_ATLAS_PRIVATE_API_KEY");
        });
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("sync-console.ini")), QSettings::IniFormat);
        MemorySecretStore keychain;
        ConsoleOptions options;
        options.baseUrl = server.baseUrl().toString();
        ConsoleApp console(options, &settings, &keychain);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.connectionDialog(), 10000);
        ConnectionDialog *dialog = console.connectionDialog();
        auto *panel = dialog->findChild<CertificateTrustPanel *>(ObjectName::certificateTrustPanel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
        QCOMPARE(panel->mode(), CertificateTrustPanel::Mode::Untrusted);
        QVERIFY(dialog->findChild<QRadioButton *>(ObjectName::appServicesChoice)->isChecked());
        QCOMPARE(dialog->findChild<QLineEdit *>(ObjectName::baseUrl)->text(),
            server.baseUrl().toString());
        QCOMPARE(dialog->profile().publicKey, SimDefaults::publicKey());
        QCOMPARE(backend.sessions().refreshTokensForTests().size(), 0);

        QTest::mouseClick(
            dialog->findChild<QPushButton *>(ObjectName::trustCertificateButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(backend.sessions().refreshTokensForTests().size(), 1, 10000);
    }

    void aChangedCertificateIsForgottenOnlyWhenAsked()
    {
        const QString old = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
        ConnectionDialog dialog({room(old)}, Scenarios::names(), QStringLiteral("Training room"));
        auto *panel = dialog.findChild<CertificateTrustPanel *>(ObjectName::certificateTrustPanel);
        dialog.show();
        QCOMPARE(panel->mode(), CertificateTrustPanel::Mode::Pinned);
        QCOMPARE(shown(&dialog), old);
        QCOMPARE(dialog.profile().pinnedCertificate, old);

        dialog.askToTrust(presented(), true);
        QCOMPARE(panel->mode(), CertificateTrustPanel::Mode::Changed);
        QCOMPARE(shown(&dialog), presented());
        QVERIFY(dialog.findChild<QPushButton *>(ObjectName::trustCertificateButton)->isHidden());
        QCOMPARE(dialog.profile().pinnedCertificate, old); // nothing trusted by itself

        QSignalSpy again(&dialog, &ConnectionDialog::connectRequested);
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(ObjectName::forgetCertificateButton), Qt::LeftButton);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().first().value<ConnectionProfile>().pinnedCertificate, QString());
    }

    void drawnInEveryLanguage()
    {
        const QString shots = qEnvironmentVariable("SHOTS_DIR");
        if (shots.isEmpty())
            QSKIP("set SHOTS_DIR to draw the dialog");
        QVERIFY(QDir().mkpath(shots));
        for (const QString &language :
            {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}) {
            Translations::install(language);
            for (const bool changed : {false, true}) {
                ConnectionDialog dialog({room(changed ? presented() : QString())},
                    Scenarios::names(), QStringLiteral("Training room"));
                dialog.show();
                const QString now = changed
                    ? QStringLiteral("5D:").repeated(31) + QStringLiteral("07")
                    : presented();
                // What the console says above the panel, as ConsoleSession words it.
                dialog.showResult(
                    ApiError::certificate(now, changed ? presented() : QString()).message(), false);
                dialog.askToTrust(now, changed);
                QCoreApplication::processEvents(); // the dialog grows for the panel, as on screen
                QCoreApplication::processEvents();
                const QString name = QStringLiteral("%1/certificate-%2-%3.png")
                                         .arg(shots, changed ? QStringLiteral("changed")
                                                             : QStringLiteral("untrusted"),
                                             language);
                QVERIFY(dialog.grab().save(name));
            }
        }
    }
};

Q_DECLARE_METATYPE(ConnectionProfile)
QTEST_MAIN(TestCertificatePrompt)
#include "tst_certificateprompt.moc"
