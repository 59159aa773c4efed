#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The state file's journal (FILE.journal): the changes acknowledged since the state file was
// last written whole, one record a line, each the edits (SimJsonPatch) from the state before
// it, numbered one after the other. The state file says the number of the last record it holds
// already ("journal_seq"); loading applies the records after it. A last line without its
// newline is a record a crash cut short, never acknowledged, and is dropped; any other damage
// refuses the journal.
//   {"format":"sync-console-sim-journal","version":1}
//   {"seq":41,"edits":[...]}
//   {"seq":42,"edits":[...]}
namespace SimJournal {

QByteArray header();
QByteArray record(quint64 seq, const QJsonArray &edits);

struct Record
{
    quint64 seq = 0;
    QJsonArray edits;
};

struct Contents
{
    QList<Record> records;
    qint64 validSize = 0; // the bytes up to the end of the last whole record
    QString problem; // what is damaged, or nothing
};
Contents read(const QByteArray &bytes);

// Applies to `state` (the state file's, which holds the records up to `seq`) the records that
// follow; `seq` becomes the last one applied. False, with the problem, when they do not follow
// on or do not fit.
bool replay(const Contents &journal, QJsonObject *state, quint64 *seq, QString *problem);

} // namespace SimJournal
