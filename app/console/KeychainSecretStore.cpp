#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace {

SecretStore::Result resultOf(const QKeychain::Job *job)
{
    SecretStore::Result r;
    r.ok = job->error() == QKeychain::NoError;
    if (r.ok)
        return r;
    r.unavailable = job->error() == QKeychain::NoBackendAvailable
        || job->error() == QKeychain::NotImplemented || job->error() == QKeychain::OtherError;
    r.problem = r.unavailable
        ? QCoreApplication::translate("KeychainSecretStore",
            "No keychain service is running (%1). The private key is not saved; "
            "Sync Console asks for it each session and never writes it to disk.")
              .arg(job->errorString())
        : QCoreApplication::translate("KeychainSecretStore", "The keychain refused: %1")
              .arg(job->errorString());
    return r;
}

template<typename JobType>
void run(JobType *job, QObject *context, SecretStore::Done done,
    std::function<void(JobType *, SecretStore::Result &)> extra = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a secret in clear on disk
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [guard, done, extra](QKeychain::Job *finished) {
            if (!guard)
                return;
            SecretStore::Result r = resultOf(finished);
            if (extra)
                extra(static_cast<JobType *>(finished), r);
            done(r);
        });
    job->start();
}

} // namespace

void KeychainSecretStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(key);
    run<QKeychain::ReadPasswordJob>(
        job, context, std::move(done), [](QKeychain::ReadPasswordJob *j, Result &r) {
            if (r.ok)
                r.secret = j->textData();
        });
}

void KeychainSecretStore::write(
    const QString &key, const QString &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(key);
    job->setTextData(secret);
    run<QKeychain::WritePasswordJob>(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(key);
    run<QKeychain::DeletePasswordJob>(job, context, std::move(done));
}
