#pragma once

#include <QList>
#include <QString>

class QAbstractButton;
class QFont;
class QIcon;
class QApplication;
class QLabel;
class QWidget;

// The console's look: the App Services style sheet and its fonts, at a scale. Presenter mode
// scales the whole window and its dialogs for a projector: the application font and every
// size of the style sheet (fonts, paddings, radii, minimum and maximum sizes) grow together.
namespace Theme {

// Applies the look at `percent` of its normal size (100: normal; presenterScales() for a
// projector). Widgets restyle at once; dialogs opened later are built at the new scale.
void apply(QApplication &application, int percent = 100);
int scalePercent(); // the scale last applied
// The application font of the look at `percent`.
QFont font(int percent = 100);
// A size in pixels a widget sets in code (a dialog's fixed width), at the current scale.
int scaled(int px);
// The style sheet with every pt and px size at `percent`.
QString scaledStyleSheet(const QString &styleSheet, int percent);
// Sizes set in code that follow the scale: set now at the current scale, and again by apply()
// when the scale changes, on widgets already shown (an open dialog) as on new ones.
void setFixedWidth(QWidget *widget, int px);
void setMinimumWidth(QWidget *widget, int px);
void setMaximumWidth(QWidget *widget, int px);
// The icon in the console's resources at `path`, read once: Qt's SVG engine parses a file
// when an icon is made from it, and renders each size once per icon.
QIcon icon(const QString &path);
// An icon of `px` pixels at 100 %, grown with the text.
void setIcon(QAbstractButton *button, const QString &path, int px = 16);
void setIcon(QLabel *label, const QString &path, int px = 16);
QList<int> presenterScales(); // 125, 150, 200
int defaultPresenterScale(); // 150

} // namespace Theme
