#pragma once

#include <QString>

class QUrl;

// Which Admin API addresses the console talks to: https anywhere, plain http only to this
// machine (the simulator, a tunnel), since http would send the API keys in clear.
namespace UrlPolicy {

// Whether `url` is a web address at all: valid, http or https, with a host. The command lines
// check this first; `check` says whether the console may use it.
bool isWebAddress(const QUrl &url);

// Empty when `url` may be used; otherwise a sentence that says why not.
QString check(const QUrl &url);

} // namespace UrlPolicy
