#pragma once

// Which generation of the Atlas admin UI the console mirrors: the classic 2021 Sync page (Review &
// Deploy Changes over the draft), or the 2023 "Device Sync" page with its Dashboard and
// Configuration tabs (and the Deployment Draft dialog: a deployment name, Export State, Discard
// Draft).
enum class UiGeneration { Classic2021, DeviceSync2023 };
