#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>
#include <optional>

struct HttpRequest;

// A request as the simulator's APIs see it: the path is below the API's prefix
// (/api/admin/v3.0 for the Admin API, /_sim for the control API).
struct SimRequest
{
    static constexpr const char *ApiPrefix = "/api/admin/v3.0";
    static constexpr const char *ControlPrefix = "/_sim";

    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray body;
    QString deploymentError; // set by a fault rule: the deployment this request starts fails

    // The body as an optional JSON object; `ok` is false when a body is there but is not one.
    QJsonObject bodyObject(bool *ok) const;

    // What the simulator accepts it may keep, and what it keeps must load again from its state
    // file, a few levels deeper than the body was: far below QJsonDocument's own limit of
    // nesting, so a body past MaxBodyDepth is refused on the way in. MaxBodyBytes is
    // HttpLimits' default, for callers that do not come through the HTTP server.
    static constexpr int MaxBodyDepth = 64;
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;
    // Why the body cannot be taken in, in the service's words, with the status to answer; an
    // empty text when it can.
    QString bodyProblem(int *status) const;
    // The first control character (below U+0020) written raw inside a string of JSON text, or
    // a NUL anywhere in it; -1 when there is none.
    static int rawControlCharacter(const QByteArray &json);
    // The deepest nesting of arrays and objects in JSON text, counted up to `stopAbove` + 1.
    static int nestingDepth(const QByteArray &json, int stopAbove);

    // The request an HTTP request makes of the API under `prefix`: its path below the prefix,
    // or nothing when it is not under that prefix.
    static std::optional<SimRequest> fromHttp(
        const HttpRequest &request, const char *prefix = ApiPrefix);
};
