// The console's first window on a 1366 x 768 laptop (issue 19): it opened at a fixed
// 1420 x 760, so the docked Guide's right edge was off screen at 100 %. The offscreen platform
// is given that screen (tests/data/screen-1366x768.json, see tests/CMakeLists.txt).
#include "ControllerFixture.h"
#include "GuidePanel.h"
#include "MainWindow.h"
#include "ObjectNames.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QTest>

class TestFirstWindowSize : public QObject
{
    Q_OBJECT

    static QRect room() { return QGuiApplication::primaryScreen()->availableGeometry(); }

private slots:
    void cleanup() { Theme::apply(*qApp, 100); }

    void theScreenIsALaptops() { QCOMPARE(room().size(), QSize(1366, 768)); }

    void theReferenceSizeWhereItFits()
    {
        QCOMPARE(MainWindow::firstSize(QSize(1920, 1080)), QSize(1420, 760));
        QCOMPARE(MainWindow::firstSize(QSize(1366, 768)), QSize(1366, 760));
        QCOMPARE(MainWindow::firstSize(QSize(1280, 720)), QSize(1280, 720));
        QCOMPARE(MainWindow::firstSize(QSize()), QSize(1420, 760)); // no screen to ask
    }

    void theWindowAndTheGuideAreOnTheScreen_data()
    {
        QTest::addColumn<int>("scale");
        for (int scale : {100, 150})
            QTest::addRow("%d %%", scale) << scale;
    }

    void theWindowAndTheGuideAreOnTheScreen()
    {
        QFETCH(int, scale);
        Theme::apply(*qApp, scale);
        ControllerFixture fixture(QStringLiteral("oplog-rollover"));
        MainWindow window(fixture.controller.get());
        GuidePanel *guide = GuidePanel::install(fixture.controller.get(), &window);
        window.placeFirst(); // as ConsoleApp opens it: nothing saved yet
        window.setPresenterScale(scale);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(fixture.load());
        window.findChild<QAction *>(ObjectName::guideAction)->trigger();
        QTRY_VERIFY(guide->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QRect frame = window.frameGeometry();
        QVERIFY2(room().contains(frame),
            qPrintable(QStringLiteral("the window %1x%2+%3+%4 (minimum %5x%6) is larger than the "
                                      "screen's %7x%8")
                           .arg(frame.width())
                           .arg(frame.height())
                           .arg(frame.x())
                           .arg(frame.y())
                           .arg(window.minimumSizeHint().width())
                           .arg(window.minimumSizeHint().height())
                           .arg(room().width())
                           .arg(room().height())));
        const QRect shown(guide->mapToGlobal(QPoint(0, 0)), guide->size());
        QVERIFY2(room().contains(shown),
            qPrintable(QStringLiteral("the Guide's right edge at x=%1, the screen's at %2")
                           .arg(shown.right())
                           .arg(room().right())));
    }

    // A window reopened in the same session (another app, Reset Scenario) keeps its place.
    void aSavedPlaceIsKept()
    {
        ControllerFixture fixture(QStringLiteral("partition"));
        QByteArray saved;
        {
            MainWindow first(fixture.controller.get());
            first.setGeometry(QRect(60, 40, 1000, 600));
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            saved = first.saveGeometry();
        }
        MainWindow again(fixture.controller.get());
        again.placeFirst(saved);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.geometry(), QRect(60, 40, 1000, 600));
    }
};

QTEST_MAIN(TestFirstWindowSize)
#include "tst_firstwindowsize.moc"
