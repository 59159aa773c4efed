// The Deploy page: the history follows the server without resetting its model while a
// deployment is polled, and Redeploy is offered for deployments only.
#include "DeploymentHistoryModel.h"
#include "DeploymentsPage.h"
#include "ObjectNames.h"
#include "UiFixture.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>

class TestDeploymentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void pollingDoesNotResetTheHistory()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ui.window->showPage(Page::Deploy);
        auto *table = ui.find<QTableView>(ObjectName::deploymentsTable);
        QAbstractItemModel *model = table->model();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model->rowCount();

        ui.controller->terminate();
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft() && !ui.controller->isBusy(), 10000);
        QVERIFY(ui.idle());
        QCOMPARE(model->rowCount(), before + 1); // the draft on top
        QVERIFY(model->data(model->index(0, 0), DeploymentHistoryModel::IsDraftRole).toBool());

        ui.sim.backend.setDeploymentDelayMs(300); // several polls
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy polls(ui.controller.get(), &SyncController::deploymentChanged);
        QSignalSpy succeeded(ui.controller.get(), &SyncController::deploymentSucceeded);
        QSignalSpy refreshed(ui.controller.get(), &SyncController::refreshed);
        ui.controller->deploy();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
        // The history is read again once the deployment has ended, and only then.
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        QVERIFY2(polls.size() >= 3, qPrintable(QString::number(polls.size())));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model->rowCount(), before + 1); // the draft row became the new deployment
        QVERIFY(!model->data(model->index(0, 0), DeploymentHistoryModel::IsDraftRole).toBool());
        QCOMPARE(model->data(model->index(0, DeploymentHistoryModel::Status)).toString(),
            QStringLiteral("successful"));
    }

    void theHistoryModelFollowsAnyList()
    {
        // Lists that move by their ends, and lists that do not: whatever comes, the model holds
        // exactly the new list, and says so in signals the model tester accepts.
        DeploymentHistoryModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator random(7);
        int next = 0;
        QList<Deployment> list;
        for (int round = 0; round < 300; ++round) {
            const int change = int(random.bounded(6));
            if (change == 0 || list.isEmpty()) {
                Deployment d;
                d.id = QString::number(next++);
                d.statusText = QStringLiteral("pending");
                list.prepend(d);
                while (list.size() > 25)
                    list.removeLast();
            } else if (change == 1) {
                list.first().statusText = QStringLiteral("successful");
            } else if (change == 2) {
                list.removeAt(int(random.bounded(int(list.size()))));
            } else if (change == 3 && round % 50 == 0) {
                list.clear();
            }
            std::optional<Draft> draft;
            if (random.bounded(3) == 0)
                draft = Draft {QStringLiteral("draft%1").arg(round % 4), QString(), QString()};
            model.setHistory(list, draft);
            QCOMPARE(model.rowCount(), int(list.size()) + (draft ? 1 : 0));
            QCOMPARE(model.hasDraftRow(), draft.has_value());
            for (int row = 0; row < list.size(); ++row) {
                const Deployment *d = model.deployment(row + (draft ? 1 : 0));
                QVERIFY(d);
                QCOMPARE(d->id, list[row].id);
                QCOMPARE(d->statusText, list[row].statusText);
            }
        }
    }

    void redeployIsForDeploymentsOnly()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ui.controller->pause();
        QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft() && !ui.controller->isBusy(), 10000);
        ui.window->showPage(Page::Deploy);
        auto *table = ui.find<QTableView>(ObjectName::deploymentsTable);
        auto *redeploy = ui.find<QPushButton>(ObjectName::redeployButton);
        QVERIFY(!redeploy->isEnabled());
        table->selectRow(0); // the draft
        QVERIFY(!redeploy->isEnabled());
        if (table->model()->rowCount() > 1) {
            table->selectRow(1);
            QVERIFY(redeploy->isEnabled());
        }
    }
};

QTEST_MAIN(TestDeploymentsPage)
#include "tst_deploymentspage.moc"
