// The README's pictures (scripts/screenshots, through render_views) show nothing a reader
// should not see: no scratch folder of a test or a script. render_views reads the texts each
// picture shows before it writes it and refuses one holding a temporary path; a damaged
// snapshot's message names its file under the home folder as ~/...
#include "PrivateFiles.h"
#include "ProcessRun.h"
#include "ShownTexts.h"
#include "SyncSnapshotStore.h"

#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void aTemporaryPathIsFoundInTheShownTexts()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *scratch = new QLabel(
            QStringLiteral("The configuration is damaged; it was set aside as %1.")
                .arg(QDir::temp().filePath(QStringLiteral("render_views-x/a.json.damaged-1"))));
        auto *fine = new QLabel(QStringLiteral("Saved in ~/.local/share/sync-console"));
        layout->addWidget(scratch);
        layout->addWidget(fine);
        QCOMPARE(ShownTexts::temporaryPaths(ShownTexts::of(&window)), {scratch->text()});
        scratch->hide(); // not in the picture
        QVERIFY(ShownTexts::temporaryPaths(ShownTexts::of(&window)).isEmpty());
        QVERIFY(ShownTexts::temporaryPaths({QStringLiteral("/var/tmp/x")}).size() == 1);
        QVERIFY(ShownTexts::temporaryPaths({QStringLiteral("a /tmpfile, no path")}).isEmpty());
    }

    // The README's connection dialog showed the scenario as "flexible", its raw name.
    void aScenariosRawNameIsFoundInTheShownTexts()
    {
        const QStringList names {QStringLiteral("flexible"), QStringLiteral("oplog-rollover")};
        QCOMPARE(ShownTexts::rawNames({QStringLiteral("flexible"), QStringLiteral("Connect")}, names),
            {QStringLiteral("flexible")});
        QVERIFY(ShownTexts::rawNames(
            {QStringLiteral("A healthy Flexible Sync app"), QStringLiteral("The oplog rolled over")},
            names)
                    .isEmpty());
    }

    void aPathUnderTheHomeFolderIsShownFromTilde()
    {
        const QString home = QDir::homePath();
        QCOMPARE(PrivateFiles::shown(home + QStringLiteral("/.local/share/x.json")),
            QStringLiteral("~/.local/share/x.json"));
        QCOMPARE(PrivateFiles::shown(QStringLiteral("/etc/x")), QStringLiteral("/etc/x"));
        QCOMPARE(PrivateFiles::shown(home + QStringLiteral("other/x")),
            home + QStringLiteral("other/x")); // a sibling that only starts with the same name
    }

    void aDamagedSnapshotIsNamedFromTheHomeFolder()
    {
        const QByteArray oldHome = qgetenv("HOME");
        QTemporaryDir home;
        qputenv("HOME", QFile::encodeName(home.path()));
        {
            SyncSnapshotStore store(home.filePath(QStringLiteral(".local/share/snapshots")));
            QString problem;
            SyncConfig sync;
            sync.mode = SyncConfig::Mode::Flexible;
            sync.block = QJsonObject {{QStringLiteral("state"), QStringLiteral("enabled")}};
            QVERIFY2(store.save(QStringLiteral("app"), sync, &problem), qPrintable(problem));
            const QString file = QDir(store.directory()).entryList(QDir::Files).value(0);
            QFile damaged(QDir(store.directory()).filePath(file));
            QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
            damaged.close();
            QVERIFY(!store.load(QStringLiteral("app"), &problem));
            QVERIFY2(problem.contains(QStringLiteral("~/.local/share/snapshots/")),
                qPrintable(problem));
            QVERIFY2(ShownTexts::temporaryPaths({problem}).isEmpty(), qPrintable(problem));
        }
        qputenv("HOME", oldHome);
    }

    // Every picture scripts/screenshots makes is written, none refused for a scratch path.
    void renderViewsWritesEveryPicture()
    {
        QTemporaryDir out;
        const ProcessRun run
            = ProcessRun::of(QStringLiteral(RENDER_VIEWS), {out.path()}, QProcessEnvironment::systemEnvironment(), 120000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("temporary path")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("raw name")), qPrintable(run.err));
        const QStringList pictures = QDir(out.path()).entryList({QStringLiteral("*.png")});
        QVERIFY2(pictures.contains(QStringLiteral("enable-sync-damaged-snapshot.png")),
            qPrintable(pictures.join(QLatin1Char(' '))));
        QVERIFY(pictures.size() >= 17);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
