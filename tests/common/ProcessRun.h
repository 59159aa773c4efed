#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Runs a program to its end (or kills it after `timeoutMs`) and keeps what it said.
struct ProcessRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QString out;
    QString err;

    static ProcessRun of(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
        int timeoutMs = 90000)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        ProcessRun r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
};
