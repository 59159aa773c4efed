#pragma once

#include "ClassroomSeat.h"

#include <QString>

// The instructor's table as a file: CSV (one row a seat, the columns' ids in English so a
// spreadsheet or a script reads it in any language; RFC 4180 quoting) or Markdown (the table
// with the console's column titles, then each seat's summary line).
namespace ClassroomExport {

QString csv(const ClassroomState &state);
QString markdown(const ClassroomState &state);

} // namespace ClassroomExport
