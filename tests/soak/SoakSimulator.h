#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

// The standalone simulator under soak: started on a state file, killed with SIGKILL, started
// again on the same port and file. `ready` is emitted with its base URL once it serves.
class SoakSimulator final : public QObject
{
    Q_OBJECT

public:
    SoakSimulator(QString program, QStringList arguments, QObject *parent = nullptr);

    void start(quint16 port);
    void kill();
    // Asks it to stop as a user would (SIGTERM), for the end of the run.
    void stop();
    double residentMb() const;
    qint64 pid() const { return m_process.processId(); }

signals:
    void ready(const QString &baseUrl);
    void failedToStart(const QString &why);

private:
    QString m_program;
    QStringList m_arguments;
    QProcess m_process;
    QByteArray m_output;
    bool m_announced = false;
};
