#pragma once

#include <QString>
#include <functional>

class QObject;

// Who is at the other end of sync-consolectl: a person at a terminal, who can confirm and
// watch a spinner, or a script, which gets neither. Tests script the answers.
class CtlTerminal
{
public:
    using Answer = std::function<void(const QString &line)>;

    virtual ~CtlTerminal() = default;
    // Someone can answer a question (stdin and stderr are terminals).
    virtual bool interactive() const = 0;
    // Prints `prompt` and hands back the next line typed, without waiting in a loop of its own.
    virtual void ask(const QString &prompt, QObject *context, Answer answer) = 0;
    // A line of progress that the next one replaces (a spinner); nothing when not a terminal.
    virtual void progress(const QString &line) = 0;
    virtual void endProgress() = 0;
};
