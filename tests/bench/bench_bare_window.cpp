// The floor of bench_startup: a bare Qt Widgets window built the way the console builds its
// own (QApplication, the style sheet, a main window with a label), shown, and left at once.
#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <cstdio>
#include <ctime>

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
        // bench_startup's second figure, as the console's SYNC_CONSOLE_PAINTED_MARK prints it.
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::printf("painted %lld\n", qint64(now.tv_sec) * 1000000000 + now.tv_nsec);
        std::fflush(stdout);
        QApplication::quit();
    });
    return app.exec();
}
