#include "SyncLogStream.h"

#include "SyncLogPage.h"
#include "SyncLogQuery.h"

#include <algorithm>

bool SyncLogStream::buffers(const SyncLogEntry &entry) const
{
    // The buffer is newest first: an entry read again can only be among its newest.
    for (const SyncLogEntry &b : buffer) {
        if (b.started < entry.started)
            return false;
        if (b.id == entry.id)
            return true;
    }
    return false;
}

void SyncLogStream::see(const QList<SyncLogEntry> &entries)
{
    for (const SyncLogEntry &e : entries)
        if (!newestSeen.isValid() || e.started > newestSeen)
            newestSeen = e.started;
}

void SyncLogStream::read(const SyncLogQuery &asked, const SyncLogPage &page)
{
    begun = true;
    see(page.entries);
    buffer.append(page.entries);
    nextEnd = page.nextEndDate;
    nextSkip = page.nextSkip;
    exhausted = !page.hasMore() || madeNoProgress(asked, page);
}

void SyncLogStream::hold(const SyncLogEntry &entry)
{
    const auto at = std::find_if(buffer.begin(), buffer.end(),
        [&entry](const SyncLogEntry &b) { return b.started <= entry.started; });
    buffer.insert(at - buffer.begin(), entry);
}

bool SyncLogStream::madeNoProgress(const SyncLogQuery &asked, const SyncLogPage &page)
{
    return page.hasMore() && asked.endDate.isValid() && page.nextEndDate == asked.endDate
        && page.nextSkip <= asked.skip;
}
