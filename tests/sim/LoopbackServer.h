#pragma once

#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDefaults.h"
#include "SimServer.h"

#include <QHostAddress>

// The default scenario served over HTTP on a loopback port, with the default key pair, for
// tests that talk raw HTTP to the simulator's server.
struct LoopbackServer
{
    LoopbackServer()
    {
        backend.sessions().setApiKey(SimDefaults::publicKey(), SimDefaults::privateKey());
        Scenarios::load(Scenarios::defaultName(), backend);
    }
    bool start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        return server.start(address, 0);
    }

    SimBackend backend;
    SimServer server {&backend};
};
