#include "FaultPipeline.h"

#include "SimReply.h"
#include "SimRequest.h"
#include "Utf8.h"

namespace {

// An injected error looks like the service's own: its status's error code and words.
struct InjectedError
{
    int status;
    const char *code;
    const char *message;
};
constexpr InjectedError InjectedErrors[] = {
    {400, "BadRequest", "injected client error"},
    {401, "InvalidSession", "invalid session: valid authentication required"},
    {403, "Forbidden", "forbidden"},
    {404, "NotFound", "not found"},
    {409, "Conflict", "conflict with the current state"},
    {429, "TooManyRequests", "too many requests"},
    {502, "BadGateway", "injected server error"},
    {503, "ServiceUnavailable", "service unavailable"},
    {504, "GatewayTimeout", "injected server error"},
};

SimReply injectedError(int status)
{
    for (const InjectedError &e : InjectedErrors)
        if (e.status == status)
            return SimReply::error(status, str(e.message), str(e.code));
    return status >= 500
        ? SimReply::error(status, str("injected server error"), str("InternalServerError"))
        : SimReply::error(status, str("injected client error"), str("BadRequest"));
}

enum class Phase { Instead, Before, After };

struct FaultAction
{
    Phase phase;
    bool (*applies)(const FaultRule &rule, const SimReply &served);
    void (*apply)(const FaultRule &rule, SimRequest &request, SimReply &reply);
    FaultPipeline::Delivery delivery;
};

// What a hostile or misconfigured proxy would do: send the client, keys and all, elsewhere.
// The Admin API itself never redirects.
void redirect(const FaultRule &rule, SimRequest &, SimReply &reply)
{
    reply = SimReply::error(
        rule.status > 0 ? rule.status : 307, str("moved elsewhere"), str("Redirect"));
    reply.headers.append({"Location", rule.redirect.toUtf8()});
}

// A proxy or load balancer in front of the service answers for it, in HTML.
void proxyPage(const FaultRule &rule, SimRequest &, SimReply &reply)
{
    reply = SimReply();
    reply.status = rule.status > 0 ? rule.status : 502;
    reply.body = QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>"
                                   "<center><h1>502 Bad Gateway</h1></center><hr>"
                                   "<center>nginx</center></body></html>\n");
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")});
}

void errorStatus(const FaultRule &rule, SimRequest &, SimReply &reply)
{
    reply = injectedError(rule.status);
    if (rule.retryAfter >= 0)
        reply.headers.append({"Retry-After", QByteArray::number(rule.retryAfter)});
}

void failDeployment(const FaultRule &rule, SimRequest &request, SimReply &)
{
    request.deploymentError = rule.deploymentError;
}

void keep(const FaultRule &, SimRequest &, SimReply &) { }

void emptyBody(const FaultRule &, SimRequest &, SimReply &reply)
{
    reply.status = 200;
    reply.body.clear();
}

void brokenBody(const FaultRule &, SimRequest &, SimReply &reply)
{
    reply.status = 200;
    reply.body = QByteArrayLiteral("{\"_id\": \"6560f0c0\", \"status\": [tru");
}

// Valid JSON still, only far bigger than any Admin API reply: white space after it.
void padBody(const FaultRule &rule, SimRequest &, SimReply &reply)
{
    reply.body.append(QByteArray(rule.oversizeBytes - reply.body.size(), ' '));
}

using D = FaultPipeline::Delivery;
const FaultAction Actions[] = {
    {Phase::Instead, [](const FaultRule &r, const SimReply &) { return !r.redirect.isEmpty(); },
        redirect, D::Send},
    {Phase::Instead, [](const FaultRule &r, const SimReply &) { return r.html; }, proxyPage,
        D::Send},
    {Phase::Instead, [](const FaultRule &r, const SimReply &) { return r.status > 0; }, errorStatus,
        D::Send},
    {Phase::Before, [](const FaultRule &, const SimReply &) { return true; }, failDeployment,
        D::Send},
    {Phase::After, [](const FaultRule &r, const SimReply &) { return r.drop; }, keep, D::Drop},
    {Phase::After, [](const FaultRule &r, const SimReply &) { return r.empty; }, emptyBody,
        D::SendUnreported},
    {Phase::After, [](const FaultRule &r, const SimReply &) { return r.malformed; }, brokenBody,
        D::SendUnreported},
    {Phase::After,
        [](const FaultRule &r, const SimReply &served) {
            return r.oversizeBytes > served.body.size();
        },
        padBody, D::Send},
};

} // namespace

FaultPipeline::FaultPipeline(std::optional<FaultRule> rule)
    : m_rule(std::move(rule))
{ }

std::optional<SimReply> FaultPipeline::instead() const
{
    if (!m_rule)
        return std::nullopt;
    SimRequest unused;
    for (const FaultAction &a : Actions) {
        SimReply reply;
        if (a.phase == Phase::Instead && a.applies(*m_rule, reply)) {
            a.apply(*m_rule, unused, reply);
            return reply;
        }
    }
    return std::nullopt;
}

void FaultPipeline::before(SimRequest &request) const
{
    if (!m_rule)
        return;
    SimReply unused;
    for (const FaultAction &a : Actions)
        if (a.phase == Phase::Before && a.applies(*m_rule, unused))
            a.apply(*m_rule, request, unused);
}

FaultPipeline::Delivery FaultPipeline::after(SimReply &reply) const
{
    if (!m_rule)
        return Delivery::Send;
    SimRequest unused;
    for (const FaultAction &a : Actions)
        if (a.phase == Phase::After && a.applies(*m_rule, reply)) {
            a.apply(*m_rule, unused, reply);
            return a.delivery;
        }
    return Delivery::Send;
}
