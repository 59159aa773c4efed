#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// One injected fault: which requests it hits (method and a wildcard path below
// /api/admin/v3.0, see PathGlob) and what happens to them. `count` limits it to the next N
// matching requests; -1 keeps it until it is removed. Both ways a rule is read (the control
// API's JSON and the command line's words) check every field with problem(), so a rule in force
// can always be matched and answered with: its path is a bounded glob, its redirect a URL that
// can go in a header.
struct FaultRule
{
    QString method = QStringLiteral("*");
    QString path = QStringLiteral("*");
    int latencyMs = 0;
    int status = 0; // answer with this error status instead of serving the request
    int retryAfter = -1; // seconds, sent with the status (429, 503)
    bool malformed = false; // serve the request, then send a broken body
    bool drop = false; // serve the request, then close the connection without a reply
    bool html = false; // answer `status` (502 by default) with a proxy's HTML error page
    bool empty = false; // serve the request, then answer 200 with an empty body
    QString deploymentError; // a deployment started by the request fails with this message
    QString redirect; // answer with a redirect (307, or `status` from 300 to 399) to this URL
    qint64 oversizeBytes = 0; // serve the request, then pad its JSON reply to this many bytes
    int count = -1;

    bool matchesMethod(const QByteArray &method) const;

    // How problem() names a field: as the control API's JSON ("latency_ms") or as the
    // command line's key ("latency").
    enum class Spelling { Json, CommandLine };
    // What is wrong with the rule, as a sentence naming the field; an empty text when every
    // field is in range.
    QString problem(Spelling spelling = Spelling::Json) const;

    QJsonObject toJson() const;
    static std::optional<FaultRule> fromJson(const QJsonObject &object, QString *problem);
    // The command-line form: `METHOD PATH key=value...`, keys latency, status, retry-after,
    // malformed, drop, html, empty, redirect, oversize, count and deploy-error (last, taking the
    // rest of the line), e.g. "GET /groups/*/apps/*/drafts status=503 retry-after=2 count=1".
    static std::optional<FaultRule> parse(const QString &spec, QString *problem);
};
