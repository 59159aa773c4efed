// The seeded monkey: random user intents (clicks on whatever is enabled, keys, dialog answers)
// with random faults switched on and off, reproducible from the seed it prints. After every
// intent the console settles; every few intents the faults are cleared and what the console
// shows is compared with the simulator's state. At most one deployment per confirmed deploy
// or redeploy; no crash.
//
//   MONKEY_SEEDS="1 2 3" MONKEY_INTENTS=1000 tst_monkey     (scripts/monkey does this)
#include "Checked.h"
#include "DeploymentsPage.h"
#include "DraftBar.h"
#include "ObjectNames.h"
#include "TerminateDialog.h"
#include "UiFixture.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTableView>

class TestMonkey : public QObject
{
    Q_OBJECT

    static QList<quint32> seeds()
    {
        const QByteArray given = qgetenv("MONKEY_SEEDS");
        QList<quint32> out;
        for (const QByteArray &s : given.split(' '))
            if (!s.trimmed().isEmpty())
                out.append(s.trimmed().toUInt());
        return out.isEmpty() ? QList<quint32> {11, 29} : out;
    }

    static int intents()
    {
        bool ok = false;
        const int n = qEnvironmentVariableIntValue("MONKEY_INTENTS", &ok);
        return ok && n > 0 ? n : 150;
    }

    // Waits until nothing is under way: the controller idle, no request pending.
    static bool settle(UiFixture &ui)
    {
        // Let what the intent set going run first (posted events, a closed dialog's deletion).
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return QTest::qWaitFor(
            [&] {
                return ui.controller->isLoaded()
                    && ui.controller->activity() == SyncController::Activity::Idle;
            },
            20000);
    }

