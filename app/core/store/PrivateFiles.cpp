#include "PrivateFiles.h"

#include <QDir>
#include <QFile>

namespace PrivateFiles {

bool makeDirectory(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return false;
    return QFile::setPermissions(
        directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

bool restrict(const QString &path)
{
    return QFile::exists(path) && QFile::setPermissions(path, ownerOnly);
}

} // namespace PrivateFiles
