#include "SimRequest.h"

#include "HttpRequest.h"

#include <QJsonDocument>
#include <algorithm>

std::optional<SimRequest> SimRequest::fromHttp(const HttpRequest &request, const char *prefix)
{
    const QString path = request.path();
    const QString under = QString::fromLatin1(prefix);
    if (!path.startsWith(under + QLatin1Char('/')))
        return std::nullopt;
    SimRequest r;
    r.method = request.method;
    r.path = path.mid(under.size());
    r.query = request.query();
    r.authorization = request.header("authorization");
    r.body = request.body;
    return r;
}

QJsonObject SimRequest::bodyObject(bool *ok) const
{
    *ok = true;
    if (body.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

QString SimRequest::bodyProblem(int *status) const
{
    *status = 400;
    if (body.size() > MaxBodyBytes) {
        *status = 413;
        return QStringLiteral("the body is %1 bytes; the limit is %2")
            .arg(body.size())
            .arg(MaxBodyBytes);
    }
    if (nestingDepth(body, MaxBodyDepth) > MaxBodyDepth)
        return QStringLiteral("the body is nested more than %1 levels deep").arg(MaxBodyDepth);
    if (const int c = rawControlCharacter(body); c >= 0)
        return QStringLiteral("the body holds a raw control character (U+%1); JSON allows "
                              "one in a string only escaped, as \\u%1")
            .arg(c, 4, 16, QLatin1Char('0'));
    return {};
}

int SimRequest::rawControlCharacter(const QByteArray &json)
{
    // Qt's reader takes them; the JSON grammar (RFC 8259) does not, and a NUL kept in a config
    // would cut the value short for whatever reads it as C text later.
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (c == '\0' || (inString && uchar(c) < 0x20))
            return uchar(c);
        if (!inString) {
            inString = c == '"';
        } else if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == '"') {
            inString = false;
        }
    }
    return -1;
}

int SimRequest::nestingDepth(const QByteArray &json, int stopAbove)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > stopAbove)
                break;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}
