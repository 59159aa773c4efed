// Qt Charts is loaded when the 2023 Dashboard first builds its charts, not at start: the
// console's window after its first load has neither Qt Charts nor the charts module mapped
// (this program links what the console links), and both are mapped once the Dashboard shows,
// its charts drawn by the module's views. Nor does a start load Qt's image format plugins: Qt
// loads all of them to ask which reads PNG when the first PNG is read, and the console's own
// icons are SVG (the style sheet's SVG images load the SVG format's plugin alone).
#include "DeviceSyncPage.h"
#include "MetricChart.h"
#include "SyncDashboard.h"
#include "SyncDashboardView.h"
#include "UiFixture.h"

#include <QFile>

class TestChartsModule : public QObject
{
    Q_OBJECT

    // The shared objects this process has mapped whose path contains `name`.
    static bool mapped(const QString &name)
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            return false;
        return QString::fromUtf8(maps.readAll()).contains(name);
    }

private slots:
    void noPngReaderIsLoadedAtStart()
    {
        QVERIFY(mapped(QStringLiteral("libQt6Widgets"))); // the maps are read at all
        UiFixture ui(QStringLiteral("flexible"));
        QVERIFY(ui.load());
        QTRY_VERIFY(ui.find(ObjectName::syncPage)->isVisible());
        QVERIFY(!ui.window->grab().isNull()); // painted, with the menu bar and every icon shown
        QVERIFY(mapped(QStringLiteral("libqsvgicon"))); // the console's icons are drawn
        // The style sheet's SVG images load the SVG format's plugin, and only that one.
        QVERIFY(!mapped(QStringLiteral("imageformats/libqjpeg")));
        QVERIFY(!mapped(QStringLiteral("imageformats/libqgif")));
        QVERIFY(!mapped(QStringLiteral("imageformats/libqico")));
    }

    void theChartsLoadWhenTheDashboardShows()
    {
        QVERIFY(mapped(QStringLiteral("libQt6Widgets"))); // the maps are read at all
        UiFixture ui(QStringLiteral("flexible"));
        QVERIFY(ui.load());
        QTRY_VERIFY(ui.find(ObjectName::syncPage)->isVisible());
        QVERIFY(!mapped(QStringLiteral("libQt6Charts")));
        QVERIFY(!mapped(QStringLiteral("libQt6OpenGL")));
        QVERIFY(!mapped(QStringLiteral("syncconsole_charts")));

        ui.window->setUiGeneration(UiGeneration::DeviceSync2023);
        DeviceSyncPage *page = ui.window->deviceSyncPage();
        QVERIFY(page->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            !page->dashboard()->isLoading() && page->dashboard()->start().isValid(), 10000);
        QVERIFY(mapped(QStringLiteral("syncconsole_charts")));
        QVERIFY(mapped(QStringLiteral("libQt6Charts")));
        const QList<MetricChart *> charts = page->dashboardView()->charts();
        QCOMPARE(charts.size(), 5);
        for (MetricChart *chart : charts) {
            QVERIFY(chart->plotView());
            QVERIFY2(chart->plotView()->inherits("QChartView"),
                chart->plotView()->metaObject()->className());
            QVERIFY(chart->plotView()->isVisible());
            QVERIFY(chart->pointCount() > 0);
        }
    }
};

QTEST_MAIN(TestChartsModule)
#include "tst_chartsmodule.moc"
