#include "UnifiedDiff.h"

#include <QStringList>
#include <dtl/dtl.hpp>
#include <string>
#include <utility>
#include <vector>

namespace UnifiedDiff {
namespace {

    constexpr long long Context = 3;

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

    // A hunk's start as `diff -u` writes it: 1-based, or the line before when the range is empty.
    long long start(long long firstIndex, long long count)
    {
        return count == 0 ? firstIndex : firstIndex + 1;
    }

    using Sequence = std::vector<std::pair<std::string, dtl::elemInfo>>;

    // The last change of the hunk whose first change is at `i`: a hunk goes on while the next
    // change is within 2 * Context common lines.
    long long lastChange(const Sequence &ses, long long i)
    {
        const long long n = static_cast<long long>(ses.size());
        long long last = i;
        long long j = i;
        while (j < n) {
            if (ses[size_t(j)].second.type != dtl::SES_COMMON) {
                last = j;
                ++j;
                continue;
            }
            long long k = j;
            while (k < n && ses[size_t(k)].second.type == dtl::SES_COMMON)
                ++k;
            if (k < n && k - j <= 2 * Context) {
                j = k;
                continue;
            }
            break;
        }
        return last;
    }

    // The hunk of the elements from `first` to `end` (exclusive), with its @@ header.
    QString hunk(const Sequence &ses, long long first, long long end)
    {
        long long oldCount = 0;
        long long newCount = 0;
        long long oldFirst = -1;
        long long newFirst = -1;
        QString body;
        QString removed; // a changed run is written removals first, as `diff -u` does
        QString added;
        const auto flush = [&] {
            body += removed + added;
            removed.clear();
            added.clear();
        };
        for (long long k = first; k < end; ++k) {
            const auto &element = ses[size_t(k)];
            const long long beforeIdx = element.second.beforeIdx - 1; // dtl counts from 1
            const long long afterIdx = element.second.afterIdx - 1;
            const QString text = QString::fromStdString(element.first) + QLatin1Char('\n');
            if (element.second.type != dtl::SES_ADD)
                oldFirst = oldFirst < 0 ? beforeIdx : oldFirst;
            if (element.second.type != dtl::SES_DELETE)
                newFirst = newFirst < 0 ? afterIdx : newFirst;
            switch (element.second.type) {
            case dtl::SES_ADD:
                added += QLatin1Char('+') + text;
                ++newCount;
                break;
            case dtl::SES_DELETE:
                removed += QLatin1Char('-') + text;
                ++oldCount;
                break;
            default:
                flush();
                body += QLatin1Char(' ') + text;
                ++oldCount;
                ++newCount;
                break;
            }
        }
        flush();
        // An empty side starts where the other side's lines sit in its file.
        if (oldFirst < 0)
            oldFirst = first == 0 ? 0 : ses[size_t(first - 1)].second.beforeIdx;
        if (newFirst < 0)
            newFirst = first == 0 ? 0 : ses[size_t(first - 1)].second.afterIdx;
        return QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(start(oldFirst, oldCount))
                   .arg(oldCount)
                   .arg(start(newFirst, newCount))
                   .arg(newCount)
            + body;
    }

} // namespace

QString compute(const QString &path, const QString &before, const QString &after)
{
    if (before == after)
        return {};
    using Lines = std::vector<std::string>;
    const Lines a = lines(before);
    const Lines b = lines(after);
    // dtl finds the shortest edit script; the hunks are grouped here, because dtl's own
    // unified hunks carry one line of trailing context too many at the end of a file.
    dtl::Diff<std::string, Lines> diff(a, b);
    diff.compose();
    const Sequence ses = diff.getSes().getSequence();
    const long long n = static_cast<long long>(ses.size());

    QString out = QStringLiteral("--- %1\n+++ %1\n").arg(path);
    long long i = 0;
    while (i < n) {
        while (i < n && ses[size_t(i)].second.type == dtl::SES_COMMON)
            ++i;
        if (i == n)
            break;
        const long long first = qMax(0LL, i - Context);
        const long long end = qMin(n, lastChange(ses, i) + 1 + Context);
        out += hunk(ses, first, end);
        i = end;
    }
    return out;
}

} // namespace UnifiedDiff
