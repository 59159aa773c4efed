#pragma once

#include "ScenarioCatalog.h"

#include <QString>

class SimBackend;

namespace Scenarios {

// Replaces the backend's apps (and faults) with the scenario's and marks its start, to which
// SimBackend::resetScenario() returns; false for an unknown name. The scenario's texts and
// reason are in the catalogue (ScenarioCatalog.h).
bool load(const QString &name, SimBackend &backend);

} // namespace Scenarios
