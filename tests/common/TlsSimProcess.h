#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// sync-console-sim --tls as a process: started (through `launcher` when given, e.g. nsenter),
// its header read up to the certificate's fingerprint, stopped at the end.
struct TlsSimProcess
{
    QProcess process;
    QUrl baseUrl;
    QString fingerprint; // "AB:CD:...", as printed
    QString header; // every line printed up to the fingerprint and the lines about TLS

    ~TlsSimProcess() { stop(); }

    // True once the simulator has printed its base URL and its certificate's fingerprint.
    bool start(const QString &program, const QStringList &args)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(program, args);
        while (fingerprint.isEmpty()) {
            while (!process.canReadLine())
                if (!process.waitForReadyRead(20000))
                    return false;
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            header += line + QLatin1Char('\n');
            if (baseUrl.isEmpty())
                baseUrl = QUrl(line);
            if (line.startsWith(QLatin1String("TLS certificate: SHA-256 ")))
                fingerprint = line.mid(25);
        }
        // The names and where it is kept follow.
        for (int i = 0; i < 2; ++i) {
            while (!process.canReadLine())
                if (!process.waitForReadyRead(20000))
                    return false;
            header += QString::fromUtf8(process.readLine());
        }
        return true;
    }

    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
        process.waitForFinished();
    }
};
