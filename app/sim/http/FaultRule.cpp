#include "FaultRule.h"

#include "JsonReader.h"

#include <QRegularExpression>

bool FaultRule::matches(const QByteArray &requestMethod, const QString &requestPath) const
{
    if (method != QLatin1String("*")
        && method.compare(QLatin1String(requestMethod), Qt::CaseInsensitive) != 0)
        return false;
    // `*` stands for any run of characters, slashes included, so "*/deployment" hits every
    // draft deployment whatever its group, app and draft ids.
    QString pattern = QRegularExpression::escape(path);
    pattern.replace(QLatin1String("\\*"), QLatin1String(".*"));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern))
        .match(requestPath)
        .hasMatch();
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject o {{QStringLiteral("method"), method}, {QStringLiteral("path"), path}};
    if (latencyMs > 0)
        o.insert(QStringLiteral("latency_ms"), latencyMs);
    if (status > 0)
        o.insert(QStringLiteral("status"), status);
    if (retryAfter >= 0)
        o.insert(QStringLiteral("retry_after"), retryAfter);
    if (malformed)
        o.insert(QStringLiteral("malformed"), true);
    if (drop)
        o.insert(QStringLiteral("drop"), true);
    if (html)
        o.insert(QStringLiteral("html"), true);
    if (empty)
        o.insert(QStringLiteral("empty"), true);
    if (!deploymentError.isEmpty())
        o.insert(QStringLiteral("deploy_error"), deploymentError);
    if (!redirect.isEmpty())
        o.insert(QStringLiteral("redirect"), redirect);
    if (oversizeBytes > 0)
        o.insert(QStringLiteral("oversize_bytes"), oversizeBytes);
    o.insert(QStringLiteral("count"), count);
    return o;
}

namespace {
// An error status, or a redirect status when the rule redirects.
bool validStatus(const FaultRule &r)
{
    if (!r.redirect.isEmpty())
        return r.status == 0 || (r.status >= 300 && r.status <= 399);
    return r.status == 0 || (r.status >= 400 && r.status <= 599);
}

// Big enough for any test of a reply cap, small enough not to exhaust the simulator.
constexpr qint64 MaxOversizeBytes = 512LL * 1024 * 1024;
} // namespace

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &o, QString *problem)
{
    // A misspelt field would otherwise leave a rule that hits every request.
    static const QStringList known {QStringLiteral("method"), QStringLiteral("path"),
        QStringLiteral("latency_ms"), QStringLiteral("status"), QStringLiteral("retry_after"),
        QStringLiteral("malformed"), QStringLiteral("drop"), QStringLiteral("html"),
        QStringLiteral("empty"), QStringLiteral("deploy_error"), QStringLiteral("count"),
        QStringLiteral("redirect"), QStringLiteral("oversize_bytes")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key())) {
            *problem = QStringLiteral("\u201c%1\u201d is not a field of a fault rule; the fields "
                                      "are %2")
                           .arg(it.key(), known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    FaultRule r;
    r.method = o.value(QStringLiteral("method")).toString(r.method);
    r.path = o.value(QStringLiteral("path")).toString(r.path);
    r.latencyMs = o.value(QStringLiteral("latency_ms")).toInt(0);
    r.status = o.value(QStringLiteral("status")).toInt(0);
    r.retryAfter = o.value(QStringLiteral("retry_after")).toInt(-1);
    r.malformed = o.value(QStringLiteral("malformed")).toBool();
    r.drop = o.value(QStringLiteral("drop")).toBool();
    r.html = o.value(QStringLiteral("html")).toBool();
    r.empty = o.value(QStringLiteral("empty")).toBool();
    r.deploymentError = o.value(QStringLiteral("deploy_error")).toString();
    r.count = o.value(QStringLiteral("count")).toInt(-1);
    r.redirect = o.value(QStringLiteral("redirect")).toString();
    r.oversizeBytes = o.contains(QStringLiteral("oversize_bytes")) // -1 (refused) past qint64
        ? JsonReader::toInt64(o.value(QStringLiteral("oversize_bytes")), -1)
        : 0;
    if (!validStatus(r) || r.latencyMs < 0 || r.latencyMs > 600000 || r.oversizeBytes < 0
        || r.oversizeBytes > MaxOversizeBytes) {
        *problem = QStringLiteral(
            "a fault needs a status from 400 to 599 (300 to 399 with a redirect), a latency "
            "from 0 to 600000 ms and an oversize of at most 512 MiB");
        return std::nullopt;
    }
    return r;
}

std::optional<FaultRule> FaultRule::parse(const QString &spec, QString *problem)
{
    QString rest = spec.trimmed();
    FaultRule r;
    const QString deployKey = QStringLiteral("deploy-error=");
    const qsizetype deployAt = rest.indexOf(deployKey);
    if (deployAt >= 0) {
        r.deploymentError = rest.mid(deployAt + deployKey.size()).trimmed();
        rest = rest.left(deployAt).trimmed();
        if (r.deploymentError.isEmpty()) {
            *problem = QStringLiteral("deploy-error= needs a message");
            return std::nullopt;
        }
    }
    const QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2) {
        *problem = QStringLiteral("\u201c%1\u201d: a fault is METHOD PATH key=value..., e.g. "
                                  "\u201cGET /groups/*/apps status=503 count=2\u201d")
                       .arg(spec);
        return std::nullopt;
    }
    r.method = words[0].toUpper();
    r.path = words[1];
    for (qsizetype i = 2; i < words.size(); ++i) {
        const QString name = words[i].section(QLatin1Char('='), 0, 0);
        const QString value = words[i].section(QLatin1Char('='), 1);
        bool ok = true;
        if (name == QLatin1String("latency"))
            r.latencyMs = value.toInt(&ok);
        else if (name == QLatin1String("status"))
            r.status = value.toInt(&ok);
        else if (name == QLatin1String("retry-after"))
            r.retryAfter = value.toInt(&ok);
        else if (name == QLatin1String("count"))
            r.count = value.toInt(&ok);
        else if (name == QLatin1String("malformed") && value.isEmpty())
            r.malformed = true;
        else if (name == QLatin1String("drop") && value.isEmpty())
            r.drop = true;
        else if (name == QLatin1String("html") && value.isEmpty())
            r.html = true;
        else if (name == QLatin1String("empty") && value.isEmpty())
            r.empty = true;
        else if (name == QLatin1String("redirect") && !value.isEmpty())
            r.redirect = value;
        else if (name == QLatin1String("oversize"))
            r.oversizeBytes = value.toLongLong(&ok);
        else
            ok = false;
        if (!ok) {
            *problem
                = QStringLiteral("\u201c%1\u201d in fault \u201c%2\u201d is not understood; use "
                                 "latency=MS, status=CODE, retry-after=S, count=N, malformed, "
                                 "drop, html, empty, redirect=URL, oversize=BYTES or "
                                 "deploy-error=MESSAGE")
                      .arg(words[i], spec);
            return std::nullopt;
        }
    }
    if (!validStatus(r) || r.latencyMs < 0 || r.oversizeBytes < 0
        || r.oversizeBytes > MaxOversizeBytes) {
        *problem = QStringLiteral("\u201c%1\u201d: the status must be from 400 to 599 (300 to "
                                  "399 with a redirect), the oversize at most 512 MiB")
                       .arg(spec);
        return std::nullopt;
    }
    return r;
}
