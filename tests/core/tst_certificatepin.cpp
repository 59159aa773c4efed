// Trust on first use: the client refuses a certificate this computer does not trust and says
// its fingerprint; with that fingerprint pinned it accepts exactly that certificate; with
// another pinned it refuses it as changed. The private key never reaches a refused server.
#include "AdminApiClient.h"
#include "CertificatePin.h"
#include "RunToResult.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDefaults.h"
#include "SimServer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

class TestCertificatePin : public QObject
{
    Q_OBJECT

    struct TlsSim
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

    static ApiResult<AuthTokens> login(AdminApiClient &client)
    {
        return runToResult<AuthTokens>(
            [&](QObject *c, auto done) {
                client.login(SimDefaults::publicKey(), SimDefaults::privateKey(), c, done);
            },
            20000);
    }

    // A fingerprint no certificate here has.
    static QString otherPin() { return QStringLiteral("AB:").repeated(31) + QStringLiteral("AB"); }

private slots:
    void fingerprintsAreReadInAnySpelling()
    {
        const QString pin = QStringLiteral("AB:").repeated(31) + QStringLiteral("CD");
        QCOMPARE(CertificatePin::normalize(pin), pin);
        QCOMPARE(CertificatePin::normalize(pin.toLower()), pin);
        QCOMPARE(CertificatePin::normalize(QString(pin).remove(QLatin1Char(':'))), pin);
        QCOMPARE(CertificatePin::normalize(QStringLiteral("SHA256:") + pin), pin);
        QCOMPARE(CertificatePin::normalize(pin.left(20)), QString());
        QCOMPARE(CertificatePin::normalize(QStringLiteral("zz") + pin.mid(2)), QString());
    }

    void anUntrustedCertificateIsRefusedWithItsFingerprint()
    {
        TlsSim sim;
        QVERIFY(sim.start());
        QCOMPARE(sim.server.baseUrl().scheme(), QStringLiteral("https"));
        QNetworkAccessManager network;
        AdminApiClient client(&network, sim.server.baseUrl());
        const ApiResult<AuthTokens> r = login(client);
        QCOMPARE(r.error.kind, ApiError::Kind::CertificateUntrusted);
        const QString fingerprint = CertificatePin::fingerprint(sim.certificate);
        QCOMPARE(r.error.detail, fingerprint);
        QVERIFY2(r.error.message().contains(fingerprint), qPrintable(r.error.message()));
        QCOMPARE(sim.backend.sessions().refreshTokensForTests().size(), 0);
    }

    void thePinnedCertificateIsAcceptedAndOnlyIt()
    {
        TlsSim sim;
        QVERIFY(sim.start());
        QNetworkAccessManager network;
        AdminApiClient client(&network, sim.server.baseUrl());
        // Pinned in another spelling than the one printed: it is the same certificate.
        client.setPinnedCertificate(
            CertificatePin::fingerprint(sim.certificate).remove(QLatin1Char(':')).toLower());
        const ApiResult<AuthTokens> r = login(client);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        // Later calls on the same client go through too.
        const auto apps = runToResult<QList<AppSummary>>([&](QObject *c, auto done) {
            client.listApps(sim.backend.groupId(), c, done);
        });
        QVERIFY2(apps.ok(), qPrintable(apps.error.message()));
    }

    void aChangedCertificateIsRefused()
    {
        TlsSim sim;
        QVERIFY(sim.start());
        QNetworkAccessManager network;
        AdminApiClient client(&network, sim.server.baseUrl());
        client.setPinnedCertificate(otherPin());
        const ApiResult<AuthTokens> r = login(client);
        QCOMPARE(r.error.kind, ApiError::Kind::CertificateChanged);
        QCOMPARE(r.error.detail, CertificatePin::fingerprint(sim.certificate));
        QVERIFY2(r.error.message().contains(otherPin())
                && r.error.message().contains(QStringLiteral("forget")),
            qPrintable(r.error.message()));
        QCOMPARE(sim.backend.sessions().refreshTokensForTests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCertificatePin)
#include "tst_certificatepin.moc"
