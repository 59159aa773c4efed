#pragma once

#include <QStringList>
#include <optional>

// How an app's configuration files are laid out, as an export or `realm-cli pull` writes them
// and as the draft diff names them. Apps made before 2021 kept the sync block inside the linked
// cluster's services/<service>/config.json beside a root config.json (config_version
// 20180301); the newer layout (20210101, what the service moved every app to and what its
// export writes today) has root_config.json, data_sources/<service>/config.json and the sync
// block in sync/config.json.
enum class ConfigLayout { Services, SyncDirectory };

namespace ConfigLayouts {

// The layout the draft's diffs show: sync/config.json means the newer layout, the sync block
// in services/<service>/config.json the older one. Nothing when no diff names either file
// (an empty draft).
std::optional<ConfigLayout> fromDiffs(const QStringList &diffs);

} // namespace ConfigLayouts
