#pragma once

#include <QString>

class QUrl;

// Which Admin API addresses the console talks to: https anywhere, plain http only to this
// machine (the simulator, a tunnel), since http would send the API keys in clear.
namespace UrlPolicy {

// Empty when `url` may be used; otherwise a sentence that says why not.
QString check(const QUrl &url);

} // namespace UrlPolicy
