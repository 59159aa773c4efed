// The scenarios as a trainer uses them in the console: the Scenario menu lists them by title
// with the running one checked, choosing one restarts the built-in simulator into it, Reset
// Scenario puts it back at its start, the briefing shows when a scenario starts and again from
// Help, and the connection dialog shows titles and descriptions. Clicks go to the real menus.
#include "Checked.h"
#include "ConnectionDialog.h"
#include "ConsoleApp.h"
#include "ConsoleSession.h"
#include "GuideChecklist.h"
#include "GuidePanel.h"
#include "GuideTracker.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ObjectNames.h"
#include "ScenarioBriefingDialog.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SyncController.h"
#include "Theme.h"
#include "Translations.h"
#include "Utf8.h"

#include <QApplication>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QRegularExpression>
#include <QScreen>
#include <QScopeGuard>
#include <climits>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

// A console on the built-in simulator, as a trainer starts it, in a settings file of its own.
struct Console
{
    explicit Console(const QString &scenario, bool briefings = false, bool firstStart = false,
        int presenterScale = 100)
    {
        if (!firstStart)
            settings.setValue(str("first_start_done"), true);
        if (presenterScale != 100)
            settings.setValue(str("preferences/presenter_scale"), presenterScale);
        ConsoleOptions options;
        options.scenario = scenario;
        options.scenarioGiven = true;
        options.showBriefings = briefings;
        app = std::make_unique<ConsoleApp>(options, &settings, &keychain);
        app->start();
    }

    bool loaded() const { return app->controller() && app->controller()->isLoaded(); }
    QMenuBar *bar() const { return app->window()->menuBar(); }
    QMenu *menu(QLatin1String name) const { return bar()->findChild<QMenu *>(name); }

    // Opens `menu` from the menu bar and clicks `action` in it, as a mouse would.
    void click(QMenu *menu, QAction *action)
    {
        QVERIFY(menu && action);
        QTest::mouseClick(
            bar(), Qt::LeftButton, {}, bar()->actionGeometry(menu->menuAction()).center());
        QTRY_VERIFY(menu->isVisible());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    }

    QTemporaryDir dir;
    QSettings settings {dir.filePath(str("sync-console.ini")), QSettings::IniFormat};
    MemorySecretStore keychain;
    std::unique_ptr<ConsoleApp> app;
};

ScenarioBriefingDialog *briefingOf(const Console &c)
{
    return c.app->window() ? c.app->window()->findChild<ScenarioBriefingDialog *>() : nullptr;
}

// A paint device that keeps the texts drawn on it, in the order they are drawn.
class TextRecorder final : public QPaintDevice
{
public:
    explicit TextRecorder(QSize size)
        : m_size(size)
        , m_engine(this)
    { }

    QPaintEngine *paintEngine() const override { return &m_engine; }
    QStringList texts;

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return m_size.width() * 254 / 960;
        case PdmHeightMM: return m_size.height() * 254 / 960;
        case PdmDepth: return 32;
        case PdmNumColors: return INT_MAX;
        case PdmDpiX:
        case PdmPhysicalDpiX: return qRound(QGuiApplication::primaryScreen()->logicalDotsPerInchX());
        case PdmDpiY:
        case PdmPhysicalDpiY: return qRound(QGuiApplication::primaryScreen()->logicalDotsPerInchY());
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        default: return QPaintDevice::metric(metric);
        }
    }

private:
    class Engine final : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder *device)
            : QPaintEngine(QPaintEngine::AllFeatures)
            , m_device(device)
        { }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override { }
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
        void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override { }
        void drawPath(const QPainterPath &) override { }
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
        void drawRects(const QRectF *, int) override { }
        void drawLines(const QLineF *, int) override { }
        void drawEllipse(const QRectF &) override { }
        void drawTextItem(const QPointF &, const QTextItem &item) override
        {
            m_device->texts << item.text();
        }
        Type type() const override { return QPaintEngine::User; }

    private:
        TextRecorder *m_device;
    };

    QSize m_size;
    mutable Engine m_engine;
};

} // namespace

