#pragma once

#include <QString>

// A saved way to reach App Services: the built-in simulator, or a real Admin API with a
// project. The private API key is not part of it: it lives in the OS keychain.
struct ConnectionProfile
{
    enum class Kind { Simulator, AppServices };

    QString name;
    Kind kind = Kind::Simulator;
    QString scenario; // Simulator
    QString baseUrl; // AppServices
    QString publicKey; // AppServices
    QString groupId; // AppServices; empty: the first project of the profile
    QString lastAppId; // the app opened last with this profile

    static QString defaultBaseUrl()
    {
        return QStringLiteral("https://services.cloud.mongodb.com/api/admin/v3.0");
    }
};
