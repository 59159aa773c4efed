// When the console's window first shows (issue 24): anything that opens over it at start (the
// scenario's briefing, the first start's connection dialog) opens over a window already shown,
// and a slow or failing server shows the window soon, with its Loading badge or its error.
// Guards for a later attempt to show the window only with the first load's data (GAPS.md,
// "Ninth round").
#include "ConnectionDialog.h"
#include "ConsoleApp.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ObjectNames.h"
#include "ScenarioBriefingDialog.h"
#include "SimFixture.h"
#include "SyncController.h"
#include "Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

// A console as a user starts it, in a settings file of its own.
struct Console
{
    Console() { settings.setValue(str("first_start_done"), true); }

    void make() { app = std::make_unique<ConsoleApp>(options, &settings, &keychain); }
    void start()
    {
        make();
        app->start();
    }
    // The command line's connection to `sim`, with the keys in the environment.
    void reach(const SimFixture &sim)
    {
        options.baseUrl = sim.server.baseUrl().toString();
        options.groupId = sim.backend.groupId();
        options.app = sim.appRef().appId;
        qputenv("MONGODB_ATLAS_PUBLIC_API_KEY", SimDefaults::publicKey().toUtf8());
        qputenv("MONGODB_ATLAS_PRIVATE_API_KEY", SimDefaults::privateKey().toUtf8());
    }
    bool loaded() const { return app->controller() && app->controller()->isLoaded(); }
    MainWindow *window() const { return app->window(); }

    QTemporaryDir dir;
    QSettings settings {dir.filePath(str("sync-console.ini")), QSettings::IniFormat};
    MemorySecretStore keychain;
    ConsoleOptions options;
    std::unique_ptr<ConsoleApp> app;
};

} // namespace

class TestFirstShow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

private slots:
    void initTestCase()
    {
        Theme::apply(*qApp);
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8()); // activity logs and snapshots stay here
    }
    void cleanup()
    {
        qunsetenv("MONGODB_ATLAS_PUBLIC_API_KEY");
        qunsetenv("MONGODB_ATLAS_PRIVATE_API_KEY");
    }

    // The scenario's briefing opens over its window, which shows at once.
    void theBriefingOpensOverAShownWindow()
    {
        Console c;
        c.options.scenario = str("partition");
        c.options.scenarioGiven = true;
        c.options.showBriefings = true;
        c.make();
        bool shownAtOpen = false;
        QObject::connect(c.app.get(), &ConsoleApp::appOpened, c.app.get(),
            [&] { shownAtOpen = c.window()->isVisible(); });
        c.app->start();
        ScenarioBriefingDialog *briefing = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((briefing = c.window()
                                          ? c.window()->findChild<ScenarioBriefingDialog *>()
                                          : nullptr)
                && briefing->isVisible(),
            10000);
        QVERIFY(shownAtOpen);
        QVERIFY(c.window()->isVisible());
    }

    // The first start's connection dialog opens over its window, which shows at once.
    void theFirstStartsDialogOpensOverAShownWindow()
    {
        Console c;
        c.settings.remove(str("first_start_done"));
        c.make();
        bool shownAtOpen = false;
        QObject::connect(c.app.get(), &ConsoleApp::appOpened, c.app.get(),
            [&] { shownAtOpen = c.window()->isVisible(); });
        c.app->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            c.app->connectionDialog() && c.app->connectionDialog()->isVisible(), 10000);
        QVERIFY(shownAtOpen);
        QVERIFY(c.window()->isVisible());
        QVERIFY(!c.loaded()); // it did not wait for the data
    }

    // A server that answers after 2 s: the window shows within a second, LOADING.
    void aSlowServerShowsTheWindowLoading()
    {
        SimFixture sim;
        QVERIFY(sim.started);
        Console c;
        c.reach(sim);
        c.make();
        QElapsedTimer opened;
        QObject::connect(c.app.get(), &ConsoleApp::appOpened, c.app.get(), [&] {
            opened.start();
            QVERIFY(sim.inject(str("* * latency=2000"))); // the first load's calls are not out
        });
        c.app->start();
        QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(c.window()->isVisible(), 1000);
        QVERIFY2(opened.elapsed() < 1000, qPrintable(QString::number(opened.elapsed())));
        QVERIFY(!c.loaded());
        auto *badge = c.window()->findChild<QLabel *>(ObjectName::syncStatusBadge);
        QVERIFY(badge && badge->isVisible());
        QCOMPARE(badge->text(),
            QApplication::translate("StatusBadge", "LOADING", "sync status badge"));
        QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000); // and the data follows
    }

    // The navigation names the app from the window's first paint, as the list of apps read while
    // signing in gave it: it no longer fills in once the first load is in (which moved the
    // navigation and painted it all again). Here that load is held up for 2 s.
    void theNavigationNamesTheAppBeforeTheFirstLoad()
    {
        SimFixture sim;
        QVERIFY(sim.started);
        Console c;
        c.reach(sim);
        c.make();
        QObject::connect(c.app.get(), &ConsoleApp::appOpened, c.app.get(),
            [&] { QVERIFY(sim.inject(str("* * latency=2000"))); });
        c.app->start();
        QTRY_VERIFY_WITH_TIMEOUT(c.window() && c.window()->isVisible(), 10000);
        QVERIFY(!c.loaded());
        auto *name = c.window()->findChild<QLabel *>(ObjectName::navAppName);
        QVERIFY(name);
        QCOMPARE(name->text(), sim.app().name);
        QCOMPARE(name->toolTip(), sim.app().name);
        QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
        QCOMPARE(name->text(), sim.app().name); // and the app's own read says the same
    }

    // A server that refuses the first load: the window shows with the error.
    void aFailingServerShowsTheWindowWithItsError()
    {
        SimFixture sim;
        QVERIFY(sim.started);
        Console c;
        c.reach(sim);
        c.make();
        bool opened = false;
        QObject::connect(c.app.get(), &ConsoleApp::appOpened, c.app.get(), [&] {
            opened = true;
            QVERIFY(sim.inject(str("GET * status=403")));
        });
        c.app->start();
        QTRY_VERIFY_WITH_TIMEOUT(opened, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(c.window()->isVisible(), 1000);
        auto *banner = c.window()->findChild<QLabel *>(ObjectName::resultBannerText);
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && !banner->text().isEmpty(), 10000);
    }
};

QTEST_MAIN(TestFirstShow)
#include "tst_firstshow.moc"
