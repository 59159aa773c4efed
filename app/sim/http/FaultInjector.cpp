#include "FaultInjector.h"

void FaultInjector::add(const FaultRule &rule)
{
    m_rules.append(rule);
    m_globs.append(PathGlob(rule.path));
}

void FaultInjector::clear()
{
    m_rules.clear();
    m_globs.clear();
}

std::optional<FaultRule> FaultInjector::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (!m_rules[i].matchesMethod(method) || !m_globs[i].matches(path))
            continue;
        const FaultRule rule = m_rules[i];
        if (rule.count > 0 && --m_rules[i].count == 0) {
            m_rules.removeAt(i);
            m_globs.removeAt(i);
        }
        return rule;
    }
    return std::nullopt;
}
