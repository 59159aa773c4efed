#pragma once

#include <QJsonObject>
#include <QString>

// Every field of a state file's world checked against what the simulator writes: its type, a
// number finite, whole and in range, an enumeration one of its words, and next_id past every
// id handed out, so that nothing damaged is half-read into defaults or zeros. The problem, if
// any, names the field by its path ("apps[0].clients[2].unsynced_changes") and what is wrong,
// in one clause that a sentence about the file can end with.
namespace SimStateCheck {

// The bounds a state file's numbers stay within; a file past them was not written by the
// simulator. The clock's offset: a hundred years either way, far past any drill (the control
// API refuses to move the clock beyond it).
constexpr qint64 MaxClockOffsetSeconds = 100LL * 366 * 24 * 3600;
// Seconds since the epoch: from the year 1 (a device last seen centuries ago) to the year 9999.
constexpr qint64 MinSeconds = -62135596800LL;
constexpr qint64 MaxSeconds = 253402300799LL;
// next_id: below 2^63, so that no count of ids a simulator hands out can wrap it.
constexpr quint64 MaxNextId = quint64(1) << 63;

// The first problem of the world `state` (a state file's top level, or a scenario's start),
// or nothing.
QString worldProblem(const QJsonObject &state);
// The first problem of a scenario's start around its world (the start moment, the faults as a
// list of objects, the token lifetime); its world is checked as a world.
QString scenarioStartProblem(const QJsonObject &start);

} // namespace SimStateCheck
