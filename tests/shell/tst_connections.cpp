// Connecting as a person does: the connection dialog, the app picker, profiles remembered
// without their private key, the last app reopened, and the models behind the lists.
#include "ActivityLog.h"
#include "AppListModel.h"
#include "AppPickerDialog.h"
#include "ConnectionDialog.h"
#include "ConsoleApp.h"
#include "DeploymentHistoryModel.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ObjectNames.h"
#include "ProfileStore.h"
#include "SimFixture.h"
#include "SyncController.h"
#include "Theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>

class TestConnections : public QObject
{
    Q_OBJECT

    static QList<AppSummary> manyApps(int n)
    {
        QList<AppSummary> apps;
        for (int i = 0; i < n; ++i) {
            AppSummary a;
            a.id = QStringLiteral("id%1").arg(i);
            a.name = QStringLiteral("App %1").arg(i);
            a.clientAppId = QStringLiteral("app%1-abcde").arg(i);
            a.location = i % 2 ? QStringLiteral("US-VA") : QStringLiteral("DE-FF");
            a.deploymentModel = QStringLiteral("GLOBAL");
            apps.append(a);
        }
        return apps;
    }

    template<typename T> static T *topLevel()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
                return found;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        Theme::apply(*qApp);
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8()); // activity logs and snapshots stay here
    }

    void listModelsPassTheModelTester()
    {
        AppListModel apps;
        QAbstractItemModelTester appsTester(
            &apps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        apps.setApps(manyApps(1000));
        QCOMPARE(apps.rowCount(), 1000);
        QCOMPARE(apps.data(apps.index(7, AppListModel::ClientAppId)).toString(),
            QStringLiteral("app7-abcde"));
        QCOMPARE(apps.rowOf(QStringLiteral("id999")), 999);

        DeploymentHistoryModel history;
        QAbstractItemModelTester historyTester(
            &history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Deployment> deployments;
        for (int i = 0; i < 10000; ++i) {
            Deployment d;
            d.id = QString::number(i);
            d.name = QStringLiteral("Deployment %1").arg(i);
            d.statusText = i == 3 ? QStringLiteral("failed") : QStringLiteral("successful");
            d.statusErrorMessage = i == 3 ? QStringLiteral("boom") : QString();
            deployments.append(d);
        }
        Draft draft;
        draft.id = QStringLiteral("draft");
        history.setHistory(deployments, draft);
        QCOMPARE(history.rowCount(), 10001);
        QVERIFY(history.data(history.index(0, 0), DeploymentHistoryModel::IsDraftRole).toBool());
        QCOMPARE(history.data(history.index(4, DeploymentHistoryModel::Error)).toString(),
            QStringLiteral("boom"));
        QVERIFY(!history.deployment(0));
        QCOMPARE(history.deployment(1)->id, QStringLiteral("0"));
        history.setHistory(deployments.mid(0, 3), std::nullopt);
        QCOMPARE(history.rowCount(), 3);
    }

    void thePickerFiltersAndOpens()
    {
        auto *picker = new AppPickerDialog(manyApps(1000), QStringLiteral("id5"));
        QSignalSpy chosen(picker, &AppPickerDialog::appChosen);
        picker->open();
        QCOMPARE(picker->chosenAppId(), QStringLiteral("id5")); // the remembered one is selected
        QTest::keyClicks(
            picker->findChild<QLineEdit *>(ObjectName::appFilter), QStringLiteral("app99"));
        QCOMPARE(picker->filtered()->rowCount(), 11); // app99, app990..app999
        picker->findChild<QTableView *>(ObjectName::appTable)->selectRow(0);
        QTest::mouseClick(
            picker->findChild<QPushButton *>(ObjectName::openAppButton), Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QVERIFY(chosen.first().first().toString().startsWith(QStringLiteral("id99")));
    }

    void theDialogRefusesPlainHttpToOtherHosts()
    {
        auto *dialog = new ConnectionDialog({}, {QStringLiteral("flexible")}, QString());
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->show();
        auto *connect = dialog->findChild<QPushButton *>(ObjectName::connectButton);
        QVERIFY(connect->isEnabled()); // the simulator needs nothing more
        dialog->findChild<QRadioButton *>(ObjectName::appServicesChoice)->setChecked(true);
        auto *url = dialog->findChild<QLineEdit *>(ObjectName::baseUrl);
        QCOMPARE(url->text(), QStringLiteral("https://services.cloud.mongodb.com/api/admin/v3.0"));
        dialog->findChild<QLineEdit *>(ObjectName::publicKey)->setText(QStringLiteral("abc"));
        dialog->findChild<QLineEdit *>(ObjectName::privateKey)->setText(QStringLiteral("k"));
        QVERIFY(connect->isEnabled());
        url->setText(QStringLiteral("http://services.cloud.mongodb.com/api/admin/v3.0"));
        QVERIFY(!connect->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(ObjectName::connectionProblem)
                    ->text()
                    .contains(QStringLiteral("refused")));
        url->setText(QStringLiteral("http://127.0.0.1:9999/api/admin/v3.0"));
        QVERIFY(connect->isEnabled());
        delete dialog;
    }

    void connectPickRememberAndReopen()
    {
        // A "real" App Services on loopback: the simulator, reached as a profile would reach it.
        SimFixture sim;
        SimApp second = sim.app();
        second.id.clear();
        second.serviceId.clear();
        second.name = QStringLiteral("SecondApp");
        second.clientAppId = QStringLiteral("secondapp-zzzzz");
        sim.backend.addApp(second);
        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(QStringLiteral("sync-console.ini"));
        MemorySecretStore keychain;
        QString chosenId;
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            ConsoleOptions options;
            options.scenario = QStringLiteral("flexible");
            ConsoleApp console(options, &settings, &keychain);
            console.start(); // first start: the simulator, with the connection dialog offered
            QTRY_VERIFY_WITH_TIMEOUT(console.connectionDialog(), 10000);
            ConnectionDialog *dialog = console.connectionDialog();
            dialog->findChild<QLineEdit *>(ObjectName::profileName)
                ->setText(QStringLiteral("Training room"));
            dialog->findChild<QRadioButton *>(ObjectName::appServicesChoice)->setChecked(true);
            dialog->findChild<QLineEdit *>(ObjectName::baseUrl)
                ->setText(sim.server.baseUrl().toString());
            dialog->findChild<QLineEdit *>(ObjectName::publicKey)
                ->setText(SimDefaults::publicKey());
            dialog->findChild<QLineEdit *>(ObjectName::privateKey)
                ->setText(SimDefaults::privateKey());
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(ObjectName::testConnectionButton), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel *>(ObjectName::connectionResult)
                                         ->text()
                                         .contains(QStringLiteral("2 app")),
                10000);
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(ObjectName::connectButton), Qt::LeftButton);

            // Two apps and none remembered: the picker asks.
            AppPickerDialog *picker = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((picker = topLevel<AppPickerDialog>()), 10000);
            picker->findChild<QLineEdit *>(ObjectName::appFilter)
                ->setText(QStringLiteral("second"));
            picker->findChild<QTableView *>(ObjectName::appTable)->selectRow(0);
            chosenId = picker->chosenAppId();
            QTest::mouseClick(
                picker->findChild<QPushButton *>(ObjectName::openAppButton), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(
                console.controller() && console.controller()->isLoaded(), 10000);
            QCOMPARE(console.controller()->app().name, QStringLiteral("SecondApp"));
            QVERIFY(
                console.activity()->rowCount() > 3); // the calls of this profile, login included
        }
        QCOMPARE(
            keychain.secrets.value(QStringLiteral("Training room")), SimDefaults::privateKey());
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Training room") || text.contains("Training%20room"));
        QVERIFY(!text.contains(SimDefaults::privateKey().toUtf8()));

        // The next start signs in with the keychain's key and reopens the last app directly.
        QSettings settings(settingsPath, QSettings::IniFormat);
        ConsoleOptions options;
        options.scenario = QStringLiteral("flexible");
        ConsoleApp again(options, &settings, &keychain);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(again.controller() && again.controller()->isLoaded(), 10000);
        QCOMPARE(again.controller()->appRef().appId, chosenId);
        QVERIFY(!again.connectionDialog());
    }

    // A start writes the settings only for what a later start reads: not the built-in
    // simulator's app (its profile is not stored; each start opens the scenario's first app),
    // and not a saved profile's app when it is the one it reopened. Each write costs two
    // fdatasync on the GUI thread while the first load waits.
    void aStartWritesOnlyWhatChanged()
    {
        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(QStringLiteral("sync-console.ini"));
        MemorySecretStore keychain;
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(QStringLiteral("first_start_done"), true);
            settings.sync();
            ConsoleApp console(ConsoleOptions(), &settings, &keychain);
            console.start();
            QTRY_VERIFY_WITH_TIMEOUT(
                console.controller() && console.controller()->isLoaded(), 10000);
            QVERIFY(!settings.childGroups().contains(QStringLiteral("profiles")));
        }
        QSettings written(settingsPath, QSettings::IniFormat);
        QVERIFY2(!written.childGroups().contains(QStringLiteral("profiles")),
            qPrintable(written.allKeys().join(u' ')));

        // A saved simulator profile: its app is remembered once, then not written again.
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            ProfileStore store(&settings);
            ConnectionProfile p;
            p.id = QStringLiteral("classroom");
            p.name = QStringLiteral("Classroom");
            p.kind = ConnectionProfile::Kind::Simulator;
            store.save(p);
            store.setLastProfile(p.id);
        }
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            ConsoleApp console(ConsoleOptions(), &settings, &keychain);
            console.start();
            QTRY_VERIFY_WITH_TIMEOUT(
                console.controller() && console.controller()->isLoaded(), 10000);
            QCOMPARE(ProfileStore(&settings).profile(QStringLiteral("classroom"))->lastAppId,
                console.controller()->appRef().appId);
        }
        const QDateTime before = QFileInfo(settingsPath).fileTime(QFileDevice::FileModificationTime);
        QSettings settings(settingsPath, QSettings::IniFormat);
        ConsoleApp again(ConsoleOptions(), &settings, &keychain);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(again.controller() && again.controller()->isLoaded(), 10000);
        QCOMPARE(QFileInfo(settingsPath).fileTime(QFileDevice::FileModificationTime), before);
    }

    void theBuiltInProfileSurvivesALanguageChange()
    {
        // The built-in simulator's activity log is kept under its profile's id: a console
        // started in another language finds the same log (it used to be filed under the
        // translated name "Built-in simulator", and was lost on a change of language).
        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(QStringLiteral("sync-console.ini"));
        MemorySecretStore keychain;
        int before = 0;
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(QStringLiteral("first_start_done"), true);
            ConsoleApp console(ConsoleOptions(), &settings, &keychain);
            console.start();
            QTRY_VERIFY_WITH_TIMEOUT(
                console.controller() && console.controller()->isLoaded(), 10000);
            before = console.activity()->rowCount();
            QVERIFY(before > 3);
        }
        PseudoTranslator german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        QSettings settings(settingsPath, QSettings::IniFormat);
        ConsoleApp again(ConsoleOptions(), &settings, &keychain);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(again.controller() && again.controller()->isLoaded(), 10000);
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(again.activity()->rowCount() > before,
            qPrintable(QStringLiteral("%1 calls before, %2 now")
                           .arg(before)
                           .arg(again.activity()->rowCount())));
    }

    void aSavedProfileKeepsItsIdWhenRenamed()
    {
        ConnectionProfile saved;
        saved.id = QStringLiteral("Training room");
        saved.name = QStringLiteral("Training room");
        saved.kind = ConnectionProfile::Kind::AppServices;
        saved.baseUrl = QStringLiteral("http://127.0.0.1:1/api/admin/v3.0");
        ConnectionDialog dialog({saved}, {QStringLiteral("flexible")}, saved.id);
        QCOMPARE(dialog.profile().id, saved.id);
        dialog.findChild<QLineEdit *>(ObjectName::profileName)->setText(QStringLiteral("Room 2"));
        QCOMPARE(dialog.profile().name, QStringLiteral("Room 2"));
        QCOMPARE(dialog.profile().id, saved.id);
        dialog.findChild<QComboBox *>(ObjectName::savedProfiles)->setCurrentIndex(0);
        dialog.findChild<QRadioButton *>(ObjectName::simulatorChoice)->setChecked(true);
        QCOMPARE(dialog.profile().id, ConnectionProfile::builtinSimulatorId());
    }

private:
    // Translates every text, as a language other than English would.
    class PseudoTranslator final : public QTranslator
    {
    public:
        bool isEmpty() const override { return false; }
        QString translate(
            const char *, const char *sourceText, const char * = nullptr, int = -1) const override
        {
            return QStringLiteral("\u00bb") + QString::fromUtf8(sourceText);
        }
    };

    QTemporaryDir m_data;
};

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
