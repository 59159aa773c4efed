// OpenSSL's exit handler raced the network thread's last destructor: sync-consolectl ended in
// "double free or corruption" about once in a hundred runs across a network (tst_tlsnetns in
// CI). An https client now asks OpenSSL for no exit handler before Qt's TLS backend starts it
// (OpenSslExit). Seen from outside, in a child process: a handler of the child's own,
// registered before OpenSSL's and so run after it, asks OpenSSL whether it was cleaned up.
#include "AdminApiClient.h"
#include "ProcessRun.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSslSocket>
#include <QTest>
#include <cstdio>
#include <cstdlib>
#include <openssl/crypto.h>

namespace {

const char probeVariable[] = "SYNC_CONSOLE_OPENSSL_EXIT_PROBE";

// Runs at exit after OpenSSL's own handler, if OpenSSL registered one: once OpenSSL has been
// cleaned up, it cannot be initialised again.
void reportOpenSslAtExit()
{
    std::fputs(OPENSSL_init_crypto(0, nullptr) == 1 ? "kept\n" : "cleaned up\n", stdout);
    std::fflush(stdout);
}

// The child: `client` "https" makes an https client first, as the console and
// sync-consolectl do; "none" does not. Then Qt starts its TLS backend, as at a first https
// call, and the program ends.
int probe(int argc, char *argv[], const QByteArray &client)
{
    std::atexit(reportOpenSslAtExit);
    QCoreApplication app(argc, argv);
    QNetworkAccessManager network;
    if (client == "https")
        AdminApiClient(&network, QUrl(QStringLiteral("https://127.0.0.1:1/api/admin/v3.0")));
    if (!QSslSocket::supportsSsl()) {
        std::fputs("no TLS backend\n", stdout);
        return 1;
    }
    return 0;
}

QString runProbe(const char *client)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(probeVariable), QString::fromLatin1(client));
    const ProcessRun run = ProcessRun::of(QCoreApplication::applicationFilePath(), {}, env);
    return QString::number(run.exitCode) + QLatin1Char(' ') + run.out.trimmed();
}

} // namespace

class TestOpenSslExit : public QObject
{
    Q_OBJECT

private slots:
    void withoutAnHttpsClientOpenSslCleansUpAtExit()
    {
        // The probe can tell: Qt alone leaves OpenSSL its exit handler.
        QCOMPARE(runProbe("none"), QStringLiteral("0 cleaned up"));
    }

    void anHttpsClientLeavesOpenSslsMemoryToTheSystem()
    {
        QCOMPARE(runProbe("https"), QStringLiteral("0 kept"));
    }
};

int main(int argc, char *argv[])
{
    const QByteArray client = qgetenv(probeVariable);
    if (!client.isEmpty())
        return probe(argc, argv, client);
    QCoreApplication app(argc, argv);
    TestOpenSslExit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_opensslexit.moc"
