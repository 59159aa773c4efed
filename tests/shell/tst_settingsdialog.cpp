// Settings…: found in the Connection menu under the standard shortcut; what it chooses is kept
// in QSettings and applies at once, but the language, which applies when the console starts
// again and says so; --type-to-confirm still overrides the saved confirmation.
#include "ConsoleApp.h"
#include "ConsoleSettings.h"
#include "DeviceSyncPage.h"
#include "DisplayTime.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ObjectNames.h"
#include "SettingsDialog.h"
#include "SyncController.h"
#include "SyncPage.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
// A console on the built-in simulator, in a settings file of its own.
struct Console
{
    explicit Console(bool typeToConfirm = false)
    {
        settings.setValue(QStringLiteral("first_start_done"), true);
        options.scenario = QStringLiteral("partition");
        options.scenarioGiven = true;
        options.typeToConfirm = typeToConfirm;
    }

    void start()
    {
        app = std::make_unique<ConsoleApp>(options, &settings, &keychain);
        app->start();
    }

    bool loaded() const { return app->controller() && app->controller()->isLoaded(); }

    QWidget *terminateConfirmation() const
    {
        app->window()->openTerminateDialog();
        QDialog *d = app->window()->openDialog();
        if (!d)
            return nullptr;
        QWidget *phrase = d->findChild<QLineEdit *>(ObjectName::confirmTerminatePhrase);
        QWidget *check = d->findChild<QWidget *>(ObjectName::confirmTerminateCheck);
        d->reject();
        return phrase ? phrase : check;
    }

    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("sync-console.ini")), QSettings::IniFormat};
    MemorySecretStore keychain;
    ConsoleOptions options;
    std::unique_ptr<ConsoleApp> app;
};
} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { DisplayTime::setStyle(DisplayTime::Style::Documented); }

    void chosenSettingsAreKeptAndApplied()
    {
        Console c;
        c.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
        QCOMPARE(DisplayTime::style(), DisplayTime::Style::Locale); // the default
        QCOMPARE(c.terminateConfirmation()->objectName(), ObjectName::confirmTerminateCheck);

        auto *menu = c.app->window()->menuBar()->findChild<QMenu *>(ObjectName::connectionMenu);
        QVERIFY(menu);
        QAction *action = menu->findChild<QAction *>(ObjectName::settingsAction);
        QVERIFY(action && menu->actions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
        action->trigger();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = c.app->window()->findChild<SettingsDialog *>()) && dialog->isVisible());

        auto *language = dialog->findChild<QComboBox *>(ObjectName::settingsLanguage);
        QWidget *note = dialog->findChild<QWidget *>(ObjectName::settingsRestartNote);
        QVERIFY(language && note);
        language->setCurrentIndex(language->findData(QStringLiteral("ja")));
        QVERIFY(note->isVisible()); // another language: it says when it applies
        dialog->findChild<QComboBox *>(ObjectName::settingsConfirmation)->setCurrentIndex(1);
        dialog->findChild<QComboBox *>(ObjectName::settingsDateFormat)->setCurrentIndex(1);
        dialog->findChild<QSpinBox *>(ObjectName::settingsPollInterval)->setValue(2000);
        dialog->findChild<QSpinBox *>(ObjectName::settingsFollowInterval)->setValue(12);
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectName::settingsOk), Qt::LeftButton);
        QTRY_VERIFY(!c.app->window()->findChild<SettingsDialog *>());

        const ConsoleSettings saved = ConsoleSettings::load(c.settings);
        QCOMPARE(saved.language, QStringLiteral("ja"));
        QVERIFY(saved.typeToConfirm);
        QCOMPARE(saved.dateStyle, DisplayTime::Style::Documented);
        QCOMPARE(saved.deploymentPollMs, 2000);
        QCOMPARE(saved.logFollowMs, 12000);
        QCOMPARE(DisplayTime::style(), DisplayTime::Style::Documented); // at once
        QCOMPARE(c.terminateConfirmation()->objectName(), ObjectName::confirmTerminatePhrase);
    }

    void savedSettingsApplyAtStartAndTheFlagOverrides()
    {
        {
            Console c;
            ConsoleSettings s;
            s.dateStyle = DisplayTime::Style::Documented;
            s.save(&c.settings);
            c.start();
            QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
            QCOMPARE(DisplayTime::style(), DisplayTime::Style::Documented);
            QCOMPARE(c.terminateConfirmation()->objectName(), ObjectName::confirmTerminateCheck);
        }
        {
            Console c(true); // --type-to-confirm, over a saved checkbox
            c.start();
            QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
            QCOMPARE(c.terminateConfirmation()->objectName(), ObjectName::confirmTerminatePhrase);
        }
    }

    // Settings ▸ Sync page: the 2023 Device Sync page at once and at the next start; --ui
    // overrides the saved choice for the run.
    void theSyncPageGenerationIsChosenAndKept()
    {
        {
            Console c;
            c.start();
            QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
            MainWindow *window = c.app->window();
            QVERIFY(window->syncPage()->isVisible());
            QVERIFY(!window->findChild<DeviceSyncPage *>()); // not built while not shown
            c.app->window()
                ->menuBar()
                ->findChild<QMenu *>(ObjectName::connectionMenu)
                ->findChild<QAction *>(ObjectName::settingsAction)
                ->trigger();
            SettingsDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = window->findChild<SettingsDialog *>()) && dialog->isVisible());
            auto *generation = dialog->findChild<QComboBox *>(ObjectName::settingsUiGeneration);
            QVERIFY(generation);
            QCOMPARE(generation->currentData().toInt(), int(UiGeneration::Classic2021));
            generation->setCurrentIndex(generation->findData(int(UiGeneration::DeviceSync2023)));
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(ObjectName::settingsOk), Qt::LeftButton);
            QTRY_VERIFY(!window->findChild<SettingsDialog *>());
            QCOMPARE(window->uiGeneration(), UiGeneration::DeviceSync2023);
            QVERIFY(window->deviceSyncPage()->isVisible());
            QVERIFY(!window->syncPage()->isVisible());
            QCOMPARE(ConsoleSettings::load(c.settings).uiGeneration, UiGeneration::DeviceSync2023);
        }
        {
            Console c;
            ConsoleSettings s;
            s.uiGeneration = UiGeneration::DeviceSync2023;
            s.save(&c.settings);
            c.start();
            QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
            QTRY_VERIFY(c.app->window()->findChild<DeviceSyncPage *>()
                && c.app->window()->deviceSyncPage()->isVisible());
        }
        {
            Console c;
            ConsoleSettings s;
            s.uiGeneration = UiGeneration::DeviceSync2023;
            s.save(&c.settings);
            c.options.uiGeneration = UiGeneration::Classic2021; // --ui 2021
            c.start();
            QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
            QCOMPARE(c.app->window()->uiGeneration(), UiGeneration::Classic2021);
            QVERIFY(c.app->window()->syncPage()->isVisible());
        }
    }

    void valuesOutOfRangeReadAsDefaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/deployment_poll_ms"), 5);
        settings.setValue(QStringLiteral("preferences/log_follow_ms"), QStringLiteral("soon"));
        settings.setValue(QStringLiteral("preferences/date_format"), QStringLiteral("lunar"));
        settings.setValue(QStringLiteral("preferences/ui_generation"), QStringLiteral("1999"));
        const ConsoleSettings s = ConsoleSettings::load(settings);
        QCOMPARE(s, ConsoleSettings());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
