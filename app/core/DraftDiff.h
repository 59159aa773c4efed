#pragma once

#include <QStringList>

// GET .../drafts/{id}/diff: one unified text diff per changed config file.
struct DraftDiff
{
    QStringList diffs;
};
