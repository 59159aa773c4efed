// Time in the trainer's hand: Scenario ▸ Time… moves the built-in simulator's clock through
// its control API (checked over HTTP); the Guide's wait counts on the simulator's clock, so
// moving it ten minutes ends the wait as "time moved", not skipped; Activity stamps its calls
// and the banners date deployments on the same clock; Help ▸ About the Simulator shows the
// simulator's address and curl lines without a secret.
#include "Checked.h"
#include "DisplayTime.h"
#include "GuideOf.h"
#include "GuidePanel.h"
#include "GuideTracker.h"
#include "ObjectNames.h"
#include "ResultBanner.h"
#include "SimDefaults.h"
#include "SimulatorAboutDialog.h"
#include "SimulatorTimeDialog.h"
#include "Translations.h"
#include "UiActions.h"
#include "UiFixture.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using UiActions::click;

class TestSimulatorTime : public QObject
{
    Q_OBJECT

    // GET /_sim/clock over HTTP, past the console: how far the simulator's clock is ahead.
    static qint64 simulatorOffset(UiFixture &ui)
    {
        QUrl url = ui.sim.server.baseUrl();
        url.setPath(QStringLiteral("/_sim/clock"));
        QNetworkReply *reply = ui.sim.network.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(5000))
            return -1;
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return -2;
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QStringLiteral("offset_seconds"))
            .toInteger(-3);
    }

    static void deployTerminate(UiFixture &ui)
    {
        ui.controller->terminate();
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft(), 10000);
        QVERIFY(ui.idle());
        ui.controller->deploy();
        QTRY_VERIFY_WITH_TIMEOUT(
            ui.controller->status() == SyncController::Status::Disabled, 10000);
        QVERIFY(ui.idle());
    }

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }

    void movingTheClockTenMinutesEndsTheWaitAsTimeMoved()
    {
        UiFixture ui;
        GuidePanel *panel = guideOf(ui);
        QVERIFY(ui.load());
        ui.window->findChild<QAction *>(ObjectName::guideAction)->trigger();
        panel->startRunbook(Runbook::Kind::TerminateAndReEnable);
        CHECKED(deployTerminate(ui));
        GuideTracker *tracker = panel->tracker();
        QTRY_VERIFY_WITH_TIMEOUT(tracker->isWaiting(), 10000);
        QVERIFY(tracker->waitRemainingSeconds() > 500);
        const int wait = tracker->current();

        SimulatorTimeDialog dialog(ui.controller.get(), ui.window.get());
        dialog.show();
        CHECKED(click(dialog.findChild<QPushButton *>(ObjectName::simulatorTimeAdvance10Minutes)));
        QTRY_VERIFY_WITH_TIMEOUT(!tracker->isWaiting(), 5000);
        QCOMPARE(tracker->stepState(wait), GuideTracker::StepState::TimeMoved);
        QVERIFY2(tracker->note().contains(QStringLiteral("Time moved"))
                && tracker->note().contains(QStringLiteral("10 minutes")),
            qPrintable(tracker->note()));
        const QString steps = panel->plainText();
        QVERIFY2(steps.contains(QStringLiteral("Wait ten minutes")), qPrintable(steps));
        QVERIFY2(steps.contains(QStringLiteral("(time moved)")), qPrintable(steps));
        QVERIFY2(!steps.contains(QStringLiteral("(skipped)")), qPrintable(steps));
        QCOMPARE(simulatorOffset(ui), 600);
    }

    void activityAndBannersShowTheSimulatorsTime()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        SimulatorTimeDialog dialog(ui.controller.get(), ui.window.get());
        dialog.show();
        CHECKED(click(dialog.findChild<QPushButton *>(ObjectName::simulatorTimeAdvanceDay)));
        QTRY_COMPARE_WITH_TIMEOUT(simulatorOffset(ui), 86400, 5000);
        const QDateTime wall = QDateTime::currentDateTimeUtc();
        QVERIFY(qAbs(wall.secsTo(ui.controller->now()) - 86400) < 5);
        auto *shown = dialog.findChild<QLabel *>(ObjectName::simulatorTimeNow);
        QTRY_COMPARE(shown->text(), DisplayTime::dateTime(ui.controller->now()));

        ui.controller->pause();
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft(), 10000);
        QVERIFY(ui.idle());
        ui.controller->deploy();
        QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
        QVERIFY(ui.idle());
        const Deployment &last = ui.controller->deployments().constFirst();
        QVERIFY(last.deployedAt.isValid());
        QVERIFY(qAbs(wall.secsTo(last.deployedAt) - 86400) < 60); // the simulator's day
        QVERIFY2(ui.window->banner()->text().contains(DisplayTime::dateTime(last.deployedAt)),
            qPrintable(ui.window->banner()->text()));
        // Activity's newest call is dated by the same clock as the deployment, not a day before.
        const ApiCallRecord &newest = ui.activity.record(0);
        QVERIFY2(qAbs(newest.at.secsTo(last.deployedAt)) < 60,
            qPrintable(QStringLiteral("Activity %1, deployment %2")
                           .arg(newest.at.toString(Qt::ISODate), last.deployedAt.toString(Qt::ISODate))));
    }

    void theDialogsButtonsMoveTheSimulatorsClock()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        SimulatorTimeDialog dialog(ui.controller.get(), ui.window.get());
        dialog.show();
        qint64 expected = 0;
        const struct
        {
            QLatin1String button;
            qint64 seconds;
        } moves[] = {{ObjectName::simulatorTimeAdvance10Minutes, 600},
            {ObjectName::simulatorTimeAdvanceHour, 3600}, {ObjectName::simulatorTimeAdvanceDay, 86400},
            {ObjectName::simulatorTimeAdvance31Days, 31 * 86400}};
        for (const auto &move : moves) {
            auto *button = dialog.findChild<QPushButton *>(move.button);
            QVERIFY(button);
            QTRY_VERIFY(button->isEnabled());
            CHECKED(click(button));
            expected += move.seconds;
            QTRY_COMPARE_WITH_TIMEOUT(simulatorOffset(ui), expected, 5000);
        }
        // To a date: two days after the simulator's now.
        QTRY_VERIFY(dialog.findChild<QPushButton *>(ObjectName::simulatorTimeMoveToDate)->isEnabled());
        auto *date = dialog.findChild<QDateTimeEdit *>(ObjectName::simulatorTimeDate);
        date->setDateTime(ui.controller->now().addDays(2).toLocalTime());
        CHECKED(click(dialog.findChild<QPushButton *>(ObjectName::simulatorTimeMoveToDate)));
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(simulatorOffset(ui) - (expected + 2 * 86400)) <= 2, 5000);
        // Backwards is refused in the dialog, and the clock stays.
        const qint64 before = simulatorOffset(ui);
        date->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
        date->setDateTime(QDateTime(QDate(2001, 1, 1), QTime(0, 0)));
        CHECKED(click(dialog.findChild<QPushButton *>(ObjectName::simulatorTimeMoveToDate)));
        QVERIFY(dialog.findChild<QLabel *>(ObjectName::simulatorTimeProblem)->isVisible());
        QCOMPARE(simulatorOffset(ui), before);
    }

    void aboutTheSimulatorShowsItsAddressAndACurlLine()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        SimulatorAboutDialog about(ui.sim.client.get(), QStringLiteral("Partition"));
        about.show();
        QUrl root = ui.sim.server.baseUrl();
        root.setPath(QString());
        QCOMPARE(about.findChild<QLabel *>(ObjectName::simulatorAboutAddress)->text(),
            root.toString());
        QCOMPARE(about.readClockCurl(),
            QStringLiteral("curl -X GET '%1/_sim/clock'").arg(root.toString()));
        QCOMPARE(about.advanceClockCurl(),
            QStringLiteral("curl -X POST '%1/_sim/clock?advance=600'").arg(root.toString()));
        for (const QString &line : {about.readClockCurl(), about.advanceClockCurl()}) {
            QVERIFY(!line.contains(SimDefaults::privateKey()));
            QVERIFY(!line.contains(QStringLiteral("Bearer")));
        }
    }
};

QTEST_MAIN(TestSimulatorTime)
#include "tst_simulatortime.moc"
