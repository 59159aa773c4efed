#pragma once

#include <QString>

class QDateTime;

// How the console shows a moment (banners, header metrics, history, logs): in the user's
// locale, or in the documented US form of the reference figures, MM/DD/YYYY HH:MM:SS, which
// --capture-docs always uses and Settings can choose. One style for the whole process.
namespace DisplayTime {

enum class Style { Locale, Documented };

void setStyle(Style style);
Style style();

// Local time to the second.
QString dateTime(const QDateTime &t);
// Local time to the millisecond, for log entries and REST calls.
QString dateTimeMs(const QDateTime &t);
// Local time to the minute.
QString dateTimeMinutes(const QDateTime &t);
// A header metric's time: dateTime(), or "—" for a moment not known.
QString dateTimeOrDash(const QDateTime &t);
// The widest text dateTime() writes (two digits everywhere, an afternoon hour), to size a
// label once for every time it will show.
QString widestDateTime();

} // namespace DisplayTime
