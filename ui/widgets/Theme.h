#pragma once

class QApplication;

// The console's look: the App Services style sheet and its fonts.
namespace Theme {

void apply(QApplication &application);

} // namespace Theme
