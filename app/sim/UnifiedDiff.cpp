#include "UnifiedDiff.h"

#include <QStringList>

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

namespace UnifiedDiff {
namespace {

std::vector<std::string> lines(const QString &text)
{
    std::vector<std::string> out;
    if (text.isEmpty())
        return out;
    const QStringList split = text.split(QLatin1Char('\n'));
    out.reserve(static_cast<size_t>(split.size()));
    for (const QString &line : split)
        out.push_back(line.toStdString());
    if (!out.empty() && out.back().empty())
        out.pop_back(); // the text's final newline ends a line; it does not start one
    return out;
}

} // namespace

QString compute(const QString &path, const QString &before, const QString &after)
{
    if (before == after)
        return {};
    using Lines = std::vector<std::string>;
    const Lines a = lines(before);
    const Lines b = lines(after);
    dtl::Diff<std::string, Lines> diff(a, b);
    diff.compose();
    diff.composeUnifiedHunks();

    QString out = QStringLiteral("--- %1\n+++ %1\n").arg(path);
    for (const auto &hunk : diff.getUniHunks()) {
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(hunk.a).arg(hunk.b).arg(hunk.c).arg(hunk.d);
        auto print = [&out](const auto &elements) {
            for (const auto &element : elements) {
                switch (element.second.type) {
                case dtl::SES_ADD:
                    out += QLatin1Char('+');
                    break;
                case dtl::SES_DELETE:
                    out += QLatin1Char('-');
                    break;
                default:
                    out += QLatin1Char(' ');
                    break;
                }
                out += QString::fromStdString(element.first);
                out += QLatin1Char('\n');
            }
        };
        print(hunk.common[0]);
        print(hunk.change);
        print(hunk.common[1]);
    }
    return out;
}

} // namespace UnifiedDiff
