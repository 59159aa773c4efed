#include "PathGlob.h"

PathGlob::PathGlob(const QString &pattern)
    : m_pieces(pattern.split(QLatin1Char('*')))
{ }

bool PathGlob::matches(QStringView path) const
{
    if (m_pieces.isEmpty()) // the default glob: matches nothing
        return false;
    const QString &first = m_pieces.first();
    if (m_pieces.size() == 1) // no star: the whole path
        return path == first;
    const QString &last = m_pieces.last();
    if (path.size() < first.size() + last.size() || path.first(first.size()) != first
        || path.last(last.size()) != last)
        return false;
    // Between the fixed start and end, each middle piece is taken at its leftmost place after
    // the one before: leftmost leaves the most room for the rest, so no other choice can match
    // where this one does not.
    const QStringView middle = path.mid(first.size(), path.size() - first.size() - last.size());
    qsizetype at = 0;
    for (qsizetype i = 1; i + 1 < m_pieces.size(); ++i) {
        const qsizetype found = middle.indexOf(m_pieces[i], at);
        if (found < 0)
            return false;
        at = found + m_pieces[i].size();
    }
    return true;
}
