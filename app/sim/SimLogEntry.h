#pragma once

#include <QJsonObject>

// One App Services log entry as GET .../logs returns it, with its start time kept apart for
// ordering and filtering.
struct SimLogEntry
{
    qint64 startedMs = 0;
    QJsonObject json;
};
