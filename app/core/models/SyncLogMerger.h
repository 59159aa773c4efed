#pragma once

#include "SyncLogFilter.h"
#include "SyncLogStream.h"

#include <QList>
#include <QSet>
#include <optional>

// The service answers either error entries or non-error entries, never both: for both, the
// list reads the two kinds as two streams, and the merger hands their entries on by time,
// giving an entry only once the other stream has been read past it, so that nothing is skipped
// and the order holds.
class SyncLogMerger final
{
public:
    // One stream per kind of entry the filter asks for.
    void reset(SyncLogFilter::Errors errors);

    int size() const { return int(m_streams.size()); }
    SyncLogStream &stream(int index) { return m_streams[index]; }
    const SyncLogStream &stream(int index) const { return m_streams[index]; }

    // The first stream whose next page must be read before more entries can be handed on, or
    // -1.
    int streamToRead() const;
    // The newest entry at the head of a stream, while no stream that may hold a newer one
    // waits to be read; nothing otherwise.
    std::optional<SyncLogEntry> takeNext();
    // True while entries may still come, buffered or in pages left.
    bool hasMore() const;
    // True once a first page of some stream was read.
    bool hasBegun() const;

    // Where the entries following found (by stream) go. Those older than `oldestShown` wait in
    // their stream while older pages are still to come, for paging to reach their place; the
    // others are returned, to be shown now. Entries in `shown` or buffered already are dropped.
    QList<SyncLogEntry> place(const QList<QList<SyncLogEntry>> &found, const QSet<QString> &shown,
        const QDateTime &oldestShown);

private:
    QList<SyncLogStream> m_streams;
};
