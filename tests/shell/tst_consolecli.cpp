// sync-console as scripts and trainers run it: autoplay to the end, the figures, errors.
#include "ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>

class TestConsoleCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // As over ssh or in a container: no display, no platform chosen.
    ProcessRun runWithoutDisplay(const QStringList &args) { return run(args, false); }

    ProcessRun run(const QStringList &args, bool offscreen = true,
        const QProcessEnvironment &extra = QProcessEnvironment())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : extra.keys())
            env.insert(name, extra.value(name));
        if (offscreen) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        } else {
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path()); // snapshots stay in the test
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path()); // and so do settings
        env.remove(QStringLiteral("MONGODB_ATLAS_PUBLIC_API_KEY"));
        env.remove(QStringLiteral("MONGODB_ATLAS_PRIVATE_API_KEY"));
        return ProcessRun::of(QStringLiteral(CONSOLE_BINARY), args, env);
    }

private slots:
    void theCommandLineNeedsNoDisplay()
    {
        const ProcessRun help = runWithoutDisplay({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--scenario", "--base-url", "--group", "--app", "--autoplay",
                 "--autoplay-delay", "--exit-when-done", "--capture-docs", "--type-to-confirm",
                 "--list-scenarios", "--version", "--help"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: ")));
        QVERIFY(!help.err.contains(QStringLiteral("platform plugin")));

        const ProcessRun version = runWithoutDisplay({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("sync-console " PROJECT_VERSION_STRING));

        const ProcessRun scenarios = runWithoutDisplay({QStringLiteral("--list-scenarios")});
        QCOMPARE(scenarios.exitCode, 0);
        QVERIFY(scenarios.out.startsWith(QStringLiteral("flexible\t")));
        QVERIFY(scenarios.out.contains(QStringLiteral("\npartition\t")));
        // name<TAB>description, one a line: the healthy apps, eight reasons and five drills.
        const QStringList lines = scenarios.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 15);
        for (const QString &line : lines)
            QVERIFY2(line.count(QLatin1Char('\t')) == 1 && !line.endsWith(QLatin1Char('\t')),
                qPrintable(line));
        QVERIFY(scenarios.out.contains(QStringLiteral("\noplog-rollover\t")));
        QVERIFY(scenarios.out.contains(QStringLiteral("\ndrill-concurrent-deploy\t")));

        const ProcessRun bad
            = runWithoutDisplay({QStringLiteral("--autoplay"), QStringLiteral("dance")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--autoplay")), qPrintable(bad.err));
    }

    void withoutADisplayItSaysHowToRunIt()
    {
        const ProcessRun r = runWithoutDisplay({});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("xvfb-run"))
                && r.err.contains(QStringLiteral("QT_QPA_PLATFORM=offscreen")),
            qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("Aborted")));
    }

    void qtsOwnPlatformOptionIsHonoured()
    {
        const ProcessRun r = runWithoutDisplay(
            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--scenario"),
                QStringLiteral("partition"), QStringLiteral("--autoplay"), QStringLiteral("pause"),
                QStringLiteral("--autoplay-delay"), QStringLiteral("0"),
                QStringLiteral("--exit-when-done")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void aDamagedSettingsFileIsSetAsideAndSaid()
    {
        QDir(m_home.path()).mkpath(QStringLiteral("SyncConsole"));
        const QString path = m_home.filePath(QStringLiteral("SyncConsole/sync-console.conf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[profiles\nkind=1\n\x00\xff\xfe broken\n");
        }
        const ProcessRun r = run({QStringLiteral("--scenario"), QStringLiteral("partition"),
            QStringLiteral("--autoplay"), QStringLiteral("pause"),
            QStringLiteral("--autoplay-delay"), QStringLiteral("0"),
            QStringLiteral("--exit-when-done")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // not a crash, not a stop
        QVERIFY2(r.err.contains(QStringLiteral("set aside")), qPrintable(r.err));
        const QStringList aside = QDir(m_home.filePath(QStringLiteral("SyncConsole")))
                                      .entryList({QStringLiteral("sync-console.conf.damaged-*")});
        QCOMPARE(aside.size(), 1); // kept, not lost
    }

    // bench_startup's second figure: with SYNC_CONSOLE_PAINTED_MARK, --exit-when-done prints
    // the CLOCK_MONOTONIC time its window stood painted with the first load, within the run;
    // without it, nothing.
    void thePaintedMarkIsPrintedWhenAsked()
    {
        const auto now = [] {
            timespec t {};
            clock_gettime(CLOCK_MONOTONIC, &t);
            return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
        };
        const QStringList args {QStringLiteral("--exit-when-done")};
        const ProcessRun plain = run(args);
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY2(!plain.out.contains(QStringLiteral("painted")), qPrintable(plain.out));
        QProcessEnvironment mark;
        mark.insert(QStringLiteral("SYNC_CONSOLE_PAINTED_MARK"), QStringLiteral("1"));
        const qint64 before = now();
        const ProcessRun marked = run(args, true, mark);
        const qint64 after = now();
        QVERIFY2(marked.exitCode == 0, qPrintable(marked.err));
        const QStringList lines = marked.out.split(u'\n', Qt::SkipEmptyParts)
                                      .filter(QRegularExpression(QStringLiteral("^painted \\d+$")));
        QCOMPARE(lines.size(), 1);
        const qint64 painted = lines.first().mid(8).toLongLong();
        QVERIFY(painted > before && painted < after);
    }

    void autoplayTerminatesAndExits()
    {
        const ProcessRun r = run({QStringLiteral("--autoplay"), QStringLiteral("terminate"),
            QStringLiteral("--autoplay-delay"), QStringLiteral("0"),
            QStringLiteral("--exit-when-done")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void autoplayTerminatesInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("helpLine"); // a line of --help in that language
        QTest::newRow("German") << QStringLiteral("de")
                                << QStringLiteral("Das Szenario des integrierten Simulators.");
        QTest::newRow("Japanese") << QStringLiteral("ja")
                                  << QStringLiteral("内蔵シミュレーターのシナリオ。");
    }

    void autoplayTerminatesInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, helpLine);
        const ProcessRun r = run({QStringLiteral("--lang"), language, QStringLiteral("--autoplay"),
            QStringLiteral("terminate"), QStringLiteral("--autoplay-delay"), QStringLiteral("0"),
            QStringLiteral("--exit-when-done")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ProcessRun help
            = runWithoutDisplay({QStringLiteral("--lang"), language, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(helpLine), qPrintable(help.out));
    }

    void anUnknownLanguageIsRefusedWithTheKnownOnes()
    {
        const ProcessRun r = runWithoutDisplay({QStringLiteral("--lang"), QStringLiteral("xx")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown language \u201cxx\u201d"))
                && r.err.contains(QStringLiteral("de, en, ja")),
            qPrintable(r.err));
    }

    void theLanguageChosenInSettingsIsUsedUnlessLangSaysOtherwise()
    {
        QDir(m_home.path()).mkpath(QStringLiteral("SyncConsole"));
        const QString path = m_home.filePath(QStringLiteral("SyncConsole/sync-console.conf"));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("preferences/language"), QStringLiteral("ja"));
        }
        const ProcessRun saved = runWithoutDisplay({QStringLiteral("--help")});
        const ProcessRun overridden = runWithoutDisplay(
            {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QFile::remove(path);
        QVERIFY2(saved.out.contains(QStringLiteral("内蔵シミュレーターのシナリオ。")),
            qPrintable(saved.out));
        QVERIFY2(
            overridden.out.contains(QStringLiteral("Das Szenario des integrierten Simulators.")),
            qPrintable(overridden.out));
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

    // Every figure of the documented pause and terminate procedures and the Guide's, at the
    // reference pictures' scale (the window's 1420 x 760 at 1.5), and each a real picture.
    void captureDocsWritesEveryFigure()
    {
        QTemporaryDir dir;
        const ProcessRun r = run({QStringLiteral("--capture-docs"), dir.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QSize window(2130, 1140);
        const QList<std::pair<const char *, QSize>> figures {
            // The 2023 page's figures are crops of it (its header and card), as the references.
            {"press-pause-sync-button.png", QSize()}, {"pause-sync-modal.png", window},
            {"pause-sync-confirm.png", QSize()}, {"pause-sync-review-and-deploy.png", window},
            {"pause-sync-deploy-button.png", window},
            {"pause-sync-deployment-successful.png", window},
            {"click-terminate-sync-button.png", window}, {"terminate-sync-model.png", window},
            {"terminating-sync-review-and-deploy.png", window},
            {"terminating-sync-deploy-button.png", window},
            {"terminating-sync-deployment-successful.png", window},
            {"terminate-sync-modal.png", QSize()}, // the dialog alone (and the crops above)
            {"guide-mid-runbook.png", window}, // the Guide beside the page, in the wait
        };
        for (const auto &[name, size] : figures) {
            const QImage image(dir.filePath(QString::fromLatin1(name)));
            QVERIFY2(!image.isNull(), name);
            if (size.isValid()) {
                QCOMPARE(image.size(), size);
            } else {
                // The reference's modal is 612 px wide (1224 at 2x): 918 at the figures' 1.5.
                QVERIFY2(image.width() >= 900 && image.width() < window.width(), name);
                QVERIFY2(image.height() >= 300 && image.height() < window.height(), name);
            }
            QSet<QRgb> colours; // text, controls and edges, not a blank or a flat fill
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() >= 40, name);
            QCOMPARE(r.out.count(QString::fromLatin1(name)), 1);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), figures.size());

        // The page just paused, and then the same page with REVIEW DRAFT & DEPLOY marked in red
        // as its reference marks it: two pictures, not one written twice.
        const QImage paused(dir.filePath(QStringLiteral("pause-sync-confirm.png")));
        const QImage review(dir.filePath(QStringLiteral("pause-sync-review-and-deploy.png")));
        QVERIFY(paused != review);
        const auto marked = [](const QImage &image) {
            int red = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    red += image.pixel(x, y) == qRgb(0xE5, 0x39, 0x35);
            return red;
        };
        QCOMPARE(marked(paused), 0);
        QVERIFY2(marked(review) > 200, qPrintable(QString::number(marked(review))));
        QVERIFY(marked(QImage(dir.filePath(QStringLiteral("pause-sync-deploy-button.png")))) > 200);
        QVERIFY(marked(QImage(dir.filePath(QStringLiteral("pause-sync-modal.png")))) > 100);
        QCOMPARE(marked(QImage(dir.filePath(QStringLiteral("press-pause-sync-button.png")))), 0);
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
        QTest::newRow("ui generation")
            << QStringList {QStringLiteral("--ui"), QStringLiteral("2022")}
            << QStringLiteral("--ui takes 2021 or 2023, not \u201c2022\u201d");
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

    // A program started from a folder someone else can write to (Downloads, a shared checkout)
    // must not load a library left there. The build's run path was 22 empty entries, each the
    // current folder, searched before the system's; the dynamic loader's own trace says where
    // it looks.
    void theProgramsLookForLibrariesOnlyInTheSystemsFolders_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("sync-console") << QStringLiteral(CONSOLE_BINARY);
        QTest::newRow("sync-consolectl") << QStringLiteral(CTL_BINARY);
        QTest::newRow("sync-console-sim") << QStringLiteral(SIM_BINARY);
    }

    void theProgramsLookForLibrariesOnlyInTheSystemsFolders()
    {
        QFETCH(QString, program);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
        const ProcessRun r = ProcessRun::of(program, {QStringLiteral("--version")}, env);
        QCOMPARE(r.exitCode, 0);
        static const QRegularExpression tried(QStringLiteral("trying file=(\\S+)"));
        QStringList paths;
        for (auto it = tried.globalMatch(r.err); it.hasNext();)
            paths.append(it.next().captured(1));
        QVERIFY2(!paths.isEmpty(), qPrintable(r.err.left(2000))); // the trace is there to read
        for (const QString &path : std::as_const(paths))
            QVERIFY2(path.startsWith(QLatin1Char('/')), qPrintable(path));
    }
};

QTEST_GUILESS_MAIN(TestConsoleCli)
#include "tst_consolecli.moc"
