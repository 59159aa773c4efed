// The floor of bench_startup: a bare Qt Widgets window built the way the console builds its
// own (QApplication, the style sheet, a main window with a label), shown, and left at once.
#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Theme::apply(app);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Sync"), &window));
    window.resize(1420, 760);
    window.show();
    QTimer::singleShot(0, &app, [&window] {
        window.grab(); // painted once
        QApplication::quit();
    });
    return app.exec();
}
