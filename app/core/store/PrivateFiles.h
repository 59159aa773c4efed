#pragma once

#include <QFileDevice>
#include <QString>

// What the console writes about an admin's work (settings, snapshots, the activity log) is
// the owner's alone: folders 0700, files 0600, whatever the umask says.
namespace PrivateFiles {

inline constexpr QFileDevice::Permissions ownerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Creates `directory` and its missing parents; makes `directory` itself 0700.
bool makeDirectory(const QString &directory);
// Makes an existing file 0600; false when it does not exist or cannot be changed.
bool restrict(const QString &path);
// Moves a file that cannot be read out of the way, keeping it for whoever wants to look:
// PATH.damaged-YYYYMMDD-HHMMSS. The new name, or empty when it could not be moved.
QString setAside(const QString &path);
// `path` as a message shows it: under the home folder as ~/..., shorter and without the
// user's name (a screenshot or a pasted message then says no more than it must).
QString shown(const QString &path);

} // namespace PrivateFiles
