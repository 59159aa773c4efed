// Each view on its own: default state by object name, then real clicks and keys.
#include "DeployDialog.h"
#include "DiffModel.h"
#include "DraftBar.h"
#include "ObjectNames.h"
#include "PauseDialog.h"
#include "ResultBanner.h"
#include "StatusBadge.h"
#include "TerminateDialog.h"
#include "UiFixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

class TestViews : public QObject
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
        QVERIFY(!ui.find(ObjectName::enableSyncForm)->isVisible());
        QVERIFY(!ui.window->draftBar()->isVisible());
        QCOMPARE(ui.find<QLabel>(ObjectName::navAppName)->text(), QStringLiteral("ExampleApp"));
        QCOMPARE(
            ui.find<QLabel>(ObjectName::navEnvironment)->text(), QStringLiteral("NO ENVIRONMENT"));
        QVERIFY(ui.find<QLabel>(ObjectName::syncLag)->text().contains(QStringLiteral("sec")));
        // every interactive widget can be found by name
        for (QWidget *w : ui.window->findChildren<QWidget *>())
            if ((qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w))
                && !qobject_cast<QLineEdit *>(w->parentWidget()) // Qt's own parts: clear button,
                && !qobject_cast<QAbstractItemView *>(w->parentWidget())) // table corner button
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
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

    void theCheckboxAloneEnablesTerminate()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        TerminateDialog dialog(*ui.controller, TerminateDialog::Confirmation::Checkbox);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack here
        dialog.show();
        QCOMPARE(dialog.windowTitle(),
            QStringLiteral("Terminate Sync for ExampleCluster - (Service: Example-Service)"));
        auto *check = dialog.findChild<QCheckBox *>(ObjectName::confirmTerminateCheck);
        auto *button = dialog.findChild<QPushButton *>(ObjectName::terminateButton);
        QCOMPARE(check->text(),
            QStringLiteral(
                "I want to terminate Sync for ExampleCluster - (Service: Example-Service)"));
        QVERIFY(!check->isChecked());
        QVERIFY(!button->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QVERIFY(!button->isEnabled());
        const QString warning = dialog.findChild<QLabel *>(ObjectName::unsyncedChangesText)->text();
        QVERIFY2(warning.contains(QStringLiteral("Swift: 7")), qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("client reset")));
    }

    void typingThePhraseEnablesTerminate()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        TerminateDialog dialog(*ui.controller, TerminateDialog::Confirmation::TypePhrase);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack here
        dialog.show();
        auto *phrase = dialog.findChild<QLineEdit *>(ObjectName::confirmTerminatePhrase);
        auto *button = dialog.findChild<QPushButton *>(ObjectName::terminateButton);
        QTest::keyClicks(phrase, QStringLiteral("Terminate syn"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(phrase, QStringLiteral("c"));
        QVERIFY(!button->isEnabled()); // case matters
        phrase->clear();
        QTest::keyClicks(phrase, QStringLiteral("Terminate Sync"));
        QVERIFY(button->isEnabled());
    }

    void escapeCancelsAndEnterConfirms()
    {
        // Dialogs delete themselves on close, as the main window opens them.
        QPointer<PauseDialog> cancelled = new PauseDialog(QStringLiteral("C - (Service: s)"));
        QSignalSpy rejected(cancelled.data(), &QDialog::rejected);
        cancelled->open();
        QVERIFY(QTest::qWaitForWindowExposed(cancelled));
        QTest::keyClick(cancelled, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QTRY_VERIFY(cancelled.isNull());

        QPointer<PauseDialog> confirmed = new PauseDialog(QStringLiteral("C - (Service: s)"));
        QSignalSpy accepted(confirmed.data(), &QDialog::accepted);
        confirmed->open();
        QVERIFY(QTest::qWaitForWindowExposed(confirmed));
        const auto *close = confirmed->findChild<QPushButton *>(ObjectName::dialogCloseButton);
        QCOMPARE(close->accessibleName(), QStringLiteral("Close"));
        QTest::keyClick(confirmed, Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
        QTRY_VERIFY(confirmed.isNull());
    }

    void theBarFollowsTheDraft()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        QVERIFY(!ui.window->draftBar()->isVisible());
        ui.sim.backend.createDraft(ui.sim.app()); // made elsewhere, e.g. in the browser
        QVERIFY(ui.load());
        QVERIFY(ui.window->draftBar()->isVisible());
        ui.sim.backend.discardDraft(ui.sim.app());
        QVERIFY(ui.load());
        QVERIFY(!ui.window->draftBar()->isVisible());
    }

    void draftBarAsksForReviews()
    {
        DraftBar bar;
        bar.show();
        QSignalSpy deploy(&bar, &DraftBar::reviewDeployRequested);
        QSignalSpy discard(&bar, &DraftBar::reviewDiscardRequested);
        QTest::mouseClick(
            bar.findChild<QPushButton *>(ObjectName::reviewDeployButton), Qt::LeftButton);
        QTest::mouseClick(
            bar.findChild<QPushButton *>(ObjectName::reviewDiscardButton), Qt::LeftButton);
        QCOMPARE(deploy.size(), 1);
        QCOMPARE(discard.size(), 1);
        QCOMPARE(bar.findChild<QPushButton *>(ObjectName::reviewDeployButton)->text(),
            QStringLiteral("REVIEW && DEPLOY"));
    }

    void diffModelColoursLines()
    {
        DiffModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiffs(
            {QStringLiteral("--- f\n+++ f\n@@ -1,2 +1,2 @@\n context\n-removed\n+added\n")});
        QCOMPARE(model.rowCount(), 6);
        const auto colour = [&model](int row) {
            return model.data(model.index(row, 0), Qt::ForegroundRole).value<QBrush>().color();
        };
        QCOMPARE(model.data(model.index(4, 0)).toString(), QStringLiteral("-removed"));
        QCOMPARE(colour(4), QColor(0xCF, 0x4A, 0x22)); // red
        QCOMPARE(colour(5), QColor(0x2F, 0x8A, 0x3F)); // green
        QCOMPARE(colour(2), QColor(0xCF, 0x4A, 0x22)); // hunk header
        QVERIFY(model.data(model.index(0, 0), Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.data(model.index(3, 0), DiffModel::KindRole).value<DiffModel::Kind>(),
            DiffModel::Kind::Context);
        model.setDiffs({});
        QCOMPARE(model.rowCount(), 0);
    }

    void deployDialogShowsTheDiff()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ui.controller->terminate();
        QVERIFY(QTest::qWaitFor(
            [&] { return ui.controller->hasDraft() && !ui.controller->isBusy(); }, 10000));
        ui.window->openDeployDialog();
        auto *dialog = qobject_cast<DeployDialog *>(ui.window->openDialog());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Review & Deploy Changes"));
        QTRY_VERIFY(dialog->model()->rowCount() > 10);
        QVERIFY(dialog->confirmButton()->isEnabled());
        QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("Deploy"));
        int removed = 0;
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            removed += dialog->model()
                           ->data(dialog->model()->index(row, 0), DiffModel::KindRole)
                           .value<DiffModel::Kind>()
                == DiffModel::Kind::Removed;
        QCOMPARE(removed, 12);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!ui.window->openDialog());
        QVERIFY(ui.controller->hasDraft()); // cancelling changed nothing
    }

    void bannersSayWhatHappened()
    {
        ResultBanner banner;
        banner.showSuccess(QDateTime(QDate(2021, 2, 26), QTime(22, 14, 19), Qt::LocalTime));
        QCOMPARE(banner.text(), QStringLiteral("02/26/2021 22:14:19 Deployment was successful!"));
        QCOMPARE(banner.property("kind").toString(), QStringLiteral("success"));
        QTest::mouseClick(
            banner.findChild<QPushButton *>(ObjectName::resultBannerClose), Qt::LeftButton);
        QVERIFY(banner.isHidden());
        banner.showError(QStringLiteral("boom"));
        QCOMPARE(banner.property("kind").toString(), QStringLiteral("error"));
        QVERIFY(!banner.isHidden());
    }
};

QTEST_MAIN(TestViews)
#include "tst_views.moc"
