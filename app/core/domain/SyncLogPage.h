#pragma once

#include "SyncLogEntry.h"

#include <QDateTime>
#include <QList>

// One page of GET .../logs, newest first. When more entries match, `nextEndDate` is valid:
// pass it back as `end_date` with `nextSkip` as `skip` to get the next page.
struct SyncLogPage
{
    QList<SyncLogEntry> entries;
    QDateTime nextEndDate;
    int nextSkip = 0;
    int malformed = 0; // entries skipped because they were not log entries

    bool hasMore() const { return nextEndDate.isValid(); }
};
