#pragma once

#include "FaultRule.h"
#include "SimDefaults.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// The command line of sync-console-sim, parsed and checked.
struct SimOptions
{
    Q_DECLARE_TR_FUNCTIONS(SimOptions)

public:
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString publicKey;
    QString privateKey;
    QString scenario;
    QString statePath;
    int tokenLifetimeSeconds = SimDefaults::tokenLifetimeSeconds;
    int deploymentDelayMs = SimDefaults::deploymentDelayMs;
    QList<FaultRule> faults;
    // --classroom N: N seats, each a project with a key pair of its own; 0: no classroom.
    int classroomSeats = 0;
    // --tls: serve https with the certificate given (--tls-cert, --tls-key) or the simulator's
    // own (TlsIdentity), made for the host's names and addresses and these (--tls-name).
    bool tls = false;
    QString tlsCert;
    QString tlsKey;
    QStringList tlsNames;

    // What to do instead of serving: print `text` and exit with `exitCode` (help, version,
    // scenario list, or a bad flag with exit code 2).
    bool exitNow = false;
    int exitCode = 0;
    QString text;

    static SimOptions parse(const QStringList &arguments);
};
