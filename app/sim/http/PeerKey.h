#pragma once

#include <QString>

class QHostAddress;

// Who a client is, for the limits that share the simulator among a room. An IPv4-mapped IPv6
// address (what a dual-stack listener reports for an IPv4 client) counts as the IPv4 address.
namespace PeerKey {

// For the shares of connections: an IPv4 address (each of 127/8 on its own, so one machine
// can stand for a room in tests), or an IPv6 /64, the least a site is given.
QString forConnections(const QHostAddress &address);

// For the login throttle: as forConnections(), except that all of 127/8 is one peer, so a
// guesser on the simulator's machine gains nothing by rotating through loopback addresses.
// ::1 is its own /64, as any IPv6 address.
QString forLogins(const QHostAddress &address);

} // namespace PeerKey
