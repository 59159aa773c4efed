#pragma once

#include <QByteArray>
#include <QtGlobal>

// The offscreen platform warns on every top-level size hint and window mask it cannot honour
// ("This plugin does not support propagateSizeHints()"): hundreds of lines that bury a failing
// test's own output, which CI shows only the head and tail of. Drops exactly those two and hands
// everything else to the handler before it (QtTest's), so ignoreMessage() and the log still work.
namespace QuietOffscreen {

inline QtMessageHandler &previousHandler()
{
    static QtMessageHandler previous = nullptr;
    return previous;
}

inline void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && (message == QLatin1String("This plugin does not support propagateSizeHints()")
            || message == QLatin1String("This plugin does not support setting window masks")))
        return;
    if (QtMessageHandler previous = previousHandler())
        previous(type, context, message);
}

// Call once QtTest runs (from a test function or a fixture): its handler is installed by then.
inline void install()
{
    static const bool installed = [] {
        previousHandler() = qInstallMessageHandler(filter);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace QuietOffscreen
