#pragma once

#include <QJsonObject>
#include <QString>

// One App Services log entry as GET .../logs returns it, with its start time kept apart for
// ordering and filtering.
struct SimLogEntry
{
    // As on the service, entries are kept ten days; an app keeps at most MaxPerApp.
    static constexpr int RetentionDays = 10;
    static constexpr int MaxPerApp = 200000;

    qint64 startedMs = 0;
    QJsonObject json;

    // The order entries are kept in: by start time.
    static bool earlier(const SimLogEntry &a, const SimLogEntry &b)
    {
        return a.startedMs < b.startedMs;
    }
    // A time as entries and replies spell it: ISO 8601 in UTC with milliseconds.
    static QString iso(qint64 ms);
    // ISO 8601 with or without milliseconds and zone, as clients and state files write it (no
    // zone: UTC, as the service reads it); -1 when malformed.
    static qint64 parseTime(const QString &text);
};

// Moved in memory as bytes when the list of 200,000 grows (a time and an implicitly shared
// object), not copied entry by entry.
Q_DECLARE_TYPEINFO(SimLogEntry, Q_RELOCATABLE_TYPE);
