#pragma once

#include <QtGlobal>

// The number of files (sockets among them) the simulator may hold open. A room needs more than
// the usual soft limit of 1,024: 60 consoles with 6 connections each, a trainer, and whatever
// a hostile peer holds until its idle sockets are closed.
namespace FileLimit {

// Raises the soft limit to the hard one; returns the soft limit in force afterwards
// (0 when it cannot be read).
quint64 raiseToHard();

} // namespace FileLimit
