// sync-console-sim --tls without a certificate given: it makes its own on the first start,
// keeps it beside the state (the key readable by the owner only), reuses it on later starts,
// prints its SHA-256 fingerprint, and serves exactly that certificate.
#include "ProcessRun.h"
#include "TlsSimProcess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

class TestSimTls : public QObject
{
    Q_OBJECT

    static QStringList args(const QTemporaryDir &dir, const QStringList &more = {})
    {
        return QStringList {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls"),
                   QStringLiteral("--state"), dir.filePath(QStringLiteral("state.json"))}
        + more;
    }

    // The certificate the simulator at `url` presents, read without trusting it.
    static QSslCertificate served(const QUrl &url)
    {
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::QueryPeer);
        socket.connectToHostEncrypted(url.host(), quint16(url.port()));
        if (!socket.waitForEncrypted(10000))
            return QSslCertificate();
        return socket.peerCertificate();
    }

private slots:
    void firstStartMakesItLaterStartsReuseIt()
    {
        QTemporaryDir dir;
        const QString tlsDir = dir.filePath(QStringLiteral("state.json.tls"));
        QString first;
        {
            TlsSimProcess sim;
            QVERIFY2(sim.start(QStringLiteral(SIM_BINARY), args(dir)), qPrintable(sim.header));
            QCOMPARE(sim.baseUrl.scheme(), QStringLiteral("https"));
            QVERIFY2(sim.header.contains(QStringLiteral("made now")), qPrintable(sim.header));
            first = sim.fingerprint;
            QCOMPARE(first.size(), 32 * 3 - 1);
            const QSslCertificate cert = served(sim.baseUrl);
            QVERIFY(!cert.isNull());
            QCOMPARE(QString::fromLatin1(
                         cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper()),
                first);
            QVERIFY(cert.subjectAlternativeNames().values(QSsl::DnsEntry).contains(
                QStringLiteral("localhost")));
            QVERIFY(cert.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(
                QStringLiteral("127.0.0.1")));
        }
        const QString key = tlsDir + QStringLiteral("/key.pem");
        QVERIFY(QFileInfo::exists(tlsDir + QStringLiteral("/certificate.pem")));
        QVERIFY(QFileInfo::exists(key));
        QCOMPARE(QFileInfo(key).permissions()
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther
                    | QFile::ExeGroup | QFile::ExeOther),
            QFile::Permissions());
        QCOMPARE(QFileInfo(tlsDir).permissions() & (QFile::ReadOther | QFile::ExeOther),
            QFile::Permissions());

        TlsSimProcess again;
        QVERIFY2(again.start(QStringLiteral(SIM_BINARY), args(dir)), qPrintable(again.header));
        QVERIFY2(again.header.contains(QStringLiteral("reused")), qPrintable(again.header));
        QCOMPARE(again.fingerprint, first);
    }

    void namesGivenAreInTheCertificate()
    {
        QTemporaryDir dir;
        TlsSimProcess sim;
        QVERIFY(sim.start(QStringLiteral(SIM_BINARY),
            args(dir,
                {QStringLiteral("--tls-name"), QStringLiteral("trainer.example"),
                    QStringLiteral("--tls-name"), QStringLiteral("10.77.0.9")})));
        const QSslCertificate cert = served(sim.baseUrl);
        QVERIFY(cert.subjectAlternativeNames().values(QSsl::DnsEntry).contains(
            QStringLiteral("trainer.example")));
        QVERIFY(cert.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(
            QStringLiteral("10.77.0.9")));
    }

    void aBadNameOrAMissingTlsIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad name") << QStringList {QStringLiteral("--tls"),
            QStringLiteral("--tls-name"), QStringLiteral("a,b")} << QStringLiteral("--tls-name");
        QTest::newRow("no --tls")
            << QStringList {QStringLiteral("--tls-name"), QStringLiteral("x")}
            << QStringLiteral("need --tls");
        QTest::newRow("cert without key") << QStringList {QStringLiteral("--tls"),
            QStringLiteral("--tls-cert"), QStringLiteral("c.pem")} << QStringLiteral("together");
    }

    void aBadNameOrAMissingTlsIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessRun r = ProcessRun::of(QStringLiteral(SIM_BINARY), arguments,
            QProcessEnvironment::systemEnvironment(), 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSimTls)
#include "tst_simtls.moc"
