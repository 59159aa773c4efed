#include "FaultRule.h"

#include "PathGlob.h"

#include <QUrl>
#include <algorithm>
#include <climits>
#include <cmath>

namespace {

// Big enough for any test of a reply cap, small enough not to exhaust the simulator.
constexpr qint64 MaxOversizeBytes = 512LL * 1024 * 1024;
constexpr int MaxLatencyMs = 600000;
// A year: clients must cope with absurd waits (the console caps them), so rules may ask for them.
constexpr int MaxRetryAfterSeconds = 366 * 86400;
constexpr int MaxCount = 1000000;
constexpr qsizetype MaxMethodLength = 20;
constexpr qsizetype MaxDeploymentErrorLength = 1000;
constexpr qsizetype MaxRedirectLength = 2048;

// How a field is written in a JSON rule, and what a value of it must be.
enum class Kind { Text, Flag, Whole };
struct Field
{
    const char *json;
    const char *commandLine; // the key of the --fault form
    Kind kind;
};
constexpr Field Fields[] = {
    {"method", "METHOD", Kind::Text},
    {"path", "PATH", Kind::Text},
    {"latency_ms", "latency", Kind::Whole},
    {"status", "status", Kind::Whole},
    {"retry_after", "retry-after", Kind::Whole},
    {"malformed", "malformed", Kind::Flag},
    {"drop", "drop", Kind::Flag},
    {"html", "html", Kind::Flag},
    {"empty", "empty", Kind::Flag},
    {"deploy_error", "deploy-error", Kind::Text},
    {"count", "count", Kind::Whole},
    {"redirect", "redirect", Kind::Text},
    {"oversize_bytes", "oversize", Kind::Whole},
};

// Control characters (C0, DEL, C1) never belong in a path, a header or a message of a rule.
bool hasControl(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x20 || (u >= 0x7F && u <= 0x9F);
    });
}

