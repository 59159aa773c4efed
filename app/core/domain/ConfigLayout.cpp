#include "ConfigLayout.h"

namespace ConfigLayouts {

std::optional<ConfigLayout> fromDiffs(const QStringList &diffs)
{
    std::optional<ConfigLayout> layout;
    for (const QString &diff : diffs) {
        // A unified diff names its file on its first line: "--- sync/config.json".
        const QString path = diff.section(QLatin1Char('\n'), 0, 0).mid(4).trimmed();
        if (path == QLatin1String("sync/config.json"))
            return ConfigLayout::SyncDirectory;
        if (path.startsWith(QLatin1String("services/"))
            && path.endsWith(QLatin1String("/config.json")))
            layout = ConfigLayout::Services;
    }
    return layout;
}

} // namespace ConfigLayouts
