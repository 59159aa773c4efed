#include "Sentences.h"

namespace {
// CJK punctuation (。、「」) and full-width forms (！？（）：) carry their own spacing.
bool fullWidth(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
}
} // namespace

namespace Sentences {

QString join(const QStringList &sentences)
{
    QString out;
    for (const QString &s : sentences) {
        const QString sentence = s.trimmed();
        if (sentence.isEmpty())
            continue;
        if (!out.isEmpty() && !fullWidth(out.back()))
            out += QLatin1Char(' ');
        out += sentence;
    }
    return out;
}

QString ended(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || QStringView(u".!?\u3002\uff01\uff1f").contains(t.back()))
        return t;
    return t + QLatin1Char('.');
}

} // namespace Sentences
