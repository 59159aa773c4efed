#pragma once

#include <QJsonObject>

// One App Services log entry as GET .../logs returns it, with its start time kept apart for
// ordering and filtering.
struct SimLogEntry
{
    // As on the service, entries are kept ten days; an app keeps at most MaxPerApp.
    static constexpr int RetentionDays = 10;
    static constexpr int MaxPerApp = 200000;

    qint64 startedMs = 0;
    QJsonObject json;
};
