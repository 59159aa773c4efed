#pragma once

#include "ScenarioChoice.h"

#include <QObject>
#include <QPointer>

class GuidePanel;
class MainWindow;
class SyncController;

// The training wing on one open app. It docks the Guide on the window (View ▸ Guide), and on
// the built-in simulator adds the Scenario menu and Help ▸ Scenario Briefing, sets the Guide
// on the runbook and reason the scenario teaches, and briefs the trainee. Scripted runs play a
// procedure (--autoplay) or capture the documentation's figures (--capture-docs). The shell
// makes one for each window it opens; nothing below the shell knows it.
class TrainingSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingSession)

public:
    struct Script
    {
        QString autoplay; // a procedure's name, or empty
        int autoplayDelayMs = 0;
        QString captureDocsDir; // or empty
        bool exitWhenDone = false;
    };

    TrainingSession(MainWindow *window, SyncController *controller, QObject *parent = nullptr);

    GuidePanel *guide() const { return m_guide; }

    // On the built-in simulator running `scenario`: the Scenario menu, the briefing, and the
    // Guide on the scenario's runbook (shown when `showGuide`, as a trainer starting it wants).
    void offerScenario(const QString &scenario, bool showGuide);
    void showBriefing();
    // Scenario ▸ Time… and Help ▸ About the Simulator (the built-in simulator only).
    void showTime();
    void showAboutSimulator();
    // Plays `script` once the page shows the server's state; finished() says how it ended.
    // With nothing to play and exitWhenDone, ends after the first refresh.
    void play(const Script &script);

    // Every scenario of the catalogue, as the menus and the connection dialog show them.
    static ScenarioChoices scenarioChoices();
    static ScenarioChoice choice(const QString &scenario);

signals:
    void scenarioChosen(const QString &name);
    void resetRequested();
    void finished(int exitCode, const QString &message);

private:
    void addScenarioMenus();
    void prepareGuide(bool show);
    void startScript(const Script &script);

    MainWindow *m_window;
    SyncController *m_controller;
    GuidePanel *m_guide;
    QString m_scenario;
    bool m_started = false;
};
