#include "CertificateTrustPanel.h"

#include "ObjectNames.h"
#include "WrappedLabel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CertificateTrustPanel::CertificateTrustPanel(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_trust(new QPushButton(tr("T&rust This Certificate"), this))
    , m_forget(new QPushButton(tr("&Forget the Trusted Certificate"), this))
{
    setObjectName(ObjectName::certificateTrustPanel);
    setFrameShape(QFrame::StyledPanel);
    m_heading->setObjectName(ObjectName::certificateHeading);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_explanation->setObjectName(ObjectName::certificateExplanation);
    m_explanation->setWordWrap(true);
    m_fingerprint->setObjectName(ObjectName::certificateFingerprint);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    m_trust->setObjectName(ObjectName::trustCertificateButton);
    m_forget->setObjectName(ObjectName::forgetCertificateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_fingerprint);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_forget);
    buttons->addWidget(m_trust);
    layout->addLayout(buttons);

    connect(m_trust, &QPushButton::clicked, this,
        [this] { emit trustRequested(m_fingerprintText); });
    connect(m_forget, &QPushButton::clicked, this, &CertificateTrustPanel::forgetRequested);
    setVisible(false);
}

// The fingerprint in two lines of 16 bytes, as a person compares it.
static QString twoLines(const QString &fingerprint)
{
    return fingerprint.size() == 95 ? fingerprint.left(47) + QLatin1Char('\n') + fingerprint.mid(48)
                                    : fingerprint;
}

void CertificateTrustPanel::display(Mode mode, const QString &fingerprint)
{
    m_mode = mode;
    m_fingerprintText = fingerprint;
    m_fingerprint->setText(twoLines(fingerprint));
    switch (mode) {
    case Mode::Hidden:
        setVisible(false);
        return;
    case Mode::Untrusted:
        m_heading->setText(tr("Is this your class's server?"));
        m_explanation->setText(
            tr("This computer does not know the server's certificate, so it cannot tell "
               "whether the server is who it claims to be. Compare this fingerprint with the one "
               "your trainer shows, character by character. Trust the certificate only if they "
               "are the same; Sync Console then accepts this certificate, and only this one, "
               "for this connection."));
        break;
    case Mode::Changed:
        m_heading->setText(tr("The server's certificate has changed"));
        m_explanation->setText(
            tr("The server presented another certificate than the one you trusted for this "
               "connection, so Sync Console did not connect: someone may be pretending to be "
               "the server. If your trainer made a new certificate, forget the old one, then "
               "compare the new fingerprint with theirs. Presented now:"));
        break;
    case Mode::Pinned:
        m_heading->setText(tr("Trusted certificate"));
        m_explanation->setText(
            tr("You trusted the server's certificate with this fingerprint for this "
               "connection; no other is accepted."));
        break;
    }
    m_trust->setVisible(mode == Mode::Untrusted);
    m_forget->setVisible(mode != Mode::Untrusted);
    m_trust->setDefault(mode == Mode::Untrusted);
    setVisible(true);
}
