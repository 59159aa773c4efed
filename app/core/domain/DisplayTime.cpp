#include "DisplayTime.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace {
// The documented form until the console applies its settings (whose default is the locale):
// widgets shown on their own, in tests and tools, write what the reference figures show.
DisplayTime::Style current = DisplayTime::Style::Documented;

enum class Precision { Minutes, Seconds, Milliseconds };

// The locale's short date and its time with seconds, without the time zone its long time
// format ends with ("HH:mm:ss t" in German, "H:mm:ss t" in Japanese, "h:mm:ss AP t" in US
// English).
QString localeFormat(Precision precision)
{
    const QLocale locale;
    QString time = precision == Precision::Minutes ? locale.timeFormat(QLocale::ShortFormat)
                                                   : locale.timeFormat(QLocale::LongFormat);
    static const QRegularExpression zone(QStringLiteral("\\s*\\(?\\bt+\\b\\)?"));
    time.remove(zone);
    if (precision == Precision::Milliseconds)
        time.replace(QLatin1String("ss"), QLatin1String("ss.zzz"));
    return locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + time.trimmed();
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

} // namespace DisplayTime
