#pragma once

#include <QList>
#include <QSslError>
#include <QString>

class QSslCertificate;

// Trust on first use, as ssh does: a connection profile may pin the SHA-256 fingerprint of a
// certificate this computer does not trust (a class's simulator makes its own). Connections
// then accept that certificate, and only it, and only despite the errors a self-signed or
// unknown-issuer certificate raises; an expired one or one for another certificate is
// refused as before.
namespace CertificatePin {

// "AB:CD:...": the certificate's SHA-256 digest, as the simulator, ssh and openssl print it.
QString fingerprint(const QSslCertificate &certificate);
// `text` in that spelling ("SHA256:" before it, spaces, lower case and missing colons
// accepted), or "" when it is not 32 bytes of hex.
QString normalize(const QString &text);
bool matches(const QString &pin, const QSslCertificate &certificate);
// The errors a pinned certificate is accepted despite, each for `certificate`.
QList<QSslError> acceptedErrors(const QSslCertificate &certificate);

} // namespace CertificatePin
