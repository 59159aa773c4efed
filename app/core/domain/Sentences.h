#pragma once

#include <QStringList>

// Whole sentences, each translated on its own, put one after the other as the language writes
// them: a space after a Latin full stop, none after a Japanese one (。), which has its room.
namespace Sentences {

QString join(const QStringList &sentences);
// `text` as a whole sentence: with a full stop when it ends without one (a server's message,
// "cannot resume: the oplog rolled over"), so the sentence after it does not run into it.
QString ended(const QString &text);

} // namespace Sentences
