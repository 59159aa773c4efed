#pragma once

#include "FaultRule.h"

#include <optional>

struct SimReply;
struct SimRequest;

// What the fault rule in force does to one Admin API exchange, looked up in one table of
// actions: a rule may answer instead of the service (a redirect, a proxy's page, an error), change
// the request before it is served (a deployment that will fail), or change the reply after
// (lost, empty, broken, padded). The actions of a phase are tried in the table's order and the
// first that applies is taken, so a rule that asks for two replies gets the one listed first.
class FaultPipeline final
{
public:
    // How the served reply reaches the client.
    enum class Delivery {
        Send, // sent, and reported to contract checks and demos
        SendUnreported, // sent, but it is no Admin API reply a contract could check
        Drop, // the request was served, only its reply is lost, as when a connection breaks
    };

    explicit FaultPipeline(std::optional<FaultRule> rule);

    // The reply to send without serving the request, when the rule answers for the service.
    std::optional<SimReply> instead() const;
    // Changes the request before the API serves it.
    void before(SimRequest &request) const;
    // Changes the served reply, and says how it reaches the client.
    Delivery after(SimReply &reply) const;
    // The delay before any reply, or before the connection is dropped.
    int latencyMs() const { return m_rule ? m_rule->latencyMs : 0; }

private:
    std::optional<FaultRule> m_rule;
};
