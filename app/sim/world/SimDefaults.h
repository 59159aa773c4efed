#pragma once

#include <QString>

// What the simulator serves when it is told nothing else: the published default key pair (safe
// on loopback only), the access-token lifetime and how long a deployment takes. The standalone
// simulator's options and the console's embedded simulator both start from these.
namespace SimDefaults {

inline QString publicKey()
{
    return QStringLiteral("syncsim");
}

inline QString privateKey()
{
    return QStringLiteral("00000000-0000-4000-8000-000000000000");
}

constexpr int tokenLifetimeSeconds = 30 * 60;
constexpr int deploymentDelayMs = 1500;

} // namespace SimDefaults
