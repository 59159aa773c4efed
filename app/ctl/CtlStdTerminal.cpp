#include "CtlStdTerminal.h"

#include <QObject>
#include <QSocketNotifier>
#include <cstdio>
#include <unistd.h>

CtlStdTerminal::CtlStdTerminal()
    : m_interactive(isatty(STDIN_FILENO) && isatty(STDERR_FILENO))
{ }

CtlStdTerminal::~CtlStdTerminal()
{
    delete m_notifier;
}

void CtlStdTerminal::ask(const QString &prompt, QObject *context, Answer answer)
{
    endProgress();
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    delete m_notifier;
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(
        m_notifier, &QSocketNotifier::activated, context, [this, answer = std::move(answer)] {
            m_notifier->setEnabled(false);
            m_notifier->deleteLater();
            m_notifier = nullptr;
            char buffer[512] = {};
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer - 1);
            answer(QString::fromLocal8Bit(buffer, n > 0 ? int(n) : 0).trimmed());
        });
}

void CtlStdTerminal::progress(const QString &line)
{
    if (!isatty(STDERR_FILENO))
        return;
    static const char frames[] = {'|', '/', '-', '\\'};
    const QByteArray text
        = "\r\033[K" + QByteArray(1, frames[m_frame++ % 4]) + ' ' + line.toLocal8Bit();
    std::fputs(text.constData(), stderr);
    std::fflush(stderr);
    m_progressShown = true;
}

void CtlStdTerminal::endProgress()
{
    if (!m_progressShown)
        return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    m_progressShown = false;
}
