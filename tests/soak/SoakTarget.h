#pragma once

#include <QByteArray>
#include <QString>

// Where the soak's consoles work: the simulator's address, the key pair, and the app, its
// service and its config as the set-up found them.
struct SoakTarget
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QByteArray publicKey;
    QByteArray privateKey;
    QByteArray api = "/api/admin/v3.0";
    QByteArray app;        // /api/admin/v3.0/groups/G/apps/A
    QByteArray appId;
    QByteArray config;     // .../services/S/config
    QByteArray enableBody; // a PATCH of the config that changes nothing: Sync stays enabled
    // How far the soak has moved the simulator's clock ahead of the real one: entries it stages
    // are dated by it, as the service dates its own (one dated an hour back would land in the
    // middle of the logs, and move every entry after it).
    qint64 clockAheadS = 0;
};
