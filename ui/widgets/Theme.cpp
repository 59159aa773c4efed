#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QRegularExpression>

namespace {

int current = 100;

QString baseStyleSheet()
{
    QFile style(QStringLiteral(":/style/sync-console.qss"));
    return style.open(QIODevice::ReadOnly) ? QString::fromUtf8(style.readAll()) : QString();
}

} // namespace

namespace Theme {

void apply(QApplication &application, int percent)
{
    current = percent >= 50 && percent <= 400 ? percent : 100;
    QFont font(QStringLiteral("Lato"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10.0 * current / 100);
    application.setFont(font);
    static const QString base = baseStyleSheet();
    application.setStyleSheet(scaledStyleSheet(base, current));
}

int scalePercent()
{
    return current;
}

int scaled(int px)
{
    return (px * current + 50) / 100;
}

QString scaledStyleSheet(const QString &styleSheet, int percent)
{
    if (percent == 100)
        return styleSheet;
    // A number right before "pt" or "px", not inside a name or a colour (#89979B has no unit).
    static const QRegularExpression size(
        QStringLiteral("(?<![\\w#.-])(\\d+(?:\\.\\d+)?)(pt|px)\\b"));
    QString out;
    out.reserve(styleSheet.size());
    qsizetype from = 0;
    for (auto it = size.globalMatch(styleSheet); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(styleSheet).mid(from, m.capturedStart() - from);
        const double value = m.captured(1).toDouble() * percent / 100;
        const bool points = m.captured(2) == QLatin1String("pt");
        // A hairline stays a hairline: borders of 1px keep their look at any scale.
        const double scaledValue
            = points ? value : (m.captured(1) == QLatin1String("1") ? 1 : qRound(value));
        out += QString::number(scaledValue, 'g', 4) + m.captured(2);
        from = m.capturedEnd();
    }
    out += QStringView(styleSheet).mid(from);
    return out;
}

QList<int> presenterScales()
{
    return {125, 150, 200};
}

int defaultPresenterScale()
{
    return 150;
}

} // namespace Theme
