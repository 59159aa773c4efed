#pragma once

#include <QString>
#include <tuple>

// A saved way to reach App Services: the built-in simulator, or a real Admin API with a
// project. The private API key is not part of it: it lives in the OS keychain.
struct ConnectionProfile
{
    enum class Kind { Simulator, AppServices };

    // Identifies the profile in the settings, the keychain and the activity log's file name. It
    // never changes, whatever the language: the built-in profiles have fixed ids, and a saved
    // profile keeps the one it was first saved with, even when it is renamed.
    QString id;
    QString name; // as shown; for the built-in profiles, translated
    Kind kind = Kind::Simulator;
    QString scenario; // Simulator
    QString baseUrl; // AppServices
    QString publicKey; // AppServices
    QString groupId; // AppServices; empty: the first project of the profile
    QString lastAppId; // the app opened last with this profile
    // AppServices: the SHA-256 fingerprint of the certificate the user trusted on first use
    // (a class's simulator makes its own); not a secret. "": only certificates this computer
    // trusts.
    QString pinnedCertificate;

    bool operator==(const ConnectionProfile &o) const
    {
        return std::tie(id, name, kind, scenario, baseUrl, publicKey, groupId, lastAppId,
                   pinnedCertificate)
            == std::tie(o.id, o.name, o.kind, o.scenario, o.baseUrl, o.publicKey, o.groupId,
                o.lastAppId, o.pinnedCertificate);
    }
    bool operator!=(const ConnectionProfile &o) const { return !(*this == o); }

    static QString builtinSimulatorId() { return QStringLiteral("builtin-simulator"); }
    static QString commandLineId() { return QStringLiteral("command-line"); }

    static QString defaultBaseUrl()
    {
        return QStringLiteral("https://services.cloud.mongodb.com/api/admin/v3.0");
    }
};
