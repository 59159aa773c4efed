#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QTimer>

// A keychain for tests: answers asynchronously, like the real one, from memory.
class MemorySecretStore final : public SecretStore
{
public:
    QHash<QString, QString> secrets;
    bool available = true;

    void read(const QString &key, QObject *context, Done done) override
    {
        Result r;
        r.ok = available && secrets.contains(key);
        r.secret = r.ok ? secrets.value(key) : QString();
        r.unavailable = !available;
        r.problem = available ? QString() : QStringLiteral("No keychain service is running (test)");
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }
    void write(const QString &key, const QString &secret, QObject *context, Done done) override
    {
        Result r;
        r.ok = available;
        r.unavailable = !available;
        if (available)
            secrets.insert(key, secret);
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        secrets.remove(key);
        Result r;
        r.ok = true;
        QTimer::singleShot(0, context, [done, r] { done(r); });
    }
};
