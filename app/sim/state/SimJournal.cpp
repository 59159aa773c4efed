#include "SimJournal.h"

#include "SimJsonPatch.h"
#include "Utf8.h"

#include <QJsonDocument>

namespace {

const char *const Format = "sync-console-sim-journal";

} // namespace

namespace SimJournal {

QByteArray header()
{
    return QJsonDocument(QJsonObject {{str("format"), str(Format)}, {str("version"), 1}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

QByteArray record(quint64 seq, const QJsonArray &edits)
{
    return QJsonDocument(QJsonObject {{str("seq"), double(seq)}, {str("edits"), edits}})
               .toJson(QJsonDocument::Compact)
        + '\n';
}

Contents read(const QByteArray &bytes)
{
    Contents c;
    qsizetype start = 0;
    int line = 0;
    // A record is whole once its newline is there; what follows the last one was cut short.
    for (qsizetype end = bytes.indexOf('\n'); end >= 0;
         start = end + 1, end = bytes.indexOf('\n', start)) {
        ++line;
        QJsonParseError error;
        const QJsonObject o
            = QJsonDocument::fromJson(bytes.mid(start, end - start), &error).object();
        if (line == 1) {
            if (o.value(str("format")).toString() != str(Format)
                || o.value(str("version")).toInt() != 1) {
                c.problem = str("its first line is not a Sync Console simulator journal's");
                return c;
            }
            c.validSize = end + 1;
            continue;
        }
        const double seq = o.value(str("seq")).toDouble(-1);
        const quint64 previous = c.records.isEmpty() ? 0 : c.records.last().seq;
        if (error.error != QJsonParseError::NoError || !o.value(str("edits")).isArray()
            || !(seq >= 1 && seq <= 9007199254740992.0 && seq == double(quint64(seq)))) {
            c.problem = QStringLiteral("its line %1 is damaged").arg(line);
            return c;
        }
        if (!c.records.isEmpty() && quint64(seq) != previous + 1) {
            c.problem = QStringLiteral("its line %1 holds record %2 where %3 should follow")
                            .arg(line)
                            .arg(quint64(seq))
                            .arg(previous + 1);
            return c;
        }
        c.records.append({quint64(seq), o.value(str("edits")).toArray()});
        c.validSize = end + 1;
    }
    return c;
}

bool replay(const Contents &journal, QJsonObject *state, quint64 *seq, QString *problem)
{
    for (const Record &r : journal.records) {
        if (r.seq <= *seq)
            continue; // the state file holds it already
        if (r.seq != *seq + 1) {
            *problem = QStringLiteral("it goes on at record %1, but the state file holds the "
                                      "records up to %2 only")
                           .arg(r.seq)
                           .arg(*seq);
            return false;
        }
        QString why;
        if (!SimJsonPatch::apply(state, r.edits, &why)) {
            *problem = QStringLiteral("its record %1 cannot be applied: %2").arg(r.seq).arg(why);
            return false;
        }
        *seq = r.seq;
    }
    return true;
}

} // namespace SimJournal
