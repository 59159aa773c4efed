#include "ProfileStore.h"

#include "PrivateFiles.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace {
// A profile without an id goes by its name, the user's words: keep them out of the settings'
// key syntax.
QString groupFor(const QString &id)
{
    return QStringLiteral("profiles/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{ }

void ProfileStore::syncPrivately()
{
    m_settings->sync();
    // Profiles name servers, projects and public keys: the settings are the owner's alone.
    const QString path = m_settings->fileName();
    if (QFileInfo(path).isFile()) {
        PrivateFiles::makeDirectory(QFileInfo(path).absolutePath());
        PrivateFiles::restrict(path);
    }
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> out;
    m_settings->beginGroup(QStringLiteral("profiles"));
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &group : groups)
        if (const auto p = profile(QUrl::fromPercentEncoding(group.toLatin1())))
            out.append(*p);
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(groupFor(id));
    std::optional<ConnectionProfile> out;
    if (m_settings->contains(QStringLiteral("kind"))) {
        ConnectionProfile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name"), id).toString();
        p.kind
            = m_settings->value(QStringLiteral("kind")).toString() == QLatin1String("app-services")
            ? ConnectionProfile::Kind::AppServices
            : ConnectionProfile::Kind::Simulator;
        p.scenario = m_settings->value(QStringLiteral("scenario")).toString();
        p.baseUrl = m_settings->value(QStringLiteral("base_url")).toString();
        p.publicKey = m_settings->value(QStringLiteral("public_key")).toString();
        p.groupId = m_settings->value(QStringLiteral("group_id")).toString();
        p.lastAppId = m_settings->value(QStringLiteral("last_app")).toString();
        p.pinnedCertificate = m_settings->value(QStringLiteral("certificate_sha256")).toString();
        out = p;
    }
    m_settings->endGroup();
    return out;
}

void ProfileStore::save(const ConnectionProfile &p)
{
    // A profile without an id is kept under its name, where consoles without ids kept theirs:
    // their settings still read.
    m_settings->beginGroup(groupFor(p.id.isEmpty() ? p.name : p.id));
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("kind"),
        p.kind == ConnectionProfile::Kind::AppServices ? QStringLiteral("app-services")
                                                       : QStringLiteral("simulator"));
    m_settings->setValue(QStringLiteral("scenario"), p.scenario);
    m_settings->setValue(QStringLiteral("base_url"), p.baseUrl);
    m_settings->setValue(QStringLiteral("public_key"), p.publicKey);
    m_settings->setValue(QStringLiteral("group_id"), p.groupId);
    m_settings->setValue(QStringLiteral("last_app"), p.lastAppId);
    if (p.pinnedCertificate.isEmpty())
        m_settings->remove(QStringLiteral("certificate_sha256"));
    else
        m_settings->setValue(QStringLiteral("certificate_sha256"), p.pinnedCertificate);
    m_settings->endGroup();
    syncPrivately();
}

void ProfileStore::remove(const QString &id)
{
    m_settings->remove(groupFor(id));
    syncPrivately();
}

void ProfileStore::setLastApp(const QString &profileId, const QString &appId)
{
    m_settings->setValue(groupFor(profileId) + QStringLiteral("/last_app"), appId);
    syncPrivately();
}

QString ProfileStore::lastProfile() const
{
    return m_settings->value(QStringLiteral("last_profile")).toString();
}

void ProfileStore::setLastProfile(const QString &id)
{
    m_settings->setValue(QStringLiteral("last_profile"), id);
    syncPrivately();
}
