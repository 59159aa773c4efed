#pragma once

#include "AdminProfile.h"
#include "ApiResult.h"
#include "AppMetrics.h"
#include "AppSummary.h"
#include "AuthTokens.h"
#include "DeployConfig.h"
#include "Deployment.h"
#include "Draft.h"
#include "DraftDiff.h"
#include "ServiceConfig.h"
#include "ServiceSummary.h"
#include "SyncLogPage.h"

#include <QByteArray>
#include <QList>
#include <optional>

// Pure parsers from Admin API reply bodies to domain types. They accept the documented shapes
// and the live service's where the two differ, ignore unknown fields, and turn wrong types
// into ApiError::Kind::MalformedReply instead of guessing.
namespace ApiParsers {

// An error status: the server's {"error", "error_code"} when the body has them.
ApiError httpError(int status, const QByteArray &body);

// A token the console can put into "Authorization: Bearer": RFC 6750's b64token, at most 16 KB.
bool isUsableToken(const QString &token);
// The login reply; a token that is not usable fails it (ApiError::Kind::UnusableToken).
ApiResult<AuthTokens> tokens(const QByteArray &body);
ApiResult<QString> accessToken(const QByteArray &body);
ApiResult<AdminProfile> profile(const QByteArray &body);
ApiResult<AppSummary> app(const QByteArray &body);
ApiResult<QList<AppSummary>> apps(const QByteArray &body);
ApiResult<QList<ServiceSummary>> services(const QByteArray &body);
ApiResult<ServiceConfig> serviceConfig(const QByteArray &body);
ApiResult<DeployConfig> deployConfig(const QByteArray &body);
ApiResult<Draft> draft(const QByteArray &body);
// The service answers a list (empty, or one draft); the document promises one object.
ApiResult<std::optional<Draft>> currentDraft(const QByteArray &body);
ApiResult<DraftDiff> draftDiff(const QByteArray &body);
ApiResult<Deployment> deployment(const QByteArray &body);
ApiResult<QList<Deployment>> deployments(const QByteArray &body);
ApiResult<AppMetrics> metrics(const QByteArray &body);
// GET .../logs. An entry that is not a log entry (not an object, no `_id`, a `started` that is
// not an ISO 8601 time, a field of the wrong type) is left out and counted in `malformed`; only
// a reply without its "logs" list, or a next page that cannot be named, fails the page.
ApiResult<SyncLogPage> logPage(const QByteArray &body);

} // namespace ApiParsers