bool isPrintableAscii(const QString &text)
{
    return std::all_of(
        text.begin(), text.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
}

bool validMethod(const QString &method)
{
    if (method == QLatin1String("*"))
        return true;
    return !method.isEmpty() && method.size() <= MaxMethodLength
        && std::all_of(method.begin(), method.end(), [](QChar c) {
               return (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                   || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
           });
}

bool validPath(const QString &path)
{
    return !path.isEmpty() && path.size() <= PathGlob::MaxLength
        && (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('*')))
        && !hasControl(path) && !path.contains(QLatin1Char(' '));
}

// What goes in a Location header: an absolute http(s) URL, ASCII without spaces or controls,
// so the header can never be split or smuggle another.
bool validRedirect(const QString &redirect)
{
    if (redirect.size() > MaxRedirectLength || !isPrintableAscii(redirect))
        return false;
    const QUrl url(redirect, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

// An error status, or a redirect status when the rule redirects.
bool validStatus(const FaultRule &r)
{
    if (!r.redirect.isEmpty())
        return r.status == 0 || (r.status >= 300 && r.status <= 399);
    return r.status == 0 || (r.status >= 400 && r.status <= 599);
}

QString quoted(const char *name)
{
    return QStringLiteral("\u201c%1\u201d").arg(QLatin1String(name));
}

// Why the JSON value of a field is of the wrong kind, or "".
QString wrongKind(const Field &field, const QJsonValue &v)
{
    switch (field.kind) {
    case Kind::Text:
        return v.isString()
            ? QString()
            : QStringLiteral("the fault rule\u2019s %1 must be a string").arg(quoted(field.json));
    case Kind::Flag:
        return v.isBool() ? QString()
                          : QStringLiteral("the fault rule\u2019s %1 must be true or false")
                                .arg(quoted(field.json));
    case Kind::Whole: {
        const double d = v.toDouble();
        return v.isDouble() && std::isfinite(d) && d == std::floor(d)
            ? QString()
            : QStringLiteral("the fault rule\u2019s %1 must be a whole number")
                  .arg(quoted(field.json));
    }
    }
    return {};
}

// A whole number of a JSON rule, held to an int; a value past an int fails its range check.
int toInt(const QJsonValue &v, int fallback)
{
    if (v.isUndefined())
        return fallback;
    return int(std::clamp(v.toDouble(), double(INT_MIN), double(INT_MAX)));
}

} // namespace

bool FaultRule::matchesMethod(const QByteArray &requestMethod) const
{
    return method == QLatin1String("*")
        || method.compare(QLatin1String(requestMethod), Qt::CaseInsensitive) == 0;
}

QString FaultRule::problem(Spelling spelling) const
{
    const auto name = [spelling](const char *json) {
        for (const Field &f : Fields)
            if (qstrcmp(f.json, json) == 0)
                return spelling == Spelling::Json ? quoted(f.json) : QLatin1String(f.commandLine);
        return QString();
    };
    const auto range = [&name](const char *json, qint64 low, qint64 high) {
        return QStringLiteral("%1 must be from %2 to %3").arg(name(json)).arg(low).arg(high);
    };
    if (!validMethod(method))
        return QStringLiteral("%1 must be * or an HTTP method such as GET").arg(name("method"));
    if (!validPath(path))
        return QStringLiteral("%1 must be 1 to %2 characters starting with / or *, without "
                              "spaces or control characters (* matches any run of characters)")
            .arg(name("path"))
            .arg(PathGlob::MaxLength);
    if (latencyMs < 0 || latencyMs > MaxLatencyMs)
        return range("latency_ms", 0, MaxLatencyMs);
    if (!redirect.isEmpty() && !validRedirect(redirect))
        return QStringLiteral("%1 must be an absolute http or https URL of at most %2 "
                              "characters, without spaces, control characters or non-ASCII "
                              "characters, such as http://127.0.0.1:9/elsewhere")
            .arg(name("redirect"))
            .arg(MaxRedirectLength);
    if (!validStatus(*this))
        return redirect.isEmpty()
            ? range("status", 400, 599)
            : QStringLiteral("%1 must be from 300 to 399 with a redirect").arg(name("status"));
    if (retryAfter < -1 || retryAfter > MaxRetryAfterSeconds)
        return range("retry_after", 0, MaxRetryAfterSeconds);
    if (count == 0 || count < -1 || count > MaxCount)
        return range("count", 1, MaxCount) + QStringLiteral(", or -1 for every matching request");
    if (oversizeBytes < 0 || oversizeBytes > MaxOversizeBytes)
        return QStringLiteral("%1 must be from 0 to %2 bytes (512 MiB)")
            .arg(name("oversize_bytes"))
            .arg(MaxOversizeBytes);
    if (deploymentError.size() > MaxDeploymentErrorLength || hasControl(deploymentError))
        return QStringLiteral("%1 must be at most %2 characters, without control characters")
            .arg(name("deploy_error"))
            .arg(MaxDeploymentErrorLength);
    return {};
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

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &o, QString *problem)
{
    // A misspelt field would otherwise leave a rule that hits every request.
    for (auto it = o.begin(); it != o.end(); ++it) {
        const Field *field = std::find_if(std::begin(Fields), std::end(Fields),
            [&it](const Field &f) { return it.key() == QLatin1String(f.json); });
        if (field == std::end(Fields)) {
            QStringList known;
            for (const Field &f : Fields)
                known.append(QLatin1String(f.json));
            *problem = QStringLiteral("\u201c%1\u201d is not a field of a fault rule; the fields "
                                      "are %2")
                           .arg(it.key(), known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (const QString wrong = wrongKind(*field, it.value()); !wrong.isEmpty()) {
            *problem = wrong;
            return std::nullopt;
        }
    }
    FaultRule r;
    r.method = o.value(QStringLiteral("method")).toString(r.method);
    r.path = o.value(QStringLiteral("path")).toString(r.path);
    r.latencyMs = toInt(o.value(QStringLiteral("latency_ms")), 0);
    r.status = toInt(o.value(QStringLiteral("status")), 0);
    r.retryAfter = toInt(o.value(QStringLiteral("retry_after")), -1);
    r.malformed = o.value(QStringLiteral("malformed")).toBool();
    r.drop = o.value(QStringLiteral("drop")).toBool();
    r.html = o.value(QStringLiteral("html")).toBool();
    r.empty = o.value(QStringLiteral("empty")).toBool();
    r.deploymentError = o.value(QStringLiteral("deploy_error")).toString();
    r.count = toInt(o.value(QStringLiteral("count")), -1);
    r.redirect = o.value(QStringLiteral("redirect")).toString();
    const QJsonValue oversize = o.value(QStringLiteral("oversize_bytes"));
    r.oversizeBytes = oversize.isUndefined()             ? 0
        : oversize.toDouble() > double(MaxOversizeBytes) ? -1 // refused below
                                                         : qint64(oversize.toDouble());
    if (const QString wrong = r.problem(Spelling::Json); !wrong.isEmpty()) {
        *problem = QStringLiteral("the fault rule\u2019s ") + wrong;
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
    if (const QString wrong = r.problem(Spelling::CommandLine); !wrong.isEmpty()) {
        *problem = QStringLiteral("\u201c%1\u201d: %2").arg(spec, wrong);
        return std::nullopt;
    }
    return r;
}
