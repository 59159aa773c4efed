#include "SyncLogEntry.h"

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

bool SyncLogEntry::isOfAnotherKind() const
{
    return type == SyncLogType::Unknown && extra.contains(QLatin1String("type"))
        && !SyncProtocol::isSyncLogType(extra.value(QLatin1String("type")).toString());
}

QString SyncLogEntry::typeWireName() const
{
    return type == SyncLogType::Unknown ? extra.value(QLatin1String("type")).toString()
                                        : SyncProtocol::wireName(type);
}
