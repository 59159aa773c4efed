// sync-console-sim and the limit on open files: a room's connections need more than the usual
// soft limit of 1,024, so the program raises its soft limit to the hard one; where the hard
// limit is low, it serves fewer connections (closing idle ones) instead of running out of files,
// which would make Qt stop accepting connections for good.
// The simulator is started with a low limit (setrlimit in the child before exec); a hostile
// peer (127.0.0.2) opens 300 idle sockets, and another peer (127.0.0.3) must still be answered.
#include "RawClient.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <memory>
#include <sys/resource.h>
#include <vector>

class TestSimFiles : public QObject
{
    Q_OBJECT

    // Starts the simulator with the soft and hard limits on open files given; its port, or 0.
    static quint16 start(QProcess &p, rlim_t soft, rlim_t hard)
    {
        p.setChildProcessModifier([soft, hard] {
            const rlimit limit {soft, hard};
            setrlimit(RLIMIT_NOFILE, &limit);
        });
        p.start(QStringLiteral(SIM_BINARY), {QStringLiteral("--port"), QStringLiteral("0")});
        while (!p.canReadLine())
            if (!p.waitForReadyRead(20000))
                return 0;
        return quint16(QUrl(QString::fromUtf8(p.readLine()).trimmed()).port());
    }

    static void stop(QProcess &p)
    {
        p.terminate();
        if (!p.waitForFinished(10000))
            p.kill();
        p.waitForFinished();
    }

    // The limits on open files of a process: soft and hard, from /proc.
    static QPair<quint64, quint64> limitsOf(qint64 pid)
    {
        QFile file(QStringLiteral("/proc/%1/limits").arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : file.readAll().split('\n'))
            if (line.startsWith("Max open files")) {
                const QList<QByteArray> words = line.mid(14).simplified().split(' ');
                return {words.value(0).toULongLong(), words.value(1).toULongLong()};
            }
        return {};
    }

    // 300 idle sockets from 127.0.0.2, then 20 requests from 127.0.0.3, one after the other,
    // each on a connection of its own: true when every one is answered.
    static bool hostilePeerLocksNoOneOut(quint16 port)
    {
        std::vector<std::unique_ptr<RawClient>> hostile;
        for (int i = 0; i < 300; ++i)
            hostile.push_back(
                std::make_unique<RawClient>(port, QHostAddress(QStringLiteral("127.0.0.2"))));
        if (!QTest::qWaitFor([&] {
                for (const auto &c : hostile)
                    if (c->socket.state() == QAbstractSocket::ConnectingState
                        || c->socket.state() == QAbstractSocket::HostLookupState)
                        return false;
                return true;
            }))
            return false;
        for (int i = 0; i < 20; ++i) {
            RawClient seat(port, QHostAddress(QStringLiteral("127.0.0.3")));
            if (!seat.connected()) {
                qWarning("connection %d from 127.0.0.3 failed: %s", i,
                    qPrintable(seat.socket.errorString()));
                return false;
            }
            seat.send("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            if (!seat.read("}").startsWith("HTTP/1.1 404 ")) {
                qWarning("request %d from 127.0.0.3 not answered: %s", i,
                    seat.received.left(80).constData());
                return false;
            }
        }
        return true;
    }

private slots:
    void aLowSoftLimitIsRaisedToTheHardOne()
    {
        rlimit mine {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &mine), 0);
        if (mine.rlim_max < 1024)
            QSKIP("the hard limit on open files here is below 1,024");
        QProcess p;
        const quint16 port = start(p, 128, mine.rlim_max);
        QVERIFY(port != 0);
        const auto [soft, hard] = limitsOf(p.processId());
        QCOMPARE(hard, quint64(mine.rlim_max));
        QCOMPARE(soft, hard);
        QVERIFY(hostilePeerLocksNoOneOut(port));
        stop(p);
    }

    void atALowHardLimitIdleConnectionsAreClosedInTime()
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        const quint16 port = start(p, 100, 100);
        QVERIFY(port != 0);
        QVERIFY(hostilePeerLocksNoOneOut(port));
        stop(p);
        const QByteArray said = p.readAllStandardError();
        QVERIFY2(said.contains("may open only 100 files"), said.constData());
        QVERIFY2(said.contains("at most 36 connections"), said.constData());
    }
};

QTEST_GUILESS_MAIN(TestSimFiles)
#include "tst_simfiles.moc"
