#pragma once

#include "DisplayTime.h"
#include "UiGeneration.h"

#include <QString>

class QSettings;

// What the Settings dialog chooses, kept in QSettings under "preferences/". A value that is
// missing or out of range reads as its default.
struct ConsoleSettings
{
    QString language; // one of Translations::available(); empty: the system's
    bool typeToConfirm = false; // Terminate Sync asks for the typed phrase, not a checkbox
    DisplayTime::Style dateStyle = DisplayTime::Style::Locale;
    int deploymentPollMs = 1000; // how often a running deployment is read
    int logFollowMs = 5000; // how often the Logs page asks for new entries while following
    int presenterScale = 100; // View ▸ Presenter Mode: 100 (off), 125, 150 or 200 percent
    UiGeneration uiGeneration = UiGeneration::Classic2021; // the Sync page's generation

    static constexpr int minPollMs = 250;
    static constexpr int maxPollMs = 10000;
    static constexpr int minFollowMs = 1000;
    static constexpr int maxFollowMs = 60000;

    static ConsoleSettings load(const QSettings &settings);
    void save(QSettings *settings) const;

    friend bool operator==(const ConsoleSettings &a, const ConsoleSettings &b)
    {
        return a.language == b.language && a.typeToConfirm == b.typeToConfirm
            && a.dateStyle == b.dateStyle && a.deploymentPollMs == b.deploymentPollMs
            && a.logFollowMs == b.logFollowMs && a.presenterScale == b.presenterScale
            && a.uiGeneration == b.uiGeneration;
    }
};
