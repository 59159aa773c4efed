#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

// The simulator's own TLS certificate, for sync-console-sim --tls without --tls-cert: made on
// the first start, self-signed, for this host's names and addresses and the ones given with
// --tls-name; kept in a directory beside the state (certificate.pem, and key.pem readable by
// the owner only) and reused on every later start, so the fingerprint the trainer hands out
// stays the same. The consoles trust it on first use (they pin its SHA-256 fingerprint).
struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    bool created = false; // made on this start
    QString directory;

    // The directory the certificate is kept in: STATE.tls beside --state STATE, else the
    // simulator's data directory.
    static QString directoryFor(const QString &statePath);
    // Reads the certificate kept in `directory`, or makes one for `names` (host names and IP
    // addresses) and keeps it there. Null certificate, with `problem` set, when either fails.
    static TlsIdentity loadOrMake(
        const QString &directory, const QStringList &names, QString *problem);
    // Reads a certificate and key given with --tls-cert and --tls-key.
    static TlsIdentity load(const QString &certPath, const QString &keyPath, QString *problem);
    // The names a certificate made now would hold: localhost, this host's name, its addresses,
    // and `extra`.
    static QStringList hostNames(const QStringList &extra);
    // "AB:CD:...": the SHA-256 digest of the certificate, as ssh and openssl print it.
    static QString fingerprint(const QSslCertificate &certificate);
    // A name --tls-name accepts: an IP address or a DNS name (letters, digits, '-', '.').
    static bool isValidName(const QString &name);
};
