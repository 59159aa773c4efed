#pragma once

#include "SimLogEntry.h"

#include <QJsonArray>
#include <QList>
#include <optional>

// An app's App Services logs, oldest first, at most SimLogEntry::MaxPerApp of them, and what
// has changed in them since the state file last took them. Entries are only added in time
// order and dropped at the start (past their retention or the cap), so that change is always
// "the first K entries are gone, the next N are as they were, these follow": the state file's
// journal writes that, which costs what was added, not the whole log (a busy app keeps
// 200,000 entries).
//
// Anything that changes the entries goes through here; a copy, or a list put in whole, counts
// as wholly changed.
class SimLogs final
{
public:
    SimLogs() = default;
    SimLogs(const SimLogs &other);
    SimLogs &operator=(const SimLogs &other);
    SimLogs(SimLogs &&) noexcept = default;
    SimLogs &operator=(SimLogs &&) noexcept = default;

    const QList<SimLogEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const SimLogEntry &at(qsizetype i) const { return m_entries.at(i); }
    const SimLogEntry &operator[](qsizetype i) const { return m_entries.at(i); }
    const SimLogEntry &first() const { return m_entries.first(); }
    const SimLogEntry &last() const { return m_entries.last(); }
    QList<SimLogEntry>::const_iterator begin() const { return m_entries.cbegin(); }
    QList<SimLogEntry>::const_iterator end() const { return m_entries.cend(); }

    // One entry where its time puts it (after those of the same time).
    void insert(SimLogEntry entry);
    // Many, in any order: one merge.
    void merge(QList<SimLogEntry> entries);
    // Replaces them all (a state file read, a scenario built), sorted and capped.
    void assign(QList<SimLogEntry> entries);
    void dropOldest(qsizetype count);
    void clear();

    // What changed since the last take(): the entries `dropped` at the start are gone, the
    // `kept` that followed them are as they were, and the entries from index `kept` on are new
    // (or moved). `whole` when that cannot be told (a copy, a list put in whole): then every
    // entry counts as new.
    struct Change
    {
        bool whole = false;
        qsizetype dropped = 0;
        qsizetype kept = 0;
    };
    // Returns what changed and starts counting again from the entries as they are now.
    // `kept` is -1 when nothing changed at all.
    Change take();
    // The write of the changes taken last reached the disk: they are what the state file holds.
    void saved();
    // It did not: the entries go back to `onDisk` (this log as the state file holds it), and
    // what is counted as changed starts from there. The entries still here are kept rather than
    // read again, so that this costs what changed since the disk, not the whole log.
    void rollBack(const QJsonArray &onDisk);

private:
    struct Counted
    {
        bool whole = false;
        qsizetype dropped = 0;
        qsizetype same = 0;
    };
    // `first` then `then`: what changed across both.
    static Counted followedBy(const Counted &first, const Counted &then);
    static QList<SimLogEntry> read(const QJsonArray &entries, qsizetype from, qsizetype to);
    void added(qsizetype at);
    void capped();

    QList<SimLogEntry> m_entries;
    // Since the last take(), of the entries then (`m_takenSize` of them): how many are gone from
    // the start, and how many entries now at the start are still those that followed them.
    bool m_whole = true; // nothing taken yet: the state file has not seen these entries
    qsizetype m_takenSize = 0;
    qsizetype m_dropped = 0;
    qsizetype m_same = 0;
    // What the last take() counted (with any taken before it and not saved yet), until its
    // write ends.
    std::optional<Counted> m_unsaved;
};
