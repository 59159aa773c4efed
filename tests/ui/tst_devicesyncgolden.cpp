// The 2023 Device Sync page's Dashboard and Configuration tabs against golden images of ours in
// tests/data/device-sync, so a change that moves them is seen (as the figures' goldens do for
// --capture-docs). Deterministic: the simulator's clock stands still at a fixed moment, its
// devices write once a minute for 50 simulated minutes with Sync terminated for ten of them
// (the Dashboard's gap and recovery), the console reads that clock, English, TZ=UTC.
// SYNC_CONSOLE_UPDATE_GOLDENS=1 writes the goldens instead (then look at them, commit them).
#include "DashboardGap.h"
#include "DeviceSyncPage.h"
#include "GoldenImages.h"
#include "SyncDashboard.h"
#include "SyncDashboardView.h"
#include "MetricChart.h"
#include "Translations.h"
#include "UiFixture.h"

#include <QAbstractButton>
#include <QLabel>

namespace {
// 07/15/2021 15:04:37 UTC, the reference figures' moment; the charts' minutes fall between
// labels, so a second more or less before the console reads does not change one.
constexpr qint64 moment = 1626361477;
} // namespace

class TestDeviceSyncGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en")); // the plurals read "30 days"
        Theme::apply(*qApp, 100);
    }

    void dashboardAndConfigurationAsTheirGoldens()
    {
        UiFixture ui(QStringLiteral("flexible"));
        DeviceSyncPage *page = dashboardAtTheMoment(ui);
        QVERIFY(page);
        const QDir goldens(QStringLiteral(GOLDEN_DIR));
        QStringList failures;
        const auto check = [&](const QString &name) {
            const QString problem = GoldenImages::check(
                page->grab().toImage(), goldens, name, QStringLiteral("devicesync-"));
            if (!problem.isEmpty())
                failures << problem;
        };
        check(QStringLiteral("dashboard-terminate-and-reenable.png"));
        page->showTab(DeviceSyncPage::Tab::Configuration);
        auto *advanced = ui.find<QAbstractButton>(ObjectName::advancedConfigurationToggle);
        QVERIFY(advanced);
        QTest::mouseClick(advanced, Qt::LeftButton);
        QVERIFY(ui.find(ObjectName::advancedConfiguration)->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        check(QStringLiteral("configuration-advanced.png"));
        if (GoldenImages::updating())
            QSKIP("goldens written; look at them, then commit them");
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // Terminate and re-enable as the Dashboard shows them, in each language: the lag and
    // sessions charts each in two stretches, the gap explained in that language; with
    // SHOTS_DIR=DIR the page is written to DIR/dashboard-gap-<language>.png to look at.
    void theGapInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("explained");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("A gap in a line: Sync was paused or terminated then.");
        QTest::newRow("de") << QStringLiteral("de") << QString();
        QTest::newRow("ja") << QStringLiteral("ja") << QString();
    }

    void theGapInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, explained);
        Translations::install(language);
        UiFixture ui(QStringLiteral("flexible"));
        DeviceSyncPage *page = dashboardAtTheMoment(ui);
        QVERIFY(page);
        const QList<MetricChart *> charts = page->dashboardView()->charts();
        QCOMPARE(charts.at(0)->segmentCount(), 2);
        QCOMPARE(charts.at(1)->segmentCount(), 2);
        const QString status = ui.find<QLabel>(ObjectName::dashboardStatus)->text();
        const QString english
            = QStringLiteral("A gap in a line: Sync was paused or terminated then.");
        if (explained.isEmpty())
            QVERIFY2(!status.isEmpty() && status != english, qPrintable(status));
        else
            QCOMPARE(status, explained);
        if (const QString shots = qEnvironmentVariable("SHOTS_DIR"); !shots.isEmpty())
            QVERIFY(page->grab().save(
                QDir(shots).filePath(QStringLiteral("dashboard-gap-%1.png").arg(language))));
        Translations::install(QStringLiteral("en"));
    }

private:
    // The flexible scenario again, built at the fixed moment (its devices' history starts
    // there; the app keeps the ids the console was made for), then the Dashboard after a
    // terminate and re-enable; null when either failed.
    static DeviceSyncPage *dashboardAtTheMoment(UiFixture &ui)
    {
        SimBackend &backend = ui.sim.backend;
        const QString appId = ui.sim.app().id;
        const QString serviceId = ui.sim.app().serviceId;
        backend.freezeClock(moment);
        if (!Scenarios::load(QStringLiteral("flexible"), backend))
            return nullptr;
        ui.sim.app().id = appId;
        ui.sim.app().serviceId = serviceId;
        return dashboardAfterAGap(ui);
    }
};

int main(int argc, char **argv)
{
    qputenv("TZ", "UTC"); // the charts and the header show local times; the goldens are UTC
    QApplication app(argc, argv);
    TestDeviceSyncGolden test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_devicesyncgolden.moc"
