// A class across a network, for real: two network namespaces joined by a veth pair
// (10.77.0.1 and 10.77.0.2), sync-console-sim --tls on one, the console's command line
// (sync-consolectl, the core's client) on the other. The first connection is refused with the
// certificate's fingerprint, which is the one the simulator printed (the trainee compares it);
// with that fingerprint pinned the next one works; once the simulator's certificate is
// replaced, the pinned client refuses it as changed. Needs root (or user namespaces with
// CAP_NET_ADMIN), unshare, nsenter and ip: skipped where they are not allowed.
//
// Clean-up: both namespaces are anonymous and held by child processes that die with this test
// (their stdin closes, and every child gets SIGTERM when the test dies); the veth pair lives
// only inside them, so nothing is left behind, even after a crash.
#include "ProcessRun.h"
#include "TlsSimProcess.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace {

// The child dies with the test.
void dieWithParent(QProcess &p)
{
    p.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

// A process that holds a new, empty network namespace until its stdin closes.
struct Namespace
{
    QProcess holder;

    bool start()
    {
        dieWithParent(holder);
        holder.start(QStringLiteral("unshare"),
            {QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("echo ready; exec cat")});
        while (!holder.canReadLine())
            if (!holder.waitForReadyRead(10000))
                return false;
        return holder.readLine().trimmed() == "ready";
    }

    QString pid() const { return QString::number(holder.processId()); }

    // `script` run by sh inside the namespace.
    ProcessRun run(const QString &script) const
    {
        return ProcessRun::of(QStringLiteral("nsenter"),
            {QStringLiteral("-t"), pid(), QStringLiteral("-n"), QStringLiteral("sh"),
                QStringLiteral("-c"), script},
            QProcessEnvironment::systemEnvironment(), 10000);
    }

    ~Namespace()
    {
        holder.closeWriteChannel(); // cat ends, and the namespace with it
        if (!holder.waitForFinished(5000))
            holder.kill();
        holder.waitForFinished();
    }
};

const QString publicKey = QStringLiteral("classroom");
const QString privateKey = QStringLiteral("2b7e1516-28ae-4d2a-a6ab-f7158809cf4f");

} // namespace

class TestTlsNetns : public QObject
{
    Q_OBJECT

    Namespace m_trainer; // the simulator's machine, 10.77.0.1
    Namespace m_trainee; // a trainee's machine, 10.77.0.2
    QTemporaryDir m_home; // the trainee's settings, and the simulator's state

    // sync-consolectl status on the trainee's side; `pin`: --pin, if any.
    ProcessRun ctl(const QUrl &baseUrl, const QString &pin = QString()) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"), publicKey);
        env.insert(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"), privateKey);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        QStringList args {QStringLiteral("-t"), m_trainee.pid(), QStringLiteral("-n"),
            QStringLiteral(CTL_BINARY), QStringLiteral("status"), QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("--timeout"), QStringLiteral("20s"),
            QStringLiteral("--base-url"), baseUrl.toString()};
        if (!pin.isEmpty())
            args << QStringLiteral("--pin") << pin;
        return ProcessRun::of(QStringLiteral("nsenter"), args, env, 30000);
    }

    bool startSim(TlsSimProcess &sim) const
    {
        dieWithParent(sim.process);
        return sim.start(QStringLiteral("nsenter"),
            {QStringLiteral("-t"), m_trainer.pid(), QStringLiteral("-n"),
                QStringLiteral(SIM_BINARY), QStringLiteral("--tls"), QStringLiteral("--listen"),
                QStringLiteral("10.77.0.1"), QStringLiteral("--port"), QStringLiteral("8443"),
                QStringLiteral("--api-key"), publicKey + QLatin1Char(':') + privateKey,
                QStringLiteral("--state"), m_home.filePath(QStringLiteral("class.json"))});
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("nsenter")).isEmpty()
            || (QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty()
                && QStandardPaths::findExecutable(
                    QStringLiteral("ip"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                       .isEmpty()))
            QSKIP("unshare, nsenter or ip (iproute2) is not installed");
        if (ProcessRun::of(QStringLiteral("unshare"), {QStringLiteral("-n"), QStringLiteral("true")})
                .exitCode
            != 0)
            QSKIP("this user may not make network namespaces (unshare -n): run as root");
        QVERIFY(m_trainer.start());
        QVERIFY(m_trainee.start());
        const QString path = QStringLiteral("PATH=$PATH:/usr/sbin:/sbin; ");
        const ProcessRun link = m_trainer.run(path
            + QStringLiteral("ip link set lo up && ip link add sc21a type veth peer name sc21b "
                             "netns %1 && ip addr add 10.77.0.1/24 dev sc21a && "
                             "ip link set sc21a up")
                  .arg(m_trainee.pid()));
        if (link.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("ip may not make a veth pair here: ") + link.err));
        const ProcessRun other = m_trainee.run(path
            + QStringLiteral("ip link set lo up && ip addr add 10.77.0.2/24 dev sc21b && "
                             "ip link set sc21b up"));
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
    }

    void trustOnFirstUseAcrossTheNetwork()
    {
        QUrl url;
        QString printed;
        {
            TlsSimProcess sim;
            QVERIFY2(startSim(sim),
                qPrintable(sim.header + QString::fromUtf8(sim.process.readAllStandardError())));
            QVERIFY2(sim.header.contains(QStringLiteral("10.77.0.1")), qPrintable(sim.header));
            url = sim.baseUrl;
            url.setHost(QStringLiteral("10.77.0.1"));
            printed = sim.fingerprint;

            // First contact: refused, with the fingerprint to compare.
            const ProcessRun first = ctl(url);
            QVERIFY2(first.exitCode == 3, qPrintable(first.err));
            QVERIFY2(first.err.contains(printed), qPrintable(first.err));
            QVERIFY2(first.err.contains(QStringLiteral("does not trust")), qPrintable(first.err));

            // The trainee compared it and trusts it: pinned, it works.
            const QString pin = QRegularExpression(QStringLiteral("([0-9A-F]{2}:){31}[0-9A-F]{2}"))
                                    .match(first.err)
                                    .captured(0);
            QCOMPARE(pin, printed);
            const ProcessRun pinned = ctl(url, pin);
            QVERIFY2(pinned.exitCode == 0, qPrintable(pinned.err + pinned.out));
            QVERIFY2(pinned.out.contains(QStringLiteral("TaskTracker")), qPrintable(pinned.out));
        }

        // The simulator's certificate replaced: a new one on the next start.
        QVERIFY(QDir(m_home.filePath(QStringLiteral("class.json.tls"))).removeRecursively());
        TlsSimProcess replaced;
        QVERIFY2(startSim(replaced), qPrintable(replaced.header));
        QVERIFY(replaced.fingerprint != printed);
        const ProcessRun refused = ctl(url, printed);
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("not the one you trusted")),
            qPrintable(refused.err));
        QVERIFY2(refused.err.contains(replaced.fingerprint), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestTlsNetns)
#include "tst_tlsnetns.moc"
