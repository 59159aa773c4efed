#pragma once

struct ApiError;

// The exit status of sync-consolectl: stable, for scripts.
namespace CtlExit {

enum Code {
    Done = 0,
    Refused = 1, // the server refused the change or the read
    Usage = 2, // the command line is wrong, or a confirmation is missing
    Unreachable = 3, // the network, the sign-in or the keys
    TimedOut = 4,
    Conflict = 5, // a draft exists, or it changed or went since it was reviewed
};

// The status for a failed Admin API call.
Code of(const ApiError &error);

} // namespace CtlExit
