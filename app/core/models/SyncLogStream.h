#pragma once

#include "SyncLogEntry.h"

#include <QDateTime>
#include <QList>

struct SyncLogPage;
struct SyncLogQuery;

// One kind of Sync log entries (errors, or non-errors) as the service pages them, newest first:
// where the next page ends, and what was read but not shown yet.
struct SyncLogStream
{
    bool errorsOnly = false;
    QList<SyncLogEntry> buffer; // read but not shown yet, newest first
    QDateTime nextEnd; // where the next page ends (inclusive)
    int nextSkip = 0;
    bool begun = false; // its first page was read
    bool exhausted = false; // no page left
    QDateTime newestSeen; // the newest entry the service sent for it; following goes on there

    bool needsData() const { return buffer.isEmpty() && !exhausted; }
    // Rows may still come from it: buffered, or pages left.
    bool hasMore() const { return !exhausted || !buffer.isEmpty(); }
    // True when `entry` waits in the buffer already.
    bool buffers(const SyncLogEntry &entry) const;
    void see(const QList<SyncLogEntry> &entries);
    // Takes in `page`, the answer to `asked`: buffers its entries and moves the cursor on.
    void read(const SyncLogQuery &asked, const SyncLogPage &page);
    // Puts an entry following found into the buffer at its place in time.
    void hold(const SyncLogEntry &entry);

    // The service answered the same page again: following its cursor would never end.
    static bool madeNoProgress(const SyncLogQuery &asked, const SyncLogPage &page);
};
