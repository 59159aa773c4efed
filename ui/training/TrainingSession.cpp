#include "TrainingSession.h"

#include "Autoplay.h"
#include "DocCapture.h"
#include "GuidePanel.h"
#include "MainWindow.h"
#include "ObjectNames.h"
#include "ScenarioBriefingDialog.h"
#include "ScenarioCatalog.h"
#include "ScenarioMenu.h"
#include "SimulatorAboutDialog.h"
#include "SimulatorTimeDialog.h"
#include "SyncController.h"

#include <QMenu>
#include <QMenuBar>
#include <QTextStream>

TrainingSession::TrainingSession(MainWindow *window, SyncController *controller, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_controller(controller)
    , m_guide(GuidePanel::install(controller, window))
{ }

ScenarioChoice TrainingSession::choice(const QString &scenario)
{
    const ScenarioBriefing b = Scenarios::briefing(scenario);
    return {scenario, Scenarios::title(scenario), Scenarios::description(scenario), b.whatHappened,
        b.whatToDo, b.success};
}

ScenarioChoices TrainingSession::scenarioChoices()
{
    ScenarioChoices out;
    for (const QString &name : Scenarios::names())
        out.append(choice(name));
    return out;
}

void TrainingSession::offerScenario(const QString &scenario, bool showGuide)
{
    m_scenario = scenario;
    addScenarioMenus();
    prepareGuide(showGuide);
}

void TrainingSession::addScenarioMenus()
{
    QMenuBar *bar = m_window->menuBar();
    auto *menu = new ScenarioMenu(scenarioChoices(), m_scenario, bar);
    // The menu's actions belong to the window being replaced: act once its slot has returned.
    connect(menu, &ScenarioMenu::scenarioChosen, this, &TrainingSession::scenarioChosen,
        Qt::QueuedConnection);
    connect(menu, &ScenarioMenu::resetRequested, this, &TrainingSession::resetRequested,
        Qt::QueuedConnection);
    connect(menu, &ScenarioMenu::timeRequested, this, &TrainingSession::showTime);
    auto *help = bar->findChild<QMenu *>(ObjectName::helpMenu);
    if (help) {
        bar->insertMenu(help->menuAction(), menu);
    } else {
        bar->addMenu(menu);
        help = bar->addMenu(tr("&Help"));
        help->setObjectName(ObjectName::helpMenu);
    }
    QAction *briefing
        = help->addAction(tr("Scenario &Briefing…"), this, &TrainingSession::showBriefing);
    briefing->setObjectName(ObjectName::scenarioBriefingAction);
    QAction *about
        = help->addAction(tr("About the &Simulator…"), this, &TrainingSession::showAboutSimulator);
    about->setObjectName(ObjectName::simulatorAboutAction);
}

void TrainingSession::showTime()
{
    if (!m_controller->simulatorControl())
        return;
    auto *dialog = new SimulatorTimeDialog(m_controller, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TrainingSession::showAboutSimulator()
{
    if (!m_controller->client())
        return;
    auto *dialog
        = new SimulatorAboutDialog(m_controller->client(), Scenarios::title(m_scenario), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// A scenario with a reason to terminate sets the Guide on its runbook and its line in the
// checklist; the drills and the healthy apps leave the Guide as it is.
void TrainingSession::prepareGuide(bool show)
{
    const TerminateReason reason = Scenarios::reason(m_scenario);
    if (reason == TerminateReason::None)
        return;
    m_guide->startRunbook(reason == TerminateReason::OplogRollover
            ? Runbook::Kind::OplogRollover
            : Runbook::Kind::TerminateAndReEnable);
    m_guide->setReason(reason);
    if (show)
        m_guide->show(); // a trainer walks the room through it
}

void TrainingSession::showBriefing()
{
    if (m_scenario.isEmpty())
        return;
    if (auto *open = m_window->findChild<ScenarioBriefingDialog *>()) {
        open->raise();
        return;
    }
    auto *dialog = new ScenarioBriefingDialog(choice(m_scenario), m_window);
    dialog->show();
}

void TrainingSession::play(const Script &script)
{
    if (script.autoplay.isEmpty() && script.captureDocsDir.isEmpty()) {
        if (script.exitWhenDone)
            connect(m_controller, &SyncController::refreshed, this, [this] {
                const ApiError &error = m_controller->lastError();
                emit finished(
                    error.isError() ? 1 : 0, error.isError() ? error.message() : QString());
            });
        return;
    }
    // Play once the page shows the server's state.
    connect(m_controller, &SyncController::refreshed, m_window, [this, script] {
        if (m_started || m_controller->activity() != SyncController::Activity::Idle)
            return;
        m_started = true;
        startScript(script);
    });
}

void TrainingSession::startScript(const Script &script)
{
    if (!script.captureDocsDir.isEmpty()) {
        auto *capture = new DocCapture(m_window, m_controller, script.captureDocsDir, m_window);
        connect(capture, &DocCapture::figureWritten, this,
            [](const QString &path) { QTextStream(stdout) << path << Qt::endl; });
        connect(capture, &DocCapture::finished, this,
            [this](bool ok, const QString &message) { emit finished(ok ? 0 : 1, message); });
        return capture->start();
    }
    const Procedure *steps = Procedures::find(script.autoplay);
    auto *autoplay = new Autoplay(m_window, m_controller,
        steps ? *steps : Procedures::get(Procedure::Kind::Terminate), m_window);
    autoplay->setDelayMs(script.autoplayDelayMs);
    connect(autoplay, &Autoplay::finished, this,
        [this, exitWhenDone = script.exitWhenDone](bool ok, const QString &message) {
            if (exitWhenDone)
                emit finished(ok ? 0 : 1, message);
            else if (!ok)
                QTextStream(stderr) << "sync-console: " << message << Qt::endl;
        });
    autoplay->start();
}
