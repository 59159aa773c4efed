#pragma once

#include <QString>
#include <functional>

class QObject;

// Where private API keys are kept: the OS keychain in the product, memory in tests.
// Every operation is asynchronous; `done` runs in `context`'s thread unless it was destroyed.
class SecretStore
{
public:
    struct Result
    {
        bool ok = false;
        QString secret; // read
        QString problem; // why not, in words a user understands
        bool unavailable = false; // no keychain service at all: ask each session instead
    };
    using Done = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString &key, QObject *context, Done done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
};
