#include "SyncLogMerger.h"

#include <algorithm>

void SyncLogMerger::reset(SyncLogFilter::Errors errors)
{
    m_streams.clear();
    if (errors != SyncLogFilter::Errors::ErrorsOnly)
        m_streams.append(SyncLogStream {});
    if (errors != SyncLogFilter::Errors::NonErrorsOnly) {
        SyncLogStream onlyErrors;
        onlyErrors.errorsOnly = true;
        m_streams.append(onlyErrors);
    }
}

int SyncLogMerger::streamToRead() const
{
    for (int i = 0; i < m_streams.size(); ++i)
        if (m_streams[i].needsData())
            return i;
    return -1;
}

std::optional<SyncLogEntry> SyncLogMerger::takeNext()
{
    SyncLogStream *next = nullptr;
    bool waiting = false;
    for (SyncLogStream &s : m_streams) {
        waiting = waiting || s.needsData();
        if (!s.buffer.isEmpty()
            && (!next || s.buffer.first().started > next->buffer.first().started))
            next = &s;
    }
    if (waiting || !next)
        return std::nullopt;
    return next->buffer.takeFirst();
}

bool SyncLogMerger::hasMore() const
{
    return std::any_of(
        m_streams.cbegin(), m_streams.cend(), [](const SyncLogStream &s) { return s.hasMore(); });
}

bool SyncLogMerger::hasBegun() const
{
    return std::any_of(
        m_streams.cbegin(), m_streams.cend(), [](const SyncLogStream &s) { return s.begun; });
}

QList<SyncLogEntry> SyncLogMerger::place(const QList<QList<SyncLogEntry>> &found,
    const QSet<QString> &shown, const QDateTime &oldestShown)
{
    QList<SyncLogEntry> now;
    for (int i = 0; i < m_streams.size() && i < found.size(); ++i) {
        SyncLogStream &s = m_streams[i];
        s.see(found[i]);
        for (const SyncLogEntry &e : found[i]) {
            if (shown.contains(e.id) || s.buffers(e))
                continue;
            const bool below = oldestShown.isValid() && e.started < oldestShown;
            if (below && hasMore())
                s.hold(e);
            else
                now.append(e);
        }
    }
    return now;
}
