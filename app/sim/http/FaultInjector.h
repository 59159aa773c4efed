#pragma once

#include "FaultRule.h"
#include "PathGlob.h"

#include <QList>

// The fault rules in force; the first rule that matches a request applies to it. Each rule's
// path is compiled to its PathGlob once, when it is added.
class FaultInjector final
{
public:
    void add(const FaultRule &rule);
    void clear();
    const QList<FaultRule> &rules() const { return m_rules; }

    // The rule for this request, if any, using up one of its counted requests.
    std::optional<FaultRule> take(const QByteArray &method, const QString &path);

private:
    QList<FaultRule> m_rules;
    QList<PathGlob> m_globs; // m_globs[i] is m_rules[i].path
};
