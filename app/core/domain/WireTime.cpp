#include "WireTime.h"

namespace {

constexpr qint64 SecsPerDay = 86400;

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = qint64(yoe) + era * 400 + (*m <= 2);
}

void put(QChar *at, unsigned value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        at[i] = QChar(char16_t(u'0' + value % 10));
}

// The value of `count` digits at `at`, or -1.
int digits(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

} // namespace

namespace WireTime {

QString utcSeconds(qint64 secs)
{
    const qint64 days = secs >= 0 ? secs / SecsPerDay : (secs - SecsPerDay + 1) / SecsPerDay;
    const auto inDay = unsigned(secs - days * SecsPerDay);
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    if (y < 1 || y > 9999) // Qt writes these its own way
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
    QString out(20, Qt::Uninitialized);
    QChar *c = out.data();
    put(c, unsigned(y), 4);
    c[4] = u'-';
    put(c + 5, m, 2);
    c[7] = u'-';
    put(c + 8, d, 2);
    c[10] = u'T';
    put(c + 11, inDay / 3600, 2);
    c[13] = u':';
    put(c + 14, inDay / 60 % 60, 2);
    c[16] = u':';
    put(c + 17, inDay % 60, 2);
    c[19] = u'Z';
    return out;
}

QDateTime parseIso(QStringView text)
{
    if (text.size() == 20 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T'
        && text[13] == u':' && text[16] == u':' && text[19] == u'Z') {
        const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
        const int h = digits(text, 11, 2), min = digits(text, 14, 2), s = digits(text, 17, 2);
        static const int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (y >= 1 && m >= 1 && m <= 12 && d >= 1
            && d <= monthDays[m - 1] + (m == 2 && leap(y) ? 1 : 0) && h >= 0 && h <= 23
            && min >= 0 && min <= 59 && s >= 0 && s <= 59) {
            const qint64 secs = daysFromCivil(y, unsigned(m), unsigned(d)) * SecsPerDay
                + h * 3600 + min * 60 + s;
            return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        }
    }
    return QDateTime::fromString(text.toString(), Qt::ISODate);
}

} // namespace WireTime
