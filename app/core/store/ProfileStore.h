#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <optional>

class QSettings;

// Connection profiles in QSettings, one group per profile id: name, kind, base URL, public
// key, project and last app. Never the private key. Profiles saved before ids existed are
// read with their name as their id, which is what their group was named after.
class ProfileStore final
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    void save(const ConnectionProfile &profile);
    void remove(const QString &id);
    void setLastApp(const QString &profileId, const QString &appId);
    QString lastProfile() const;
    // The id of the profile used last.
    void setLastProfile(const QString &id);

private:
    void syncPrivately();

    QSettings *m_settings;
};
