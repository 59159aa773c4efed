#include "SyncLogEntry.h"

#include <QRegularExpression>

namespace {

// The service's short codes for the protocol errors the console explains.
struct CodeName
{
    int code;
    const char *name;
};
constexpr CodeName Names[] = {
    {200, "SessionClosed"},
    {202, "TokenExpired"},
    {203, "BadAuthentication"},
    {206, "PermissionDenied"},
    {208, "BadClientFileIdent"},
    {209, "BadServerVersion"},
    {210, "BadClientVersion"},
    {211, "DivergingHistories"},
    {212, "BadChangeset"},
    {213, "DisabledSession"},
    {217, "BadClientFile"},
    {222, "ClientFileExpired"},
    {223, "UserMismatch"},
    {224, "TooManySessions"},
    {225, "InvalidSchemaChange"},
    {226, "BadQuery"},
    {230, "WriteNotAllowed"},
    {231, "CompensatingWrite"},
};

} // namespace

int SyncLogEntry::protocolErrorCode() const
{
    static const QRegularExpression inText(QStringLiteral("ProtocolErrorCode=(\\d{3})"));
    const QRegularExpressionMatch match = inText.match(error);
    if (match.hasMatch())
        return match.captured(1).toInt();
    for (const CodeName &n : Names)
        if (errorCode == QLatin1String(n.name))
            return n.code;
    return 0;
}

QString SyncLogEntry::protocolErrorName(int code)
{
    for (const CodeName &n : Names)
        if (n.code == code)
            return QLatin1String(n.name);
    return {};
}
