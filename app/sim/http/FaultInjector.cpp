#include "FaultInjector.h"

std::optional<FaultRule> FaultInjector::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (!m_rules[i].matches(method, path))
            continue;
        const FaultRule rule = m_rules[i];
        if (rule.count > 0 && --m_rules[i].count == 0)
            m_rules.removeAt(i);
        return rule;
    }
    return std::nullopt;
}
