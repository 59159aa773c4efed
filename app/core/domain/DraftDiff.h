#pragma once

#include <QStringList>

// GET .../drafts/{id}/diff: one unified text diff per changed config file.
struct DraftDiff
{
    QStringList diffs;
};

inline bool operator==(const DraftDiff &a, const DraftDiff &b)
{
    return a.diffs == b.diffs;
}
inline bool operator!=(const DraftDiff &a, const DraftDiff &b)
{
    return !(a == b);
}
