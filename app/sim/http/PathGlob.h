#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// A fault rule's path pattern, compiled once: `*` stands for any run of characters, slashes
// included, and every other character stands for itself. It is no regular expression, so a
// pattern cannot be invalid and matching cannot backtrack: the literal pieces between the stars
// are looked for left to right, each once, so a match costs at most the pattern's length times
// the path's, whatever the pattern, and never fails or warns.
class PathGlob final
{
public:
    // Patterns longer than this are refused where rules are read (FaultRule::problem()).
    static constexpr qsizetype MaxLength = 512;

    PathGlob() = default;
    explicit PathGlob(const QString &pattern);

    bool matches(QStringView path) const;

private:
    QStringList m_pieces; // the literal text between stars, in order; a star between each two
};
