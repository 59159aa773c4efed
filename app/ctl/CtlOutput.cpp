#include "CtlOutput.h"

#include "CtlTerminal.h"

#include <QJsonDocument>
#include <QTextStream>

CtlOutput::CtlOutput(bool json, QTextStream *out, QTextStream *err, CtlTerminal *terminal)
    : m_json(json)
    , m_out(out)
    , m_err(err)
    , m_terminal(terminal)
{ }

void CtlOutput::say(const QString &text)
{
    if (m_json)
        return;
    m_terminal->endProgress();
    *m_out << text << Qt::endl;
}

void CtlOutput::line(const QJsonObject &object)
{
    *m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void CtlOutput::progress(const QString &text)
{
    if (!m_json)
        m_terminal->progress(text);
}

void CtlOutput::finish(const QString &command, int exitCode, const QString &message)
{
    m_terminal->endProgress();
    if (m_json) {
        QJsonObject document = m_document;
        document.insert(QStringLiteral("command"), command);
        document.insert(QStringLiteral("ok"), exitCode == 0);
        document.insert(QStringLiteral("exitCode"), exitCode);
        if (!message.isEmpty())
            document.insert(
                exitCode == 0 ? QStringLiteral("note") : QStringLiteral("message"), message);
        if (m_streaming)
            return line(document);
        *m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        m_out->flush();
        return;
    }
    if (message.isEmpty())
        return;
    if (exitCode == 0)
        *m_out << message << Qt::endl;
    else
        *m_err << "sync-consolectl: " << message << Qt::endl;
}
