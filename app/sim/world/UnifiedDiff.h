#pragma once

#include <QString>

// A unified diff (three lines of context) between two texts, computed with dtl.
namespace UnifiedDiff {

// Empty when the texts are equal. The header names `path` on both sides, as the service does.
QString compute(const QString &path, const QString &before, const QString &after);

} // namespace UnifiedDiff
