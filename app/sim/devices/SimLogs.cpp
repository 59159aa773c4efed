#include "SimLogs.h"

#include <algorithm>
#include <iterator>

SimLogs::SimLogs(const SimLogs &other)
    : m_entries(other.m_entries)
{ }

SimLogs &SimLogs::operator=(const SimLogs &other)
{
    m_entries = other.m_entries;
    m_whole = true;
    return *this;
}

void SimLogs::insert(SimLogEntry entry)
{
    // Entries stay in the order they happened; one from the past goes where it belongs.
    const auto at = std::upper_bound(m_entries.begin(), m_entries.end(), entry, SimLogEntry::earlier);
    const qsizetype index = at - m_entries.begin();
    m_entries.insert(at, std::move(entry));
    added(index);
    capped();
}

void SimLogs::merge(QList<SimLogEntry> entries)
{
    if (entries.isEmpty())
        return;
    std::stable_sort(entries.begin(), entries.end(), SimLogEntry::earlier);
    // Only the entries after the first new one move (the merge keeps those of the same time
    // already there first): most entries are new, and the 200,000 before them stay put.
    const qsizetype first
        = std::upper_bound(m_entries.begin(), m_entries.end(), entries.first(), SimLogEntry::earlier)
        - m_entries.begin();
    QList<SimLogEntry> tail;
    tail.reserve(m_entries.size() - first);
    std::move(m_entries.begin() + first, m_entries.end(), std::back_inserter(tail));
    // No reserve() to the exact size: the list grows by half as it must, so that the next merge
    // finds room. An exact reserve moved every entry at each merge once the entries had been
    // read at their exact size (a restarted simulator: 200,000 entries moved for each log added).
    m_entries.resize(first);
    std::merge(std::make_move_iterator(tail.begin()), std::make_move_iterator(tail.end()),
        std::make_move_iterator(entries.begin()), std::make_move_iterator(entries.end()),
        std::back_inserter(m_entries), SimLogEntry::earlier);
    added(first);
    capped();
}

void SimLogs::assign(QList<SimLogEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), SimLogEntry::earlier);
    m_entries = std::move(entries);
    m_whole = true;
    capped();
}

void SimLogs::dropOldest(qsizetype count)
{
    count = qMin(count, m_entries.size());
    if (count <= 0)
        return;
    m_entries.remove(0, count);
    // The entries dropped were the first ones taken only as far as they were still in place.
    m_dropped += qMin(count, m_same);
    m_same = qMax(qsizetype(0), m_same - count);
}

void SimLogs::clear()
{
    dropOldest(m_entries.size());
}

void SimLogs::added(qsizetype at)
{
    // Entries before `at` stay where they were; from `at` on, they moved.
    m_same = qMin(m_same, at);
}

void SimLogs::capped()
{
    if (m_entries.size() > SimLogEntry::MaxPerApp)
        dropOldest(m_entries.size() - SimLogEntry::MaxPerApp);
}

SimLogs::Counted SimLogs::followedBy(const Counted &first, const Counted &then)
{
    // Entries now at the start were, in `first`'s terms, `then.dropped` further on; those
    // past `first.same` were not the disk's.
    Counted both;
    both.whole = first.whole || then.whole;
    both.dropped = first.dropped + then.dropped;
    both.same = qMax(qsizetype(0), qMin(then.same, first.same - then.dropped));
    return both;
}

QList<SimLogEntry> SimLogs::read(const QJsonArray &entries, qsizetype from, qsizetype to)
{
    QList<SimLogEntry> out;
    out.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const qint64 started
            = SimLogEntry::parseTime(entry.value(QLatin1String("started")).toString());
        if (started >= 0)
            out.append({started, entry});
    }
    return out;
}

void SimLogs::saved()
{
    m_unsaved.reset();
}

void SimLogs::rollBack(const QJsonArray &onDisk)
{
    const Counted now {m_whole, m_dropped, m_same};
    const Counted since = m_unsaved ? followedBy(*m_unsaved, now) : now;
    if (since.whole || since.dropped + since.same > onDisk.size()) {
        assign(read(onDisk, 0, onDisk.size()));
    } else {
        // The disk's entries before those still here, those still here, and the disk's after.
        QList<SimLogEntry> entries = read(onDisk, 0, since.dropped);
        entries.reserve(onDisk.size());
        for (qsizetype i = 0; i < since.same; ++i)
            entries.append(m_entries.at(i));
        entries += read(onDisk, since.dropped + since.same, onDisk.size());
        m_entries = std::move(entries);
    }
    m_whole = false;
    m_takenSize = m_entries.size();
    m_dropped = 0;
    m_same = m_takenSize;
    m_unsaved.reset();
}

SimLogs::Change SimLogs::take()
{
    const Counted now {m_whole, m_dropped, m_same};
    m_unsaved = m_unsaved ? followedBy(*m_unsaved, now) : now;
    Change change;
    change.whole = m_whole;
    change.dropped = m_dropped;
    // Nothing added, moved or dropped: nothing to say.
    const bool untouched = !m_whole && m_dropped == 0 && m_same == m_takenSize
        && m_entries.size() == m_takenSize;
    change.kept = untouched ? -1 : m_same;
    m_whole = false;
    m_takenSize = m_entries.size();
    m_dropped = 0;
    m_same = m_takenSize;
    return change;
}
