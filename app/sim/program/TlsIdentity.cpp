#include "TlsIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QStandardPaths>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

template<typename T, void (*Free)(T *)> struct Freer
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Freer<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;
using Ext = std::unique_ptr<X509_EXTENSION, Freer<X509_EXTENSION, X509_EXTENSION_free>>;
using Big = std::unique_ptr<BIGNUM, Freer<BIGNUM, BN_free>>;

QString certPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("certificate.pem"));
}

QString keyPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("key.pem"));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    const Ext ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// A self-signed certificate for `names` (EC P-256, ten years), and its key, both PEM.
bool make(const QStringList &names, QByteArray *certPem, QByteArray *keyPem)
{
    const Key key(EVP_EC_gen("P-256"));
    const Cert cert(X509_new());
    const Big serial(BN_new());
    if (!key || !cert || !serial || BN_rand(serial.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1)
        return false;
    X509_set_version(cert.get(), 2);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 366 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const QByteArray cn = QStringLiteral("sync-console-sim on %1")
                              .arg(QHostInfo::localHostName())
                              .left(64)
                              .toUtf8();
    X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>("Sync Console training simulator"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), subject);

    QStringList alt;
    for (const QString &n : names) {
        QHostAddress address;
        alt.append(address.setAddress(n) ? QStringLiteral("IP:") + address.toString()
                                         : QStringLiteral("DNS:") + n);
    }
    alt.removeDuplicates();
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), NID_subject_alt_name, alt.join(QLatin1Char(',')).toLatin1()))
        return false;
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return false;

    const Bio certBio(BIO_new(BIO_s_mem()));
    const Bio keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1)
        return false;
    *certPem = bioBytes(certBio.get());
    *keyPem = bioBytes(keyBio.get());
    return true;
}

// Writes `bytes` to `path` through a file created with `permissions` and renamed into place,
// so the key is never readable by others, not even for a moment.
bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions,
    QString *problem)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)
        || file.write(bytes) != bytes.size() || !file.flush()) {
        *problem = QStringLiteral("cannot write %1: %2").arg(temporary, file.errorString());
        file.remove();
        return false;
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        *problem = QStringLiteral("cannot move %1 to %2").arg(temporary, path);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace

QString TlsIdentity::directoryFor(const QString &statePath)
{
    if (!statePath.isEmpty())
        return QFileInfo(statePath).absoluteFilePath() + QStringLiteral(".tls");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/sync-console-sim/tls");
}

QString TlsIdentity::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(
        certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool TlsIdentity::isValidName(const QString &name)
{
    if (QHostAddress(name).isNull() == false)
        return true;
    static const QRegularExpression dns(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*$"));
    return name.size() <= 253 && dns.match(name).hasMatch();
}

QStringList TlsIdentity::hostNames(const QStringList &extra)
{
    QStringList names {QStringLiteral("localhost")};
    const QString host = QHostInfo::localHostName();
    if (isValidName(host))
        names.append(host);
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (!a.isLinkLocal())
            names.append(a.toString());
    names.append(QStringLiteral("127.0.0.1"));
    names += extra;
    names.removeDuplicates();
    return names;
}

TlsIdentity TlsIdentity::load(const QString &certFile, const QString &keyFile, QString *problem)
{
    TlsIdentity id;
    QFile c(certFile);
    QFile k(keyFile);
    if (!c.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read the certificate %1: %2").arg(certFile, c.errorString());
        return id;
    }
    if (!k.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read the key %1: %2").arg(keyFile, k.errorString());
        return id;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(c.readAll(), QSsl::Pem);
    const QByteArray keyBytes = k.readAll();
    QSslKey key(keyBytes, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Rsa);
    if (certs.isEmpty() || certs.first().isNull()) {
        *problem = QStringLiteral("%1 holds no PEM certificate").arg(certFile);
        return id;
    }
    if (key.isNull()) {
        *problem = QStringLiteral("%1 holds no PEM private key (EC or RSA)").arg(keyFile);
        return id;
    }
    id.certificate = certs.first();
    id.key = key;
    return id;
}

TlsIdentity TlsIdentity::loadOrMake(
    const QString &directory, const QStringList &names, QString *problem)
{
    if (QFileInfo::exists(certPath(directory)) || QFileInfo::exists(keyPath(directory))) {
        TlsIdentity id = load(certPath(directory), keyPath(directory), problem);
        id.directory = directory;
        if (!id.certificate.isNull())
            QFile::setPermissions(keyPath(directory), QFile::ReadOwner | QFile::WriteOwner);
        return id;
    }
    TlsIdentity id;
    id.directory = directory;
    if (!QDir().mkpath(directory)) {
        *problem = QStringLiteral("cannot create the directory %1 for the TLS certificate")
                       .arg(directory);
        return id;
    }
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QByteArray certPem;
    QByteArray keyPem;
    if (!make(names, &certPem, &keyPem)) {
        *problem = QStringLiteral("cannot make a TLS certificate (OpenSSL refused)");
        return id;
    }
    // The key first: a certificate without its key would be read as a broken pair next time.
    if (!writeFile(keyPath(directory), keyPem, QFile::ReadOwner | QFile::WriteOwner, problem)
        || !writeFile(certPath(directory), certPem,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther, problem))
        return id;
    id = load(certPath(directory), keyPath(directory), problem);
    id.directory = directory;
    id.created = !id.certificate.isNull();
    return id;
}
