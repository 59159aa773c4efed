#pragma once

#include <QThread>
#include <memory>

class QFont;

// Reads the system's fonts into Qt's font database on a thread of its own, from the moment the
// application exists: fontconfig's set-up (its configuration, its caches, every font's
// description; some 32 M instructions, a quarter of a bare Qt window's start) then runs on the
// second core while the console signs in and builds its window, instead of on the GUI thread at
// the first text the window measures, which waited for it. It then measures a text in `font`,
// which pays there what the first font of a process pays once (its family's styles read from
// fontconfig, fontconfig's matching set up); each thread still loads its own font engines.
// QFontDatabase is thread-safe: a font the window asks for meanwhile waits for the reading to
// end, as it would have waited to do it.
class FontDatabaseWarmUp final
{
    Q_DISABLE_COPY_MOVE(FontDatabaseWarmUp)

public:
    explicit FontDatabaseWarmUp(const QFont &font); // after the QGuiApplication
    ~FontDatabaseWarmUp(); // before it: waits for the reading to end

    bool isFinished() const { return m_thread->isFinished(); }

private:
    std::unique_ptr<QThread> m_thread;
};
