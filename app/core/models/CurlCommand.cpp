#include "CurlCommand.h"

#include "ApiCallRecord.h"

namespace CurlCommand {

QString shellQuote(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString build(const ApiCallRecord &record)
{
    QStringList parts {QStringLiteral("curl"), QStringLiteral("-X"),
        QString::fromLatin1(record.method), shellQuote(record.url)};
    switch (record.auth) {
    case ApiRequest::Auth::AccessToken:
        parts << QStringLiteral("-H")
              << shellQuote(QStringLiteral("Authorization: Bearer <ACCESS_TOKEN>"));
        break;
    case ApiRequest::Auth::RefreshToken:
        parts << QStringLiteral("-H")
              << shellQuote(QStringLiteral("Authorization: Bearer <REFRESH_TOKEN>"));
        break;
    case ApiRequest::Auth::None:
        break;
    }
    if (!record.body.isEmpty())
        parts << QStringLiteral("-H")
              << shellQuote(QStringLiteral("Content-Type: application/json"))
              << QStringLiteral("-d")
              << shellQuote(QString::fromUtf8(ApiCallRecord::redacted(record.body)));
    return parts.join(QLatin1Char(' '));
}

} // namespace CurlCommand
