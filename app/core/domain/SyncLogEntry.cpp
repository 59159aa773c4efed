#include "SyncLogEntry.h"

#include "SyncProtocol.h"

#include <QRegularExpression>

int SyncLogEntry::protocolErrorCode() const
{
    static const QRegularExpression inText(QStringLiteral("ProtocolErrorCode=(\\d{3})"));
    const QRegularExpressionMatch match = inText.match(error);
    if (match.hasMatch())
        return match.captured(1).toInt();
    return SyncProtocol::code(SyncProtocol::protocolErrorFromName(errorCode));
}

QString SyncLogEntry::protocolErrorName(int code)
{
    return SyncProtocol::errorName(SyncProtocol::protocolError(code));
}
