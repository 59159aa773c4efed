#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <optional>

class QSettings;

// Connection profiles in QSettings: name, kind, base URL, public key, project and last app.
// Never the private key.
class ProfileStore final
{
public:
    explicit ProfileStore(QSettings *settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    void save(const ConnectionProfile &profile);
    void remove(const QString &name);
    void setLastApp(const QString &profileName, const QString &appId);
    QString lastProfile() const;
    void setLastProfile(const QString &name);

private:
    QSettings *m_settings;
};
