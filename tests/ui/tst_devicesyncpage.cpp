// The 2023 Device Sync page: its header by object name in each state, the header buttons
// opening the same dialogs as the classic page's, the Dashboard (the default tab) and
// Configuration tabs, the range picker asking for another period, and a terminate and
// re-enable on the simulator drawn as a gap and a recovery in the charts.
#include "DashboardGap.h"
#include "DeviceSyncPage.h"
#include "MetricChart.h"
#include "StatusBadge.h"
#include "SyncDashboard.h"
#include "SyncDashboardView.h"
#include "SyncPage.h"
#include "UiFixture.h"

#include <QAbstractAxis>
#include <QAccessible>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFontInfo>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QValueAxis>

class TestDeviceSyncPage : public QObject
{
    Q_OBJECT

    static DeviceSyncPage *show2023(UiFixture &ui)
    {
        ui.window->setUiGeneration(UiGeneration::DeviceSync2023);
        return ui.window->deviceSyncPage();
    }

    static bool loaded(DeviceSyncPage *page)
    {
        return !page->dashboard()->isLoading() && page->dashboard()->start().isValid();
    }

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void headerAndDefaultTab()
    {
        UiFixture ui(QStringLiteral("flexible"));
        QVERIFY(ui.load());
        DeviceSyncPage *page = show2023(ui);
        QVERIFY(page->isVisible());
        QVERIFY(!ui.window->syncPage()->isVisible());
        QCOMPARE(
            ui.find<QLabel>(ObjectName::deviceSyncTitle)->text(), QStringLiteral("Device Sync"));
        QCOMPARE(
            ui.find<StatusBadge>(ObjectName::deviceSyncBadge)->text(), QStringLiteral("ENABLED"));
        QCOMPARE(ui.find<QLabel>(ObjectName::deviceSyncLatestCaption)->text(),
            QStringLiteral("Latest Sync Event"));
        QVERIFY(ui.find(ObjectName::deviceSyncClusterEvent)->isVisible());
        QVERIFY(ui.find<QLabel>(ObjectName::deviceSyncLag)->text().contains(QStringLiteral("sec")));
        QVERIFY(ui.find(ObjectName::deviceSyncPause)->isVisible());
        QVERIFY(ui.find(ObjectName::deviceSyncTerminate)->isVisible());
        QVERIFY(!ui.find(ObjectName::deviceSyncResume)->isVisible());
        QVERIFY(!ui.find(ObjectName::deviceSyncEnable)->isVisible());
        // The Dashboard is the default tab, and it reads the metrics' history.
        QCOMPARE(page->currentTab(), DeviceSyncPage::Tab::Dashboard);
        QVERIFY(ui.find(ObjectName::deviceSyncDashboard)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 10000);
        QCOMPARE(page->dashboard()->history().granularity, QStringLiteral("PT1M"));
        QCOMPARE(page->dashboardView()->charts().size(), 5);
        QVERIFY(page->dashboardView()->charts().first()->pointCount() > 0);
    }

