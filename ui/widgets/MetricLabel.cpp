#include "MetricLabel.h"

MetricLabel::MetricLabel(const QString &widest, QWidget *parent)
    : QLabel(parent)
    , m_widest(widest)
{ }

QSize MetricLabel::sizeHint() const
{
    // The font is the style sheet's, known once polished: measured here, not when built. Every
    // digit of the sample counts as the font's widest, and it is measured as QLabel measures.
    const QFontMetrics fm = fontMetrics();
    QChar widestDigit = QLatin1Char('0');
    for (char c = '1'; c <= '9'; ++c)
        if (fm.horizontalAdvance(QLatin1Char(c)) > fm.horizontalAdvance(widestDigit))
            widestDigit = QLatin1Char(c);
    QString sample = m_widest;
    for (QChar &c : sample)
        if (c.isDigit())
            c = widestDigit;
    const QMargins m = contentsMargins();
    const int reserved
        = fm.boundingRect(QRect(0, 0, 2000, 2000), int(Qt::AlignLeft | Qt::TextSingleLine), sample)
              .width()
        + m.left() + m.right();
    const QSize own = QLabel::sizeHint();
    return {qMax(own.width(), reserved), own.height()};
}

QSize MetricLabel::minimumSizeHint() const
{
    return sizeHint();
}