class TestScenarioMenu : public QObject
{
    Q_OBJECT

private slots:
    void theMenuListsTheScenariosAndSwitches()
    {
        Console c(str("flexible"));
        QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
        QMenu *menu = c.menu(ObjectName::scenarioMenu);
        QVERIFY(menu);
        QList<QAction *> checkable;
        for (QAction *a : menu->actions())
            if (a->isCheckable())
                checkable.append(a);
        QCOMPARE(checkable.size(), Scenarios::names().size());
        for (qsizetype i = 0; i < checkable.size(); ++i) {
            const QString name = Scenarios::names()[i];
            QCOMPARE(checkable[i]->text(), Scenarios::title(name));
            QCOMPARE(checkable[i]->toolTip(), Scenarios::description(name));
            QCOMPARE(checkable[i]->objectName(), QString(ObjectName::scenarioActionPrefix) + name);
            QCOMPARE(checkable[i]->isChecked(), name == str("flexible"));
        }
        QCOMPARE(c.app->controller()->app().name, str("TaskTracker"));

        const QString target = str("sync-mode-switch");
        QAction *choice
            = menu->findChild<QAction *>(QString(ObjectName::scenarioActionPrefix) + target);
        CHECKED(c.click(menu, choice));
        QTRY_VERIFY_WITH_TIMEOUT(
            c.loaded() && c.app->controller()->app().name == str("ExampleApp"), 10000);
        QCOMPARE(c.app->profile().scenario, target);
        QMenu *rebuilt = c.menu(ObjectName::scenarioMenu);
        QVERIFY(rebuilt);
        QVERIFY(rebuilt->findChild<QAction *>(QString(ObjectName::scenarioActionPrefix) + target)
                    ->isChecked());
        QVERIFY(!rebuilt->findChild<QAction *>(str("scenarioAction_flexible"))->isChecked());
        QVERIFY(!briefingOf(c)); // briefings are off in tests unless asked for
    }

