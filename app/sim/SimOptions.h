#pragma once

#include "FaultRule.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// The command line of sync-console-sim, parsed and checked.
struct SimOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString publicKey;
    QString privateKey;
    QString scenario;
    QString statePath;
    int tokenLifetimeSeconds = 30 * 60;
    int deploymentDelayMs = 1500;
    QList<FaultRule> faults;

    // What to do instead of serving: print `text` and exit with `exitCode` (help, version,
    // scenario list, or a bad flag with exit code 2).
    bool exitNow = false;
    int exitCode = 0;
    QString text;

    static QString defaultPublicKey() { return QStringLiteral("syncsim"); }
    static QString defaultPrivateKey()
    {
        return QStringLiteral("00000000-0000-4000-8000-000000000000");
    }
    static SimOptions parse(const QStringList &arguments);
};
