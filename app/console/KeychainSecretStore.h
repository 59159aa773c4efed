#pragma once

#include "SecretStore.h"

// Private API keys in the OS keychain through QtKeychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store). Never falls back to a file: where no keychain service
// runs, it says so, and the console asks for the key each session.
class KeychainSecretStore final : public SecretStore
{
public:
    static QString service() { return QStringLiteral("sync-console"); }

    void read(const QString &key, QObject *context, Done done) override;
    void write(const QString &key, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;
};
