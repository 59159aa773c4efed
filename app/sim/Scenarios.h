#pragma once

#include <QString>
#include <QStringList>

class SimBackend;

// Preloaded states of the simulator, one per situation a trainer wants to show.
namespace Scenarios {

QString defaultName();
QStringList names();
QString description(const QString &name);
// Replaces the backend's apps with the scenario's; false for an unknown name.
bool load(const QString &name, SimBackend &backend);

} // namespace Scenarios
