#pragma once

#include "SimApp.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// The simulator's world as its state file holds it: the JSON written, and reading it back with
// every field's type checked, so that a damaged file is refused with a reason in words and
// nothing is half-replaced. SimBackend decides what to do with a world; this only reads and
// writes one.
namespace SimWorldFile {

struct World
{
    QString groupId;
    quint64 nextId = 1;
    qint64 clockOffset = 0;
    QList<SimApp> apps;
};

// Without the apps' logs when the journal writes those apart (SimPersistence::takeLogEdits).
QJsonObject toJson(const World &world, SimApp::Logs logs = SimApp::Logs::With);
// The world `state` holds, or nothing, with `problem` saying what is wrong.
std::optional<World> fromJson(const QJsonObject &state, QString *problem);

} // namespace SimWorldFile
