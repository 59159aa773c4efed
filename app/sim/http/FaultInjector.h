#pragma once

#include "FaultRule.h"

#include <QList>

// The fault rules in force; the first rule that matches a request applies to it.
class FaultInjector final
{
public:
    void add(const FaultRule &rule) { m_rules.append(rule); }
    void clear() { m_rules.clear(); }
    const QList<FaultRule> &rules() const { return m_rules; }

    // The rule for this request, if any, using up one of its counted requests.
    std::optional<FaultRule> take(const QByteArray &method, const QString &path);

private:
    QList<FaultRule> m_rules;
};
