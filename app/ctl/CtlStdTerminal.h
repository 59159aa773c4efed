#pragma once

#include "CtlTerminal.h"

#include <QPointer>

class QSocketNotifier;

// The process's own terminal: stdin for answers (read when it has a line, through a socket
// notifier), stderr for the prompt and the spinner.
class CtlStdTerminal final : public CtlTerminal
{
public:
    CtlStdTerminal();
    ~CtlStdTerminal() override;

    bool interactive() const override { return m_interactive; }
    void ask(const QString &prompt, QObject *context, Answer answer) override;
    void progress(const QString &line) override;
    void endProgress() override;

private:
    bool m_interactive = false;
    bool m_progressShown = false;
    int m_frame = 0;
    QSocketNotifier *m_notifier = nullptr;
};