    // The header's Lag and the Dashboard's lag chart read the same metric and say the same:
    // the chart's latest point, in whole seconds, is the header's figure (the simulator's
    // scenarios once served 120 ms, which the header showed as "1 sec" beside a 120 ms line).
    void theHeaderAndTheLagChartAgree()
    {
        for (const QString &scenario : {QStringLiteral("flexible"), QStringLiteral("partition")}) {
            UiFixture ui(scenario);
            QVERIFY(ui.load());
            DeviceSyncPage *page = show2023(ui);
            QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 10000);
            const AppMetrics::Measurement *lag = page->dashboard()->history().find(
                SyncProtocol::wireName(SyncMetric::OplogLagMsSum));
            QVERIFY(lag && !lag->points.isEmpty());
            const double latestMs = lag->points.last().value;
            const int seconds = qRound(latestMs / 1000);
            QCOMPARE(ui.find<QLabel>(ObjectName::deviceSyncLag)->text(),
                DeviceSyncPage::tr("%n sec", "sync lag", seconds));
        }
    }

    // The charts' own texts (title, axes, legend) are the page's size, not Qt Charts' small
    // default, and grow with presenter mode.
    void theChartsTextsFollowThePresenterScale()
    {
        UiFixture ui(QStringLiteral("flexible"));
        QVERIFY(ui.load());
        DeviceSyncPage *page = show2023(ui);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 10000);
        const auto height = [](const QFont &font) { return QFontMetrics(font).height(); };
        auto *chart
            = qobject_cast<QChartView *>(page->dashboardView()->charts().first()->plotView());
        QVERIFY(chart); // the charts module's view
        const int normal = height(chart->chart()->titleFont());
        QVERIFY2(normal >= height(ui.find(ObjectName::deviceSyncTitle)->font()) / 3
                && QFontInfo(chart->chart()->titleFont()).pixelSize() >= 12,
            qPrintable(QString::number(QFontInfo(chart->chart()->titleFont()).pixelSize())));
        for (QAbstractAxis *axis : chart->chart()->axes())
            QCOMPARE(
                QFontInfo(axis->labelsFont()).pixelSize(), QFontInfo(chart->font()).pixelSize());
        Theme::apply(*qApp, 150);
        QTRY_VERIFY(height(chart->chart()->titleFont()) > normal * 5 / 4);
        for (QAbstractAxis *axis : chart->chart()->axes())
            QVERIFY(height(axis->labelsFont()) > normal * 5 / 4);
        Theme::apply(*qApp, 100);
    }

    // Every label of each chart's value axis has room: Qt Charts hides labels that would
    // overlap, and the short Sync Requests chart (its legend takes a line) read 3, 2, 0, with
    // 1 and 4 left out. At 100 % and in presenter mode, whose labels are taller.
    void theValueAxisLabelsAllFit()
    {
        UiFixture ui(QStringLiteral("flexible"));
        QVERIFY(ui.load());
        DeviceSyncPage *page = show2023(ui);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 10000);
        for (const int scale : {100, 150}) {
            Theme::apply(*qApp, scale);
            for (MetricChart *chart : page->dashboardView()->charts()) {
                // Empty when the labels fit; otherwise what does not.
                const auto crowded = [chart, scale]() -> QString {
                    auto *view = qobject_cast<QChartView *>(chart->plotView());
                    auto *y = view
                        ? qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).value(0))
                        : nullptr;
                    if (!y)
                        return QStringLiteral("no value axis");
                    const int labels = y->tickType() == QValueAxis::TicksFixed
                        ? y->tickCount()
                        : qRound((y->max() - y->min()) / y->tickInterval()) + 1;
                    const qreal room = view->chart()->plotArea().height() / qMax(1, labels - 1);
                    if (labels >= 2 && room >= QFontMetricsF(y->labelsFont()).height())
                        return {};
                    return QStringLiteral("%1 at %2 %: %3 labels, %4 px each")
                        .arg(view->chart()->title())
                        .arg(scale)
                        .arg(labels)
                        .arg(room);
                };
                QTRY_VERIFY2(crowded().isEmpty(), qPrintable(crowded()));
            }
        }
        Theme::apply(*qApp, 100);
    }

    void tabsAndAdvancedConfiguration()
    {
        UiFixture ui(QStringLiteral("flexible"));
        QVERIFY(ui.load());
        DeviceSyncPage *page = show2023(ui);
        auto *tabs = ui.find<QTabBar>(ObjectName::deviceSyncTabs);
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        QCOMPARE(page->currentTab(), DeviceSyncPage::Tab::Configuration);
        QVERIFY(ui.find(ObjectName::developmentDetailsCard)->isVisible());
        QVERIFY(!ui.find(ObjectName::deviceSyncDashboard)->isVisible());
        auto *flexible = ui.find<QPushButton>(ObjectName::syncTypeFlexible);
        auto *partition = ui.find<QPushButton>(ObjectName::syncTypePartition);
        QVERIFY(flexible->isChecked() && flexible->isEnabled());
        QVERIFY(!partition->isChecked() && !partition->isEnabled()); // fixed while it runs
        QWidget *advanced = ui.find(ObjectName::advancedConfiguration);
        QVERIFY(!advanced->isVisible());
        QTest::mouseClick(ui.find(ObjectName::advancedConfigurationToggle), Qt::LeftButton);
        QVERIFY(advanced->isVisible());
        QStringList shown;
        for (QLabel *l : advanced->findChildren<QLabel *>())
            shown << l->text();
        // "%n day(s)" reads "30 days" once the English plural forms are loaded, as they are in
        // the console; these tests run without a translator.
        QVERIFY2(shown.filter(QStringLiteral("30 day")).size() == 1, qPrintable(shown.join(u'|')));
        QVERIFY2(shown.contains(QStringLiteral("On")), qPrintable(shown.join(u'|')));
        QVERIFY(shown.contains(QStringLiteral("Queryable Fields:")));
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());
        QCOMPARE(page->currentTab(), DeviceSyncPage::Tab::Dashboard);
    }

    // The Configuration card as its reference (press-pause-sync-button, pause-sync-confirm)
    // draws it: the link followed by the external-link glyph (part of the link, the label's
    // accessible name still its words), an outlined check, the chosen card outlined in the
    // reference's green (sampled: #48A163) and both cards' names bold.
    void theConfigurationCardAsItsReference()
    {
        UiFixture ui(QStringLiteral("flexible"));
        QVERIFY(ui.load());
        DeviceSyncPage *page = show2023(ui);
        page->showTab(DeviceSyncPage::Tab::Configuration);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        auto *learn = ui.find<QLabel>(ObjectName::syncTypeLearnMore);
        QVERIFY(learn);
        QTextDocument doc;
        doc.setHtml(learn->text());
        int icons = 0;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (!f.isImageFormat())
                    continue;
                ++icons;
                QCOMPARE(f.toImageFormat().name(), QStringLiteral(":/icons/external-link-blue.svg"));
                QVERIFY(f.isAnchor()); // a click on the glyph opens the page too
                QVERIFY(f.anchorHref().endsWith(QLatin1String("#choose-a-sync-type")));
            }
        QCOMPARE(icons, 1);
        QVERIFY(!QImage(QStringLiteral(":/icons/external-link-blue.svg")).isNull());
        QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(learn);
        QCOMPARE(a11y->text(QAccessible::Name),
            QStringLiteral("Learn more about the differences between Partition-based Sync and "
                           "Flexible Sync"));

        auto *check = page->findChild<QLabel *>(QStringLiteral("developmentDetailsCheck"));
        QVERIFY(check);
        const QImage mark = check->pixmap().toImage();
        QCOMPARE(qAlpha(mark.pixel(mark.width() * 3 / 10, mark.height() * 3 / 10)), 0); // outlined
        QVERIFY(qAlpha(mark.pixel(mark.width() / 2, 1)) > 0); // its ring

        auto *flexible = ui.find<QPushButton>(ObjectName::syncTypeFlexible);
        QVERIFY(flexible->isChecked());
        const QImage card = flexible->grab().toImage();
        QCOMPARE(QColor(card.pixel(1, card.height() / 2)).name(), QStringLiteral("#48a163"));
        for (const QLabel *name : page->findChildren<QLabel *>(QStringLiteral("syncTypeName")))
            QCOMPARE(name->font().weight(), QFont::Bold);
    }

    void headerButtonsAskForTheSameIntents()
    {
        UiFixture ui(QStringLiteral("flexible"));
        QVERIFY(ui.load());
        show2023(ui);
        QTest::mouseClick(ui.find(ObjectName::deviceSyncPause), Qt::LeftButton);
        QTRY_VERIFY(ui.window->openDialog()
            && ui.window->openDialog()->objectName() == ObjectName::pauseDialog);
        QTest::mouseClick(ui.inDialog(ObjectName::pauseButton), Qt::LeftButton);
        // Paused, through the draft the pause made: deployed as the classic page deploys it.
        if (ui.controller->hasDraft()) {
            ui.controller->deploy();
        }
        QTRY_COMPARE_WITH_TIMEOUT(ui.find<StatusBadge>(ObjectName::deviceSyncBadge)->text(),
            QStringLiteral("PAUSED"), 10000);
        QTRY_COMPARE(ui.find<QLabel>(ObjectName::deviceSyncLatestCaption)->text(),
            QStringLiteral("Sync Paused Since"));
        QVERIFY(!ui.find(ObjectName::deviceSyncClusterEvent)->isVisible());
        QVERIFY(!ui.find(ObjectName::deviceSyncPause)->isVisible());
        QVERIFY(ui.find(ObjectName::deviceSyncTerminate)->isVisible());
        // Paused, the header offers Terminate Sync alone, as the 2023 page does; Resume Sync
        // is under the Configuration tab's card.
        auto *resume = ui.find(ObjectName::deviceSyncResume);
        DeviceSyncPage *page = ui.window->deviceSyncPage();
        QVERIFY(!resume->isVisible());
        QVERIFY(
            !page->findChild<QWidget *>(QStringLiteral("deviceSyncHeader"))->isAncestorOf(resume));
        page->showTab(DeviceSyncPage::Tab::Configuration);
        QVERIFY(resume->isVisible());
        QTRY_VERIFY(resume->isEnabled());
        // Green with its white play icon, as Enable Sync under its form: the header's white
        // style stayed on it, and the white icon was a blank space on a white button.
        const auto fill = [resume] {
            const QImage face = resume->grab().toImage();
            return face.isNull() ? QColor() : face.pixelColor(6, face.height() / 2);
        };
        QTRY_VERIFY2(fill().green() > fill().red() + 60 && fill().green() > fill().blue() + 20,
            qPrintable(fill().name()));
        // Below the card: scrolled to, as a user would, and the click lands on the button.
        QWidget *area = resume;
        while (area && !qobject_cast<QScrollArea *>(area))
            area = area->parentWidget();
        QVERIFY(area);
        static_cast<QScrollArea *>(area)->ensureWidgetVisible(resume);
        QApplication::processEvents();
        QCOMPARE(
            ui.window->childAt(resume->mapTo(ui.window.get(), resume->rect().center())), resume);
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY(ui.window->openDialog()
            && ui.window->openDialog()->objectName() == ObjectName::resumeDialog);
        ui.window->openDialog()->reject();
        QTRY_VERIFY(!ui.window->openDialog());
        QTest::mouseClick(ui.find(ObjectName::deviceSyncTerminate), Qt::LeftButton);
        QTRY_VERIFY(ui.window->openDialog()
            && ui.window->openDialog()->objectName() == ObjectName::terminateDialog);
        ui.window->openDialog()->reject();
    }

    void theRangePickerAsksForAnotherPeriod()
    {
        UiFixture ui(QStringLiteral("flexible"));
        QVERIFY(ui.load());
        DeviceSyncPage *page = show2023(ui);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 10000);
        auto *range = ui.find<QComboBox>(ObjectName::dashboardRange);
        QCOMPARE(range->currentText(), QStringLiteral("Last hour"));
        range->setFocus();
        QTest::keyClick(range, Qt::Key_Down); // Last 24 hours
        QCOMPARE(page->dashboard()->range(), SyncDashboard::Range::Last24Hours);
        QTRY_VERIFY_WITH_TIMEOUT(
            loaded(page) && page->dashboard()->history().granularity == QStringLiteral("PT15M"),
            10000);
        QCOMPARE(page->dashboard()->start().secsTo(page->dashboard()->end()), 86400);
    }

    // Terminate, ten minutes without Sync, re-enable: the charts break and start again.
    void aTerminateAndReEnableIsAGapAndARecovery()
    {
        UiFixture ui(QStringLiteral("flexible"));
        QVERIFY(ui.load());
        SimBackend &backend = ui.sim.backend;
        SimApp &app = ui.sim.app();
        const qint64 lagBefore = app.lagMs;
        QVERIFY(terminateAndReEnableOverTime(backend, app, 10, 10, 10));

        // The console learns the moved clock as it does from the simulator's time control.
        ui.sim.client->setClockOffsetMs(
            backend.now().toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch());
        DeviceSyncPage *page = show2023(ui);
        QVERIFY(ui.load()); // the refresh the dashboard follows
        QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 10000);
        const QList<MetricChart *> charts = page->dashboardView()->charts();
        MetricChart *lag = charts.at(0);
        MetricChart *sessions = charts.at(1);
        QCOMPARE(lag->segmentCount(), 2);
        QCOMPARE(sessions->segmentCount(), 2);
        // The charts module draws the two stretches as two series, the second out of the legend.
        for (MetricChart *c : {lag, sessions}) {
            auto *view = qobject_cast<QChartView *>(c->plotView());
            QVERIFY(view);
            QCOMPARE(view->chart()->series().size(), 2);
        }
        QVERIFY(sessions->pointCount() >= 15);
        // The lag recovers too: after the re-enable it reads what it read before, not 0.
        const AppMetrics::Measurement *lagPoints
            = page->dashboard()->history().find(SyncProtocol::wireName(SyncMetric::OplogLagMsSum));
        QVERIFY(lagPoints && !lagPoints->points.isEmpty());
        QVERIFY(lagBefore > 0);
        QCOMPARE(lagPoints->points.last().value, double(lagBefore));
        QCOMPARE(lagPoints->points.first().value, double(lagBefore));
    }
};

QTEST_MAIN(TestDeviceSyncPage)
#include "tst_devicesyncpage.moc"
