#include "SoakSimulator.h"

#include <QFile>

SoakSimulator::SoakSimulator(QString program, QStringList arguments, QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process.readAllStandardOutput();
        const int end = m_output.indexOf('\n');
        if (!m_announced && end > 0) {
            m_announced = true;
            emit ready(QString::fromUtf8(m_output.left(end).trimmed()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (!m_announced)
            emit failedToStart(QStringLiteral("the simulator ended before serving (%1 %2)")
                                   .arg(status == QProcess::CrashExit ? QStringLiteral("signal") : QStringLiteral("exit"))
                                   .arg(code));
    });
}

void SoakSimulator::start(quint16 port)
{
    m_output.clear();
    m_announced = false;
    m_process.start(m_program,
        QStringList(m_arguments) << QStringLiteral("--port") << QString::number(port));
}

void SoakSimulator::kill()
{
    m_announced = true; // its end is no failure to start
    m_process.kill();
    m_process.waitForFinished(10000);
}

void SoakSimulator::stop()
{
    m_announced = true;
    m_process.terminate();
    m_process.waitForFinished(10000);
}

double SoakSimulator::residentMb() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}
