#pragma once

#include "SyncProtocol.h"

#include <QCoreApplication>
#include <QString>

// The Sync protocol errors a log entry reports (208, 213, 222...), said as an administrator
// needs them: what happened to the device, and what happens next.
class ProtocolErrors final
{
    Q_DECLARE_TR_FUNCTIONS(ProtocolErrors)

public:
    // A sentence or two on the protocol error `code`; empty for a code the console does not know.
    static QString explanation(ProtocolError error);
    static QString explanation(int code);
    // True for the errors that only stop a session for a while (an expired token, Sync paused,
    // a write undone); false for those that need a client reset or a fix.
    static bool isMild(int code);
};
