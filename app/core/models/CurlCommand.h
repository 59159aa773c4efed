#pragma once

#include <QString>

struct ApiCallRecord;

// A curl command a person can paste into a terminal or a support ticket: the call as it was
// made, with the bearer token and the API keys left as placeholders.
namespace CurlCommand {

QString build(const ApiCallRecord &record);
// Quotes a word for a POSIX shell.
QString shellQuote(const QString &word);

} // namespace CurlCommand
