#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// What changed between two states, as a list of edits small when the change is small, and the
// edits applied again: the records of the state file's journal. An edit names where it applies
// by a path ("p": keys and list indexes from the top) and says one of
//   {"p": [...], "v": VALUE}             the field or list entry at the path is now VALUE
//   {"p": [...], "d": 1}                 the field at the path is gone
//   {"p": [...], "keep": [K, N], "add": [...]}
//                                        the list at the path keeps its N entries from K on,
//                                        followed by the ones added (a log trimmed at its
//                                        start and grown at its end)
namespace SimJsonPatch {

QJsonArray diff(const QJsonObject &before, const QJsonObject &after);
// Applies `edits` to `state`; false, with what is wrong, when one does not fit it (then
// `state` may be half edited).
bool apply(QJsonObject *state, const QJsonArray &edits, QString *problem);

} // namespace SimJsonPatch
