#include "CertificatePin.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSslCertificate>

namespace CertificatePin {

QString fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(
        certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString normalize(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive)
        || hex.startsWith(QLatin1String("SHA-256:"), Qt::CaseInsensitive))
        hex = hex.mid(hex.indexOf(QLatin1Char(':')) + 1);
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!sha256.match(hex).hasMatch())
        return {};
    return QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':').toUpper());
}

bool matches(const QString &pin, const QSslCertificate &certificate)
{
    const QString wanted = normalize(pin);
    return !wanted.isEmpty() && wanted == fingerprint(certificate);
}

QList<QSslError> acceptedErrors(const QSslCertificate &certificate)
{
    // What a self-signed certificate, or one from an issuer this computer does not know, is
    // refused for; and a host name it was not made for (the trainer's machine got another
    // address): the pin names the certificate itself, whose key only the trainer holds.
    const QSslError::SslError kinds[] = {QSslError::SelfSignedCertificate,
        QSslError::SelfSignedCertificateInChain, QSslError::UnableToGetLocalIssuerCertificate,
        QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted,
        QSslError::HostNameMismatch};
    QList<QSslError> out;
    for (const QSslError::SslError kind : kinds)
        out.append(QSslError(kind, certificate));
    return out;
}

} // namespace CertificatePin
