#pragma once

#include <QStringList>

// Whole sentences, each translated on its own, put one after the other as the language writes
// them: a space after a Latin full stop, none after a Japanese one (。), which has its room.
namespace Sentences {

QString join(const QStringList &sentences);

} // namespace Sentences
