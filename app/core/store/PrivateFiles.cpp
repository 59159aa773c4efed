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

QString shown(const QString &path)
{
    const QString home = QDir::homePath();
    if (home.isEmpty() || home == QDir::rootPath() || !path.startsWith(home + QLatin1Char('/')))
        return QDir::toNativeSeparators(path);
    return QStringLiteral("~") + QDir::toNativeSeparators(path.mid(home.size()));
}

} // namespace PrivateFiles
