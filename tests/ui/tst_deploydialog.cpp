// The deploy dialog and its diff model.
#include "DeployDialog.h"
#include "DiffModel.h"
#include "ObjectNames.h"
#include "UiFixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QScopeGuard>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>

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

    // The 2023 generation's Deployment Draft: the name typed is the deployment's name at the
    // simulator and in the history the console reads back.
    void deploymentDraftNamesTheDeployment()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ui.window->setUiGeneration(UiGeneration::DeviceSync2023);
        auto *dialog = openDraft(ui);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Deployment Draft"));
        QVERIFY(!dialog->findChild<QPushButton *>(ObjectName::cancelButton));
        auto *name = dialog->findChild<QLineEdit *>(ObjectName::deploymentNameEdit);
        QVERIFY(name && name->isVisible());
        QCOMPARE(name->placeholderText(), QStringLiteral("Set a deployment name"));
        QTest::keyClicks(name, QStringLiteral("pause for the oplog drill"));
        QTRY_VERIFY(dialog->confirmButton()->isEnabled());
        QSignalSpy deployed(ui.controller.get(), &SyncController::deploymentSucceeded);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(deployed.size(), 1, 10000);
        QCOMPARE(ui.sim.app().deployments.last().name, QStringLiteral("pause for the oplog drill"));
        QTRY_VERIFY(!ui.controller->deployments().isEmpty()
            && ui.controller->deployments().first().name
                == QStringLiteral("pause for the oplog drill"));
    }

    void deploymentDraftDiscardsAtTheSimulator()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ui.window->setUiGeneration(UiGeneration::DeviceSync2023);
        auto *dialog = openDraft(ui);
        QVERIFY(dialog);
        QVERIFY(ui.sim.app().draft.has_value());
        auto *discard = dialog->findChild<QPushButton *>(ObjectName::discardDraftButton);
        QVERIFY(discard);
        QTRY_VERIFY(discard->isEnabled());
        QCOMPARE(discard->text(), QStringLiteral("Disca&rd Draft"));
        QTest::mouseClick(discard, Qt::LeftButton);
        QTRY_VERIFY(!ui.window->openDialog());
        QVERIFY(!ui.sim.app().draft.has_value());
        QVERIFY(!ui.controller->hasDraft());
        QCOMPARE(ui.sim.app().deployments.size(), 0);
    }

    // Export State writes the files an export of the app holds, in the app's layout. The
    // partition scenario's app keeps the layout of apps made before 2021: the sync block in
    // services/<service>/config.json, beside a root config.json.
    void deploymentDraftExportsTheState()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ui.window->setUiGeneration(UiGeneration::DeviceSync2023);
        const QJsonObject files = exportedFiles(ui);
        QCOMPARE(files.keys(),
            QStringList({QStringLiteral("config.json"),
                QStringLiteral("services/Example-Service/config.json")}));
        QCOMPARE(files.value(QStringLiteral("config.json")).toObject().value(
                     QStringLiteral("config_version")),
            QJsonValue(20180301));
        const QJsonObject cluster = files.value(QStringLiteral("services/Example-Service/config.json"))
                                        .toObject()
                                        .value(QStringLiteral("config"))
                                        .toObject();
        QCOMPARE(cluster.value(QStringLiteral("clusterName")).toString(),
            QStringLiteral("ExampleCluster"));
        QCOMPARE(cluster.value(QStringLiteral("sync")).toObject().value(QStringLiteral("partition"))
                     .toObject()
                     .value(QStringLiteral("key")),
            QJsonValue(QStringLiteral("_partition")));
    }

    // An app on the newer layout (moved there over HTTP, as PATCH /_sim/apps/APP does):
    // Export State writes root_config.json, data_sources/<service>/config.json without Sync
    // and sync/config.json with the block at the top level, the file the draft's diff names.
    // It wrote services/<service>/config.json before.
    void exportStateFollowsTheNewerLayout()
    {
        UiFixture ui(QStringLiteral("partition"));
        const auto moved = ui.sim.http("PATCH", QStringLiteral("/_sim/apps/%1").arg(ui.sim.app().id),
            QByteArrayLiteral(R"({"config_layout":"sync"})"));
        QCOMPARE(moved.first, 200);
        QVERIFY(ui.load());
        ui.window->setUiGeneration(UiGeneration::DeviceSync2023);
        const QJsonObject files = exportedFiles(ui);
        QVERIFY(ui.controller->diff().diffs.first().startsWith(QStringLiteral("--- sync/config.json")));
        QCOMPARE(files.keys(),
            QStringList({QStringLiteral("data_sources/Example-Service/config.json"),
                QStringLiteral("root_config.json"), QStringLiteral("sync/config.json")}));
        const QJsonObject source
            = files.value(QStringLiteral("data_sources/Example-Service/config.json")).toObject();
        QCOMPARE(source.value(QStringLiteral("type")).toString(), QStringLiteral("mongodb-atlas"));
        const QJsonObject cluster = source.value(QStringLiteral("config")).toObject();
        QCOMPARE(cluster.value(QStringLiteral("clusterName")).toString(),
            QStringLiteral("ExampleCluster"));
        QVERIFY(!cluster.contains(QStringLiteral("sync")));
        const QJsonObject sync = files.value(QStringLiteral("sync/config.json")).toObject();
        QCOMPARE(sync.value(QStringLiteral("type")).toString(), QStringLiteral("partition"));
        QCOMPARE(sync.value(QStringLiteral("service_name")).toString(),
            QStringLiteral("Example-Service"));
        QCOMPARE(sync.value(QStringLiteral("development_mode_enabled")), QJsonValue(false));
        QCOMPARE(sync.value(QStringLiteral("partition")).toObject().value(QStringLiteral("key")),
            QJsonValue(QStringLiteral("_partition")));
    }

    // The 2021 generation keeps Review & Deploy Changes.
    void theClassicGenerationKeepsReviewAndDeploy()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        QCOMPARE(ui.window->uiGeneration(), UiGeneration::Classic2021);
        auto *dialog = openDraft(ui);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Review & Deploy Changes"));
        QVERIFY(!dialog->findChild<QPushButton *>(ObjectName::discardDraftButton));
    }

    // The dialog's height follows its diff: a short diff shows whole in a shorter dialog (the
    // diff view kept a 420 px minimum, and the Deployment Draft figure's dialog stood taller
    // than its reference's); a long one scrolls in a dialog that still fits its window.
    void theDialogsHeightFollowsItsDiff()
    {
        QWidget window;
        window.resize(1420, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dialog = new DeployDialog(DeployDialog::Purpose::Draft, &window);
        auto *view = dialog->findChild<QListView *>(ObjectName::diffView);
        QVERIFY(view);
        const auto diffOf = [](int lines) {
            QString diff = QStringLiteral("--- sync/config.json\n+++ sync/config.json\n@@ -1,%1 +1,%1 @@\n")
                               .arg(lines);
            for (int i = 0; i < lines; ++i)
                diff += QStringLiteral(" \"field%1\": %1,\n").arg(i);
            return diff;
        };
        dialog->showDiffs({diffOf(3)});
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_COMPARE(view->verticalScrollBar()->maximum(), 0); // all six lines show
        const int shortHeight = dialog->height();
        const int shortView = view->height();
        QVERIFY2(shortView < 200, qPrintable(QString::number(shortView)));

        dialog->showDiffs({diffOf(17)}); // the pause's length: still whole, and taller
        QTRY_VERIFY(dialog->height() > shortHeight);
        QTRY_COMPARE(view->verticalScrollBar()->maximum(), 0);
        const int pauseHeight = dialog->height();

        dialog->showDiffs({diffOf(400)}); // scrolls, in a dialog no taller than its window
        QTRY_VERIFY(dialog->height() > pauseHeight);
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
        QVERIFY2(dialog->height() <= window.height(), qPrintable(QString::number(dialog->height())));

        dialog->showDiffs({diffOf(3)}); // and shrinks again
        QTRY_COMPARE(dialog->height(), shortHeight);
        QCOMPARE(view->height(), shortView);
        dialog->reject();
    }

    // A status that grows from one line to several makes room for itself. The sanitizer walk
    // met it in Japanese at 150 %: "Loading the changes…" (one line, shown while the change
    // that made the draft is in flight), then the refused change's message (three lines) was
    // cut to the one line's height, because the dialog refitted only when the status was
    // shown or hidden.
    void aLongerStatusMakesRoomForItself()
    {
        Theme::apply(*qApp, 150);
        const auto atFullSize = qScopeGuard([] { Theme::apply(*qApp); });
        QWidget window;
        window.resize(1420, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *dialog = new DeployDialog(DeployDialog::Purpose::Deploy, &window);
        auto *status = dialog->findChild<QLabel *>(ObjectName::deployStatus);
        dialog->showLoading();
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY(status->isVisible());
        const int oneLine = status->height();
        // The walk's words, Japanese at 150 %: three lines where the status had one.
        dialog->showProblem(QStringLiteral(
            "\u5909\u66f4\u306e\u30c9\u30e9\u30d5\u30c8\u3078\u306e\u4fdd\u5b58\u304c"
            "\u4e2d\u65ad\u3055\u308c\u307e\u3057\u305f\u3002\u30b5\u30fc\u30d0\u30fc"
            "\u3078\u306e\u30ea\u30af\u30a8\u30b9\u30c8\u304c\u591a\u3059\u304e\u307e"
            "\u3059\u3002\u30b5\u30fc\u30d0\u30fc\u304b\u3089\u306e\u30e1\u30c3\u30bb"
            "\u30fc\u30b8:\u300ctoo many requests\u300d\uff08\u30b3\u30fc\u30c9 "
            "TooManyRequests\uff09\u3002 5 \u79d2\u5f8c\u306b\u3082\u3046\u4e00\u5ea6"
            "\u304a\u8a66\u3057\u304f\u3060\u3055\u3044\u3002"));
        QTRY_VERIFY2(status->height() >= status->heightForWidth(status->width()),
            qPrintable(QStringLiteral("%1 < %2").arg(status->height())
                           .arg(status->heightForWidth(status->width()))));
        QVERIFY(status->height() > oneLine);
        dialog->reject();
    }

private:
    // Pauses Sync, opens the Deployment Draft, clicks Export State and saves through its file
    // dialog; the files the export wrote. The draft dialog stays open.
    static QJsonObject exportedFiles(UiFixture &ui)
    {
        auto *dialog = openDraft(ui);
        if (!dialog)
            return {};
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("state.json"));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(ObjectName::exportStateButton), Qt::LeftButton);
        QFileDialog *files = nullptr;
        if (!QTest::qWaitFor([&] {
                return (files = ui.window->findChild<QFileDialog *>(ObjectName::exportStateDialog));
            }))
            return {};
        QSignalSpy exported(ui.window.get(), &MainWindow::stateExported);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // as the Save button does
        if (!QTest::qWaitFor([&] { return exported.size() == 1; }) || ui.window->openDialog() != dialog)
            return {};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        const QString diff = state.value(QStringLiteral("draft"))
                                 .toObject()
                                 .value(QStringLiteral("diffs"))
                                 .toArray()
                                 .first()
                                 .toString();
        if (!diff.contains(QStringLiteral("\"state\": \"disabled\"")))
            return {}; // the pending pause beside the files
        return state.value(QStringLiteral("files")).toObject();
    }

    // Pauses Sync (a draft with a change), then opens what REVIEW & DEPLOY opens.
    static DeployDialog *openDraft(UiFixture &ui)
    {
        ui.controller->pause();
        if (!QTest::qWaitFor(
                [&] { return ui.controller->hasDraft() && !ui.controller->isBusy(); }, 10000))
            return nullptr;
        ui.window->openDeployDialog();
        auto *dialog = qobject_cast<DeployDialog *>(ui.window->openDialog());
        if (dialog && !QTest::qWaitFor([&] { return dialog->model()->rowCount() > 3; }, 10000))
            return nullptr;
        return dialog;
    }
};

QTEST_MAIN(TestDeployDialog)
#include "tst_deploydialog.moc"
