#include "DisplayTime.h"

#include <QDateTime>
#include <QLocale>

namespace {
// The documented form until the console applies its settings (whose default is the locale):
// widgets shown on their own, in tests and tools, write what the reference figures show.
DisplayTime::Style current = DisplayTime::Style::Documented;

enum class Precision { Minutes, Seconds, Milliseconds };

// The locale's short date and short time, with seconds (and milliseconds) after the minutes:
// "dd.MM.yy HH:mm:ss" in German, "yyyy/MM/dd H:mm:ss" in Japanese, "M/d/yy h:mm:ss AP" in
// US English. The long time formats would bring a time zone, and Japanese 時分秒.
QString localeFormat(Precision precision)
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (precision != Precision::Minutes && !time.contains(QLatin1String("ss"))) {
        const qsizetype minutes = time.indexOf(QLatin1String("mm"));
        if (minutes >= 0)
            time.insert(minutes + 2,
                precision == Precision::Milliseconds ? QLatin1String(":ss.zzz")
                                                     : QLatin1String(":ss"));
    }
    return locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

QString format(const QDateTime &t, Precision precision)
{
    if (!t.isValid())
        return {};
    if (current == DisplayTime::Style::Documented) {
        switch (precision) {
        case Precision::Minutes:
            return t.toLocalTime().toString(QStringLiteral("MM/dd/yyyy HH:mm"));
        case Precision::Seconds:
            return t.toLocalTime().toString(QStringLiteral("MM/dd/yyyy HH:mm:ss"));
        case Precision::Milliseconds:
            return t.toLocalTime().toString(QStringLiteral("MM/dd/yyyy HH:mm:ss.zzz"));
        }
    }
    return QLocale().toString(t.toLocalTime(), localeFormat(precision));
}
} // namespace

namespace DisplayTime {

void setStyle(Style style)
{
    current = style;
}

Style style()
{
    return current;
}

QString dateTime(const QDateTime &t)
{
    return format(t, Precision::Seconds);
}

QString dateTimeMs(const QDateTime &t)
{
    return format(t, Precision::Milliseconds);
}

QString dateTimeMinutes(const QDateTime &t)
{
    return format(t, Precision::Minutes);
}

QString dateTimeOrDash(const QDateTime &t)
{
    return t.isValid() ? dateTime(t) : QStringLiteral("\u2014");
}

QString widestDateTime()
{
    return dateTime(QDateTime(QDate(2000, 12, 28), QTime(20, 58, 58)));
}

} // namespace DisplayTime
