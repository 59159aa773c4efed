#pragma once

#include <QJsonObject>
#include <QString>

class CtlTerminal;
class QTextStream;

// Where a command's answer goes. In text, lines for a person on stdout, errors on stderr; with
// --json, one document on stdout at the end (or one line per update for --watch and --follow)
// and nothing else on stdout. Progress only on a terminal.
class CtlOutput final
{
public:
    CtlOutput(bool json, QTextStream *out, QTextStream *err, CtlTerminal *terminal);

    bool json() const { return m_json; }
    // --watch, --follow: the end is one more JSON line, not an indented document.
    void setStreaming(bool streaming) { m_streaming = streaming; }
    CtlTerminal *terminal() const { return m_terminal; }
    // A line for a person (not printed with --json).
    void say(const QString &text);
    // A field of the JSON document.
    void set(const QString &key, const QJsonValue &value) { m_document.insert(key, value); }
    // One JSON line now (--watch, --follow).
    void line(const QJsonObject &object);
    void progress(const QString &text);
    // Prints the end: the document with its exit code (--json), or the error on stderr.
    void finish(const QString &command, int exitCode, const QString &message);

private:
    bool m_json;
    bool m_streaming = false;
    QTextStream *m_out;
    QTextStream *m_err;
    CtlTerminal *m_terminal;
    QJsonObject m_document;
};
