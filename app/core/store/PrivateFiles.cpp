#include "PrivateFiles.h"

#include <QDateTime>
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

QString setAside(const QString &path)
{
    const QString aside = path + QStringLiteral(".damaged-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::remove(aside);
    return QFile::rename(path, aside) ? aside : QString();
}

} // namespace PrivateFiles
