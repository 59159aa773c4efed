#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The connection dialog's word on the server's certificate, trust on first use as ssh does:
// a certificate this computer does not trust, with its SHA-256 fingerprint to compare with
// the one the trainer printed and a button to trust it; a certificate that is not the one
// trusted before, refused, with a deliberate way to forget the old one; or the one trusted
// for the profile, which can be forgotten too.
class CertificateTrustPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateTrustPanel)

public:
    enum class Mode { Hidden, Untrusted, Changed, Pinned };

    explicit CertificateTrustPanel(QWidget *parent = nullptr);

    // `fingerprint`: the certificate presented (Untrusted, Changed) or pinned (Pinned).
    void display(Mode mode, const QString &fingerprint);
    Mode mode() const { return m_mode; }
    QString fingerprint() const { return m_fingerprintText; }

signals:
    void trustRequested(const QString &fingerprint);
    void forgetRequested();

private:
    Mode m_mode = Mode::Hidden;
    QString m_fingerprintText;
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_fingerprint;
    QPushButton *m_trust;
    QPushButton *m_forget;
};
