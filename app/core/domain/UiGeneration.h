#pragma once

// Which generation of the Atlas Sync page the console shows: the classic page of 2021, or the
// "Device Sync" page of 2023 with its Dashboard and Configuration tabs.
enum class UiGeneration { Classic2021, DeviceSync2023 };
