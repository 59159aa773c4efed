#pragma once

#include "SimRefusal.h"
#include "SyncConfig.h"

#include <QJsonObject>

struct SimApp;

// The service's rules for a change of an app's sync block (a PATCH of the linked cluster's
// config): which blocks it accepts, what pausing, resuming, terminating and re-enabling turn
// the config into, and what it refuses while Sync is on. Pure functions of the app and the
// time, so that the drafts and the deployments apply the same rules.
namespace SimSyncRules {

// The config `block` (in `mode`) turns the app's effective config into at `now` (seconds), or
// the service's refusal.
SimRefusal next(const SimApp &app, SyncConfig::Mode mode, const QJsonObject &block, qint64 now,
    SyncConfig *out);

// Resuming a paused Sync is refused once the cluster's oplog no longer reaches back to the
// pause.
SimRefusal refuseResume(const SimApp &app, qint64 now);

// `base` with the fields of `changes` put over it.
QJsonObject merged(QJsonObject base, const QJsonObject &changes);

} // namespace SimSyncRules
