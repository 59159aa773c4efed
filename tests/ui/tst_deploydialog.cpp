// The deploy dialog and its diff model.
#include "DeployDialog.h"
#include "DiffModel.h"
#include "ObjectNames.h"
#include "UiFixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>

class TestDeployDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

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
        QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("&Deploy"));
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

    // An empty draft (made elsewhere, or left by a refused change) has nothing to deploy:
    // Deploy stays off, Discard still clears it away.
    void anEmptyDraftCannotBeDeployed()
    {
        UiFixture ui(QStringLiteral("partition"));
        ui.sim.backend.createDraft(ui.sim.app());
        QVERIFY(ui.load());
        QVERIFY(ui.controller->hasDraft());
        ui.window->openDeployDialog();
        auto *dialog = qobject_cast<DeployDialog *>(ui.window->openDialog());
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->findChild<QLabel *>(ObjectName::deployStatus)->text(),
            QStringLiteral("The draft holds no changes yet."));
        QVERIFY(!ui.controller->isBusy());
        QVERIFY(!dialog->confirmButton()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!ui.window->openDialog());

        DeployDialog discard(DeployDialog::Purpose::Discard);
        discard.showDiffs({});
        discard.setProgress(false, true);
        QVERIFY(discard.confirmButton()->isEnabled());
    }
};

QTEST_MAIN(TestDeployDialog)
#include "tst_deploydialog.moc"
