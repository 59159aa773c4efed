#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// The journal record of one write: what takes the state the files hold to the backend's state
// now. The apps' logs are not compared (a busy app keeps 200,000 entries): the backend says
// what changed in them (SimBackend::takeLogEdits), and the rest of the state is compared.
namespace SimStateEdits {

// The ids of the apps `state` holds, in order.
QStringList appIds(const QJsonObject &state);

// The edits from `before` (a whole state, with its apps' logs) to `after` (the state without
// the apps' logs) followed by `logEdits`. False when a log edit does not fit `before`: then
// the state must be written whole.
bool between(const QJsonObject &before, const QJsonObject &after, const QJsonArray &logEdits,
    QJsonArray *edits);

} // namespace SimStateEdits