    // The console shows what the simulator holds.
    static void compare(UiFixture &ui)
    {
        ui.sim.server.faults().clear();
        if (!ui.sim.client->isSignedIn())
            QVERIFY(ui.sim.login());
        QVERIFY(ui.load());
        const SimApp &app = ui.sim.app();
        QCOMPARE(ui.controller->hasDraft(), app.draft.has_value());
        QCOMPARE(ui.controller->config().sync.state(), app.effectiveSync().state());
        QCOMPARE(ui.controller->config().sync.mode, app.effectiveSync().mode);
        QCOMPARE(ui.window->draftBar()->isVisible(), app.draft.has_value());
    }

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void randomIntents_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : seeds())
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomIntents()
    {
        QFETCH(quint32, seed);
        qInfo("monkey seed %u, %d intents (MONKEY_SEEDS=%u reproduces it)", seed, intents(), seed);
        QRandomGenerator random(seed);
        UiFixture ui(random.bounded(2) ? QStringLiteral("partition") : QStringLiteral("flexible"));
        RetryPolicy fast = ui.sim.client->retryPolicy();
        fast.timeoutMs = 400;
        fast.maxDelayMs = 50;
        ui.sim.client->setRetryPolicy(fast);
        QVERIFY(ui.load());

        int confirmedDeploys = 0;
        const int deploymentsAtStart = int(ui.sim.app().deployments.size());
        const QList<QLatin1String> windowControls {ObjectName::pauseSyncButton,
            ObjectName::resumeSyncButton, ObjectName::terminateSyncButton,
            ObjectName::terminateSectionToggle, ObjectName::reviewDeployButton,
            ObjectName::reviewDiscardButton, ObjectName::restoreSnapshotButton,
            ObjectName::enableSyncButton, ObjectName::navSync, ObjectName::navDeploy,
            ObjectName::navActivity, ObjectName::redeployButton, ObjectName::resultBannerClose};
        const QList<QLatin1String> dialogControls {ObjectName::pauseButton,
            ObjectName::resumeButton, ObjectName::terminateButton, ObjectName::deployButton,
            ObjectName::discardButton, ObjectName::confirmRedeployButton,
            ObjectName::startTerminateButton, ObjectName::cancelButton,
            ObjectName::dialogCloseButton, ObjectName::confirmTerminateCheck};
        // Faults a network or a busy service produces; none that loses a write's answer, which
        // Qt itself would resend (see the fault matrix).
        const QStringList faults {QStringLiteral("* * status=503 count=1"),
            QStringLiteral("GET * status=500 count=2"), QStringLiteral("GET * malformed count=1"),
            QStringLiteral("* * latency=600 count=1"), QStringLiteral("GET * drop count=1"),
            QStringLiteral("POST */drafts status=409 count=1"),
            QStringLiteral("PATCH */config status=500 count=1")};

        for (int i = 0; i < intents(); ++i) {
            const int kind = int(random.bounded(100));
            if (kind < 10) {
                ui.sim.inject(faults[int(random.bounded(int(faults.size())))]);
            } else if (kind < 14) {
                ui.sim.server.faults().clear();
            } else if (kind < 18) {
                QDialog *dialog = ui.window->openDialog();
                const Qt::Key key = random.bounded(2) ? Qt::Key_Escape : Qt::Key_Return;
                // Enter is the default button: Deploy, or Redeploy, confirmed by keyboard.
                if (dialog && key == Qt::Key_Return
                    && (dialog->objectName() == ObjectName::deployDialog
                        || dialog->objectName() == ObjectName::redeployDialog))
                    ++confirmedDeploys;
                QTest::keyClick(dialog ? static_cast<QWidget *>(dialog) : ui.window.get(), key);
            } else if (kind < 22) {
                ui.sim.backend.setDeploymentDelayMs(int(random.bounded(200)));
            } else {
                QDialog *dialog = ui.window->openDialog();
                if (dialog && !dialog->isVisible())
                    dialog = nullptr; // closing
                const QList<QLatin1String> &names = dialog ? dialogControls : windowControls;
                QWidget *scope = dialog ? static_cast<QWidget *>(dialog) : ui.window.get();
                QList<QWidget *> usable;
                for (const QLatin1String &name : names)
                    if (auto *w = scope->findChild<QWidget *>(name);
                        w && w->isVisible() && w->isEnabled())
                        usable.append(w);
                if (dialog && dialog->objectName() == ObjectName::terminateDialog)
                    if (auto *phrase
                        = dialog->findChild<QLineEdit *>(ObjectName::confirmTerminatePhrase))
                        phrase->setText(TerminateDialog::confirmationPhrase());
                if (!dialog && ui.window->deploymentsPage()->isVisible()) {
                    auto *table = ui.find<QTableView>(ObjectName::deploymentsTable);
                    if (table->model()->rowCount() > 0)
                        table->selectRow(int(random.bounded(table->model()->rowCount())));
                }
                if (usable.isEmpty())
                    continue;
                QWidget *w = usable[int(random.bounded(int(usable.size())))];
                if (qEnvironmentVariableIsSet(
                        "MONKEY_TRACE")) // what it did, to follow a failing seed
                    qInfo("intent %d: %s", i, qPrintable(w->objectName()));
                if (w->objectName() == ObjectName::deployButton
                    || w->objectName() == ObjectName::confirmRedeployButton)
                    ++confirmedDeploys;
                if (auto *check = qobject_cast<QCheckBox *>(w))
                    check->toggle();
                else if (auto *button = qobject_cast<QAbstractButton *>(w))
                    button->click();
            }
            QVERIFY2(settle(ui), qPrintable(QStringLiteral("intent %1 never settled").arg(i)));
            const int made = int(ui.sim.app().deployments.size()) - deploymentsAtStart;
            QVERIFY2(made <= confirmedDeploys,
                qPrintable(QStringLiteral("intent %1: %2 deployments for %3 confirmed")
                               .arg(i)
                               .arg(made)
                               .arg(confirmedDeploys)));
            if (i % 25 == 24 && !ui.window->openDialog())
                CHECKED(compare(ui));
        }
        if (QDialog *dialog = ui.window->openDialog())
            dialog->reject();
        QVERIFY(settle(ui));
        CHECKED(compare(ui));
        qInfo("seed %u: %d intents, %d deploys confirmed, %d deployments made", seed, intents(),
            confirmedDeploys, int(ui.sim.app().deployments.size()) - deploymentsAtStart);
    }
};

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
