#pragma once

#include "UiGeneration.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

// The command line of sync-console, parsed and checked.
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)

public:
    QString scenario;
    bool scenarioGiven = false;
    QString baseUrl; // empty: the embedded simulator
    QString groupId;
    QString app; // an app's _id, client_app_id or name; empty: the first app
    QString autoplay; // terminate, pause, resume or enable
    int autoplayDelayMs = 1200;
    bool exitWhenDone = false;
    QString captureDocsDir;
    bool typeToConfirm = false; // given: overrides the confirmation chosen in Settings
    // --classroom-view: open the instructor's view of a classroom simulator once connected.
    bool classroomView = false;
    // --ui 2021|2023: the Sync page's generation for this run, over the one chosen in Settings.
    std::optional<UiGeneration> uiGeneration;
    QString language; // --lang: one of Translations::available(); empty: the saved or system one
    // Show a simulator scenario's briefing when it starts. parse() turns it on for interactive
    // runs; scripted runs (--autoplay, --capture-docs, --exit-when-done) and tests leave it off.
    bool showBriefings = false;

    bool exitNow = false;
    int exitCode = 0;
    QString text;

    static QStringList procedures();
    // `arguments` as main() has them: Qt's own GUI options (-platform NAME, -style NAME...)
    // are left for QApplication and not reported as unknown. No application object is needed,
    // so --help, --version, --list-scenarios and option errors work without a display.
    static ConsoleOptions parse(const QStringList &arguments);
    // The arguments without Qt's own GUI options; `platformGiven` tells whether -platform was.
    static QStringList withoutQtOptions(const QStringList &arguments, bool *platformGiven);
};
