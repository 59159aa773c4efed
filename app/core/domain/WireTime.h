#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

// Times on the wire in their commonest form, "2026-12-03T22:00:00Z" (UTC, whole seconds): what
// QDateTime's ISO format writes and reads for them, without its general parser and formatter.
// A metrics reply carries about 2,000 of them, and the console's start-up read them (and its
// embedded simulator wrote them) at some 11,000 instructions each, a tenth of the start-up.
// Any other form goes to QDateTime, so the results are Qt's in every case.
namespace WireTime {

// Qt::ISODate of the UTC time `secs` after the epoch.
QString utcSeconds(qint64 secs);

// QDateTime::fromString(text, Qt::ISODate).
QDateTime parseIso(QStringView text);

} // namespace WireTime