    void resetPutsTheScenarioBack()
    {
        Console c(str("drill-foreign-draft"));
        QTRY_VERIFY_WITH_TIMEOUT(c.loaded() && c.app->controller()->hasDraft(), 10000);
        SyncController *before = c.app->controller();
        // The trainee discards the other admin's draft through the real dialog.
        QTest::mouseClick(
            c.app->window()->findChild<QPushButton *>(ObjectName::reviewDiscardButton),
            Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(c.app->window()->openDialog(), 10000);
        QPushButton *discard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((discard = c.app->window()->openDialog()->findChild<QPushButton *>(
                                      ObjectName::discardButton))
                && discard->isEnabled(),
            10000);
        QTest::mouseClick(discard, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!c.app->controller()->hasDraft(), 10000);

        QMenu *menu = c.menu(ObjectName::scenarioMenu);
        CHECKED(c.click(menu, menu->findChild<QAction *>(ObjectName::resetScenarioAction)));
        // The console opened the app afresh, and the other admin's draft is back.
        QTRY_VERIFY_WITH_TIMEOUT(c.app->controller() != before && c.loaded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(c.app->controller()->hasDraft(), 10000);
        QCOMPARE(c.app->controller()->draft()->userId, SimBackend::otherAdminUserId());
        QVERIFY(c.app->window()->statusBar()->currentMessage().contains(
            Scenarios::title(str("drill-foreign-draft"))));
    }

    void theBriefingShowsAtTheStartAndFromHelp()
    {
        Console c(str("oplog-rollover"), true);
        QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
        ScenarioBriefingDialog *shown = nullptr;
        QTRY_VERIFY((shown = briefingOf(c)) && shown->isVisible());
        QVERIFY(!shown->isModal()); // the trainee works beside it
        const ScenarioBriefing b = Scenarios::briefing(str("oplog-rollover"));
        QCOMPARE(shown->findChild<QLabel *>(ObjectName::scenarioBriefingToDo)->text(), b.whatToDo);
        QCOMPARE(shown->findChild<QLabel *>(ObjectName::scenarioBriefingHappened)->text(),
            b.whatHappened);
        QCOMPARE(
            shown->findChild<QLabel *>(ObjectName::scenarioBriefingSuccess)->text(), b.success);
        QTest::mouseClick(
            shown->findChild<QPushButton *>(ObjectName::scenarioBriefingClose), Qt::LeftButton);
        QTRY_VERIFY(!briefingOf(c));

        QMenu *help = c.menu(ObjectName::helpMenu);
        QVERIFY(help);
        CHECKED(c.click(help, help->findChild<QAction *>(ObjectName::scenarioBriefingAction)));
        QTRY_VERIFY((shown = briefingOf(c)) && shown->isVisible());
        QVERIFY(shown->findChild<QLabel *>(ObjectName::scenarioBriefingToDo)
                    ->text()
                    .contains(str("Terminate Sync")));
    }

    void aReasonsScenarioSetsTheGuide()
    {
        // The trainer picks "the oplog rolled over": the Guide opens on the oplog recovery
        // with that reason chosen, beside the briefing.
        Console c(str("oplog-rollover"), true);
        QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
        GuidePanel *guide = GuidePanel::of(c.app->window());
        QTRY_VERIFY(guide->isVisible());
        QCOMPARE(guide->tracker()->runbook().kind, Runbook::Kind::OplogRollover);
        auto *reason = guide->findChild<QComboBox *>(ObjectName::guideReasonPicker);
        QVERIFY(reason);
        QCOMPARE(reason->currentText(), GuideChecklist::reasonText(TerminateReason::OplogRollover));

        // Without briefings (scripts, tests) the guide is set but not opened.
        Console quiet(str("region-move"));
        QTRY_VERIFY_WITH_TIMEOUT(quiet.loaded(), 10000);
        GuidePanel *hidden = GuidePanel::of(quiet.app->window());
        QVERIFY(!hidden->isVisible());
        QCOMPARE(hidden->tracker()->runbook().kind, Runbook::Kind::TerminateAndReEnable);
        // A hidden Guide has no widgets yet (built when first shown): the user opens it, and
        // the reason set while it was hidden is chosen.
        QVERIFY(!hidden->findChild<QComboBox *>(ObjectName::guideReasonPicker));
        quiet.app->window()->findChild<QAction *>(ObjectName::guideAction)->trigger();
        QVERIFY(hidden->isVisible());
        QCOMPARE(hidden->findChild<QComboBox *>(ObjectName::guideReasonPicker)->currentText(),
            GuideChecklist::reasonText(TerminateReason::RegionMove));
    }

    void aFirstStartKeepsTheScenarioAskedFor()
    {
        // `sync-console --scenario oplog-rollover` on a fresh home: the scenario's briefing
        // and Guide, no Connect dialog over them.
        Console c(str("oplog-rollover"), true, true);
        QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
        QTRY_VERIFY(briefingOf(c) && briefingOf(c)->isVisible());
        QVERIFY(GuidePanel::of(c.app->window())->isVisible());
        QVERIFY(!c.app->connectionDialog() || !c.app->connectionDialog()->isVisible());

        // Opened by hand, the dialog shows the scenario that runs, and Connect keeps it and
        // its Guide.
        c.app->showConnectionDialog();
        ConnectionDialog *dialog = c.app->connectionDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(ObjectName::scenarioPicker)->currentData(),
            QVariant(str("oplog-rollover")));
        MainWindow *before = c.app->window();
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(ObjectName::connectButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(c.app->window() != before && c.loaded(), 10000);
        QCOMPARE(c.app->profile().scenario, str("oplog-rollover"));
        GuidePanel *guide = GuidePanel::of(c.app->window());
        QTRY_VERIFY(guide->isVisible());
        QCOMPARE(guide->tracker()->runbook().kind, Runbook::Kind::OplogRollover);
    }

    void resetAndSwitchingKeepTheGuide()
    {
        // The trainer opened the Guide on the scenario and resets it for the next group: the
        // Guide stays, back at the runbook's start. A shortcut does it.
        Console c(str("oplog-rollover"));
        QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
        GuidePanel *guide = GuidePanel::of(c.app->window());
        guide->show();
        QTRY_VERIFY(guide->isVisible());
        QMenu *menu = c.menu(ObjectName::scenarioMenu);
        QAction *reset = menu->findChild<QAction *>(ObjectName::resetScenarioAction);
        QVERIFY(!reset->shortcut().isEmpty());
        SyncController *before = c.app->controller();
        CHECKED(c.click(menu, reset));
        QTRY_VERIFY_WITH_TIMEOUT(c.app->controller() != before && c.loaded(), 10000);
        guide = GuidePanel::of(c.app->window());
        QTRY_VERIFY(guide->isVisible());
        QCOMPARE(guide->tracker()->runbook().kind, Runbook::Kind::OplogRollover);

        // Another scenario: its own runbook, in the Guide that stays open.
        menu = c.menu(ObjectName::scenarioMenu);
        before = c.app->controller();
        CHECKED(c.click(menu,
            menu->findChild<QAction *>(
                QString(ObjectName::scenarioActionPrefix) + str("region-move"))));
        QTRY_VERIFY_WITH_TIMEOUT(c.app->controller() != before && c.loaded()
                && c.app->profile().scenario == str("region-move"),
            10000);
        guide = GuidePanel::of(c.app->window());
        QTRY_VERIFY(guide->isVisible());
        QCOMPARE(guide->tracker()->runbook().kind, Runbook::Kind::TerminateAndReEnable);
        QCOMPARE(guide->findChild<QComboBox *>(ObjectName::guideReasonPicker)->currentText(),
            GuideChecklist::reasonText(TerminateReason::RegionMove));
    }

    // Issue 19: in Japanese at 150 %, Help ▸ "シミュレーターについて(S)…" was drawn elided in the
    // middle ("シミュレーター…いて(S)…"): the menu measured its text without the mnemonic's "&",
    // the style elided it with the "&" counted. Every menu of the menu bar, opened as a mouse
    // opens it, draws each action's whole text, in every language, at 100 and 150 %. The texts
    // are read from what the menu paints (a recording paint device), not from the pixels.
    void everyMenuItemIsDrawnWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("scale");
        for (const char *language : {"en", "de", "ja"})
            for (int scale : {100, 150})
                QTest::addRow("%s at %d %%", language, scale) << str(language) << scale;
    }

    void everyMenuItemIsDrawnWhole()
    {
        QFETCH(QString, language);
        QFETCH(int, scale);
        Translations::install(language);
        const auto restore = qScopeGuard([] {
            Translations::install(str("en"));
            Theme::apply(*qApp, 100);
        });
        Console c(str("oplog-rollover"), false, false, scale);
        QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
        QCOMPARE(Theme::scalePercent(), scale);
        QStringList problems;
        int seen = 0;
        const QList<QMenu *> menus = c.bar()->findChildren<QMenu *>();
        for (QMenu *menu : menus) {
            if (!menu->menuAction()->isVisible())
                continue;
            menu->popup(QPoint(0, 0));
            QTRY_VERIFY(menu->isVisible());
            TextRecorder drawn(menu->size());
            menu->render(&drawn);
            const QString painted = drawn.texts.join(QString());
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                QString text = a->text().section(QLatin1Char('\t'), 0, 0);
                text.remove(QRegularExpression(str("&(?!&)")));
                ++seen;
                if (!painted.contains(text))
                    problems << str("%1 ▸ %2 is not drawn whole (%3 px wide menu): %4")
                                    .arg(menu->title(), text)
                                    .arg(menu->width())
                                    .arg(drawn.texts.join(u'|'));
            }
            menu->hide();
        }
        QVERIFY(seen >= 15);
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void theConnectionDialogShowsTitles()
    {
        Console c(str("flexible"));
        QTRY_VERIFY_WITH_TIMEOUT(c.loaded(), 10000);
        c.app->showConnectionDialog();
        ConnectionDialog *dialog = c.app->connectionDialog();
        QVERIFY(dialog);
        auto *picker = dialog->findChild<QComboBox *>(ObjectName::scenarioPicker);
        QCOMPARE(picker->count(), Scenarios::names().size());
        const int at = picker->findData(str("idle-auto-pause"));
        QVERIFY(at >= 0);
        QCOMPARE(picker->itemText(at), Scenarios::title(str("idle-auto-pause")));
        picker->setCurrentIndex(at);
        auto *about = dialog->findChild<QLabel *>(ObjectName::scenarioDescription);
        QCOMPARE(about->text(), Scenarios::description(str("idle-auto-pause")));
        QCOMPARE(dialog->profile().scenario, str("idle-auto-pause")); // the name, not the title
        dialog->reject();
    }
};

QTEST_MAIN(TestScenarioMenu)
#include "tst_scenariomenu.moc"
