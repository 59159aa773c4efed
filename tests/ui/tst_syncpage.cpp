// The Sync page: its badge, its default state by object name, the TERMINATE SYNC section.
#include "Checked.h"
#include "DraftBar.h"
#include "ObjectNames.h"
#include "StatusBadge.h"
#include "UiActions.h"
#include "UiFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

class TestSyncPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void badgeSaysTheStatus()
    {
        StatusBadge badge;
        QCOMPARE(badge.text(), QStringLiteral("LOADING"));
        badge.setStatus(SyncController::Status::Enabled);
        QCOMPARE(badge.text(), QStringLiteral("ENABLED"));
        QCOMPARE(badge.property("status").toString(), QStringLiteral("enabled"));
        badge.setStatus(SyncController::Status::Disabled);
        QCOMPARE(badge.text(), QStringLiteral("DISABLED"));
        badge.setStatus(SyncController::Status::Paused);
        QCOMPARE(badge.text(), QStringLiteral("PAUSED"));
    }

    void syncPageDefaultState()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        QCOMPARE(ui.find<QLabel>(ObjectName::syncTitle)->text(), QStringLiteral("Sync"));
        QCOMPARE(
            ui.find<StatusBadge>(ObjectName::syncStatusBadge)->text(), QStringLiteral("ENABLED"));
        QVERIFY(ui.find(ObjectName::pauseSyncButton)->isVisible());
        QVERIFY(!ui.find(ObjectName::resumeSyncButton)->isVisible());
        QVERIFY(ui.find(ObjectName::terminateSyncButton)->isVisible());
        QWidget *form = ui.find(ObjectName::enableSyncForm); // built when Sync is disabled
        QVERIFY(!form || !form->isVisible());
        QVERIFY(!ui.window->draftBar()->isVisible());
        QCOMPARE(ui.find<QLabel>(ObjectName::navAppName)->text(), QStringLiteral("ExampleApp"));
        QCOMPARE(
            ui.find<QLabel>(ObjectName::navEnvironment)->text(), QStringLiteral("NO ENVIRONMENT"));
        QVERIFY(ui.find<QLabel>(ObjectName::syncLag)->text().contains(QStringLiteral("sec")));
        // Terminate Sync keeps its size at the right, as in the admin UI; it does not fill the row.
        auto *terminate = ui.find(ObjectName::terminateSyncButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(terminate->width(), terminate->sizeHint().width());
    }

    // At the size the figures are taken (and the window opens), no header metric is cut off:
    // each value gets the width its text needs and lies inside the page, from the moment the
    // values arrive (a figure or a repaint may come before any new layout pass).
    void headerMetricsAreNotClipped()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        const QWidget *viewport = ui.find(ObjectName::syncPageContent)->parentWidget();
        const QRect visible(viewport->mapTo(ui.window.get(), QPoint(0, 0)), viewport->size());
        for (QLabel *label : ui.find(ObjectName::syncPage)->findChildren<QLabel *>()) {
            const QString role = label->property("role").toString();
            if (!role.startsWith(QLatin1String("metric")) || !label->isVisible())
                continue;
            const int needed = label->contentsMargins().left() + label->contentsMargins().right()
                + label->fontMetrics().horizontalAdvance(label->text());
            QVERIFY2(label->width() >= needed,
                qPrintable(QStringLiteral("%1: %2 < %3")
                               .arg(label->text())
                               .arg(label->width())
                               .arg(needed)));
            QVERIFY2(label->width() >= label->sizeHint().width(),
                qPrintable(QStringLiteral("%1: %2 < %3 (%4)")
                               .arg(label->text())
                               .arg(label->width())
                               .arg(label->sizeHint().width())
                               .arg(needed)));
            const QRect at(label->mapTo(ui.window.get(), QPoint(0, 0)), label->size());
            QVERIFY2(visible.contains(at), qPrintable(label->text()));
        }
    }

    // The status badge and the environment tag are pills: seen in the window, their corners
    // are the page behind them, their insides the pill's colour, whatever the status.
    void badgeAndTagAreRoundPills()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        const auto looksLikeAPill = [&](QLatin1String name, QColor inside) {
            QWidget *pill = ui.find(name);
            QWidget *behind = ui.window.get();
            const QImage seen
                = behind->grab(QRect(pill->mapTo(behind, QPoint(0, 0)), pill->size())).toImage();
            const int h = seen.height() - 1;
            const int w = seen.width() - 1;
            const QColor page(Qt::white);
            for (const QPoint corner : {QPoint(0, 0), QPoint(w, 0), QPoint(0, h), QPoint(w, h)})
                QVERIFY2(seen.pixelColor(corner) == page,
                    qPrintable(QStringLiteral("%1 corner %2,%3 is %4")
                                   .arg(name)
                                   .arg(corner.x())
                                   .arg(corner.y())
                                   .arg(seen.pixelColor(corner).name())));
            // Inside the round end, left of the text.
            QCOMPARE(seen.pixelColor(seen.height() / 2, seen.height() / 2), inside);
            QCOMPARE(seen.pixelColor(w - seen.height() / 2, seen.height() / 2), inside);
        };
        looksLikeAPill(ObjectName::syncStatusBadge, QColor(0xE3, 0xFC, 0xF7));
        looksLikeAPill(ObjectName::navEnvironment, QColor(0xF9, 0xFB, 0xFA));
        ui.controller->pause();
        QTRY_COMPARE(ui.controller->status(), SyncController::Status::Paused);
        QVERIFY(ui.idle());
        looksLikeAPill(ObjectName::syncStatusBadge, QColor(0xFE, 0xF7, 0xE3));
    }

    void terminateSectionCollapses()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        auto *toggle = ui.find<QPushButton>(ObjectName::terminateSectionToggle);
        QVERIFY(ui.find(ObjectName::terminateSyncButton)->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!ui.find(ObjectName::terminateSyncButton)->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(ui.find(ObjectName::terminateSyncButton)->isVisible());
    }

    // The Enable Sync form with its steps open, once shown (Sync terminated), kept the steps'
    // place as tall as itself after Sync was enabled again: the state views' stack was as tall
    // as its tallest page, so the TERMINATE SYNC section went below the fold behind a scroll
    // bar (the 2021 pause figures lost it, captured after the terminate and enable runs).
    void theStepsAreAsTallAsTheyNeedAfterAReEnable()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ui.window->resize(1420, 760);
        ui.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        auto *steps = ui.find(ObjectName::configuredSteps);
        QWidget *stack = steps->parentWidget();
        QTRY_COMPARE(stack->height(), steps->heightForWidth(stack->width()));
        const auto deployed = [&](SyncController::Status status) {
            QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft() && !ui.controller->isBusy(), 10000);
            ui.controller->deploy();
            QTRY_VERIFY_WITH_TIMEOUT(ui.controller->status() == status
                    && !ui.controller->hasDraft()
                    && ui.controller->activity() == SyncController::Activity::Idle,
                10000);
        };
        ui.controller->terminate();
        CHECKED(deployed(SyncController::Status::Disabled));
        QWidget *form = nullptr; // made when the page first shows Sync off
        QTRY_VERIFY((form = ui.find(ObjectName::enableSyncForm)) && form->isVisible());
        // Restored from the configuration saved before the terminate: its steps open and
        // filled, far taller than the configured steps. Then Enable Sync.
        CHECKED(UiActions::click(ui.find(ObjectName::restoreSnapshotButton)));
        QTRY_VERIFY2(form->height() > steps->heightForWidth(stack->width()) + 150,
            qPrintable(QString::number(form->height())));
        CHECKED(UiActions::click(ui.find(ObjectName::enableSyncButton)));
        CHECKED(deployed(SyncController::Status::Enabled));
        QTRY_VERIFY(steps->isVisible());
        // As tall as the steps at the width they now have (the Client recovery panel above
        // them, following the clients coming back, may bring a scroll bar).
        QTRY_COMPARE(stack->height(), steps->heightForWidth(stack->width()));
    }

    // --capture-docs speaks as the reference figures' era did; the console itself does not.
    void figureWordingOfMid2021()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ui.controller->pause();
        QVERIFY(QTest::qWaitFor(
            [&] { return ui.controller->hasDraft() && !ui.controller->isBusy(); }, 10000));
        ui.controller->deploy();
        QVERIFY(QTest::qWaitFor([&] {
            return ui.controller->status() == SyncController::Status::Paused
                && !ui.controller->isBusy();
        }, 10000));
        auto *badge = ui.find<StatusBadge>(ObjectName::syncStatusBadge);
        auto *resume = ui.find<QPushButton>(ObjectName::resumeSyncButton);
        auto *pausedOn = ui.find<QLabel>(ObjectName::syncPausedOn);
        auto *discard = ui.find<QPushButton>(ObjectName::reviewDiscardButton);
        auto *bar = ui.find<QLabel>(ObjectName::draftBarText);
        QCOMPARE(badge->text(), QStringLiteral("PAUSED"));
        QCOMPARE(resume->text(), QStringLiteral("&Resume Sync"));
        QVERIFY(!pausedOn->isVisible());
        QVERIFY(discard->isVisibleTo(ui.window->draftBar()));
        QVERIFY(!bar->text().contains(QStringLiteral("Realm")));

        ui.window->setFigureWording({true, true});
        QCOMPARE(badge->text(), QStringLiteral("DISABLED"));
        QCOMPARE(resume->text(), QStringLiteral("&Enable Sync"));
        QCOMPARE(resume->property("variant").toString(), QStringLiteral("primary"));
        // As large as the page's other big buttons (the reference's Enable Sync is).
        auto *terminate = ui.find<QPushButton>(ObjectName::terminateSyncButton);
        resume->ensurePolished();
        terminate->ensurePolished();
        QCOMPARE(resume->font().pointSizeF(), terminate->font().pointSizeF());
        QVERIFY2(resume->sizeHint().height() >= terminate->sizeHint().height() - 1,
            qPrintable(QStringLiteral("%1 < %2").arg(resume->sizeHint().height())
                           .arg(terminate->sizeHint().height())));
        QVERIFY(pausedOn->isVisible());
        const QString expected = QStringLiteral("Paused On: %1 UTC")
                                     .arg(ui.controller->pausedSince().toUTC().toString(
                                         QStringLiteral("MM/dd/yyyy HH:mm:ss")));
        QCOMPARE(pausedOn->text(), expected);
        QVERIFY(!ui.find<QLabel>(ObjectName::latestSyncEvent)->isVisible());
        QVERIFY(!discard->isVisibleTo(ui.window->draftBar()));
        QCOMPARE(ui.window->draftBar()->deployButton()->text(),
            QStringLiteral("REVIEW DRAFT && &DEPLOY"));
        QCOMPARE(bar->text(),
            QStringLiteral("Changes have been made to your Realm app since the last deploy."));
        QVERIFY(ui.find<QLabel>(ObjectName::syncIntro)->text().contains(
            QStringLiteral("Realm will create")));

        ui.window->setFigureWording({});
        QCOMPARE(badge->text(), QStringLiteral("PAUSED"));
        QVERIFY(!pausedOn->isVisible());
        QVERIFY(ui.find<QLabel>(ObjectName::syncIntro)->text().contains(
            QStringLiteral("App Services will create")));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
