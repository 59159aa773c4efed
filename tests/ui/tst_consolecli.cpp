// sync-console as scripts and trainers run it: autoplay to the end, the five figures, errors.
#include "ProcessRun.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestConsoleCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    ProcessRun run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path()); // snapshots stay in the test
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path()); // and so do settings
        env.remove(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"));
        env.remove(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"));
        return ProcessRun::of(QStringLiteral(CONSOLE_BINARY), args, env);
    }

private slots:
    void autoplayTerminatesAndExits()
    {
        const ProcessRun r = run({QStringLiteral("--autoplay"), QStringLiteral("terminate"),
            QStringLiteral("--autoplay-delay"), QStringLiteral("0"),
            QStringLiteral("--exit-when-done")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void autoplayPausesOnPartitionSync()
    {
        const ProcessRun r = run({QStringLiteral("--scenario"), QStringLiteral("partition"),
            QStringLiteral("--autoplay"), QStringLiteral("pause"),
            QStringLiteral("--autoplay-delay"), QStringLiteral("0"),
            QStringLiteral("--exit-when-done")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void aRefusedResumeExitsWithTheReason()
    {
        const ProcessRun r = run({QStringLiteral("--scenario"), QStringLiteral("oplog-rollover"),
            QStringLiteral("--autoplay"), QStringLiteral("resume"),
            QStringLiteral("--autoplay-delay"), QStringLiteral("0"),
            QStringLiteral("--exit-when-done")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("SyncResumeOplogRolledOver")), qPrintable(r.err));
    }

    void captureDocsWritesTheFiveFigures()
    {
        QTemporaryDir dir;
        const ProcessRun r = run({QStringLiteral("--capture-docs"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *name : {"click-terminate-sync-button.png", "terminate-sync-model.png",
                 "terminating-sync-review-and-deploy.png", "terminating-sync-deploy-button.png",
                 "terminating-sync-deployment-successful.png"}) {
            const QImage image(dir.filePath(QString::fromLatin1(name)));
            QVERIFY2(!image.isNull(), name);
            QVERIFY(image.width() >= 2000); // the reference pictures' scale
            QVERIFY(r.out.contains(QString::fromLatin1(name)));
        }
    }

    void badFlagsSayWhy_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("procedure")
            << QStringList {QStringLiteral("--autoplay"), QStringLiteral("dance")}
            << QStringLiteral("terminate, pause, resume, enable");
        QTest::newRow("delay") << QStringList {QStringLiteral("--autoplay-delay"),
            QStringLiteral("-1")}
                               << QStringLiteral("--autoplay-delay");
        QTest::newRow("scenario") << QStringList {QStringLiteral("--scenario"),
            QStringLiteral("mars")}
                                  << QStringLiteral("unknown scenario");
        QTest::newRow("url") << QStringList {QStringLiteral("--base-url"),
            QStringLiteral("ftp://x")}
                             << QStringLiteral("--base-url");
        QTest::newRow("empty url") << QStringList {QStringLiteral("--base-url"), QString()}
                                   << QStringLiteral("--base-url");
        QTest::newRow("url without host")
            << QStringList {QStringLiteral("--base-url=https://")} << QStringLiteral("--base-url");
        QTest::newRow("unknown") << QStringList {QStringLiteral("--frobnicate")}
                                 << QStringLiteral("frobnicate");
    }

    void badFlagsSayWhy()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const ProcessRun r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void aRealServiceNeedsTheKeyVariables()
    {
        const ProcessRun r = run({QStringLiteral("--base-url"),
            QStringLiteral("https://services.cloud.mongodb.com/api/admin/v3.0"),
            QStringLiteral("--exit-when-done")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestConsoleCli)
#include "tst_consolecli.moc"
