#include "ConnectionDialog.h"

#include "CertificateTrustPanel.h"
#include "ObjectNames.h"
#include "StyleRole.h"
#include "Theme.h"
#include "UrlPolicy.h"
#include "WheelGuard.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(const QList<ConnectionProfile> &profiles,
    const QStringList &scenarios, const QString &currentProfileId, QWidget *parent)
    : ConsoleDialog(parent)
    , m_profiles(profiles)
    , m_saved(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_simulator(new QRadioButton(tr("&Built-in simulator"), this))
    , m_service(new QRadioButton(tr("&App Services"), this))
    , m_scenario(new QComboBox(this))
    , m_scenarioAbout(new WrappedLabel(this))
    , m_serviceFields(new QWidget(this))
    , m_baseUrl(new QLineEdit(this))
    , m_publicKey(new QLineEdit(this))
    , m_privateKey(new QLineEdit(this))
    , m_group(new QLineEdit(this))
    , m_saveKey(new QCheckBox(tr("&Keep the private key in the system keychain"), this))
    , m_problem(new WrappedLabel(this))
    , m_result(new WrappedLabel(this))
    , m_certificate(new CertificateTrustPanel(this))
{
    setObjectName(ObjectName::connectionDialog);
    setWindowTitle(tr("Connect", "button: connect to the server"));
    titleLabel()->setText(tr("Connect to App Services"));
    StyleRole::apply(titleLabel(), StyleRole::dialogHeading);
    Theme::setFixedWidth(this, 640);

    auto *form = new QFormLayout;
    m_saved->setObjectName(ObjectName::savedProfiles);
    m_saved->addItem(tr("New connection"));
    for (const ConnectionProfile &p : profiles)
        m_saved->addItem(p.name);
    m_name->setObjectName(ObjectName::profileName);
    m_name->setPlaceholderText(tr("e.g. Production EU"));
    form->addRow(tr("Saved connections"), m_saved);
    form->addRow(tr("Name", "connection profile name"), m_name);
    m_simulator->setObjectName(ObjectName::simulatorChoice);
    m_service->setObjectName(ObjectName::appServicesChoice);
    form->addRow(QString(), m_simulator);
    m_scenario->setObjectName(ObjectName::scenarioPicker);
    for (const QString &name : scenarios)
        m_scenario->addItem(name, name); // the name until describeScenarios() gives titles
    form->addRow(tr("Scenario", "simulator scenario"), m_scenario);
    m_scenarioAbout->setObjectName(ObjectName::scenarioDescription);
    m_scenarioAbout->setWordWrap(true);
    form->addRow(QString(), m_scenarioAbout);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_scenarioAbout->setText(m_scenario->itemData(index, Qt::ToolTipRole).toString());
        m_scenarioAbout->setVisible(!m_scenarioAbout->text().isEmpty());
    });
    m_scenarioAbout->hide();
    form->addRow(QString(), m_service);
    body()->addLayout(form);

    auto *serviceForm = new QFormLayout(m_serviceFields);
    serviceForm->setContentsMargins(0, 0, 0, 0);
    m_baseUrl->setObjectName(ObjectName::baseUrl);
    m_baseUrl->setText(ConnectionProfile::defaultBaseUrl());
    m_publicKey->setObjectName(ObjectName::publicKey);
    m_privateKey->setObjectName(ObjectName::privateKey);
    m_privateKey->setEchoMode(QLineEdit::Password);
    m_privateKey->setPlaceholderText(tr("kept in the system keychain, never in a file"));
    m_group->setObjectName(ObjectName::projectId);
    m_group->setPlaceholderText(tr("optional: the first project of your key"));
    m_saveKey->setObjectName(ObjectName::saveKeyCheck);
    m_saveKey->setChecked(true);
    serviceForm->addRow(tr("Base URL"), m_baseUrl);
    serviceForm->addRow(tr("Public API key"), m_publicKey);
    serviceForm->addRow(tr("Private API key"), m_privateKey);
    serviceForm->addRow(tr("Project (group) ID"), m_group);
    serviceForm->addRow(QString(), m_saveKey);
    body()->addWidget(m_serviceFields);

    m_problem->setObjectName(ObjectName::connectionProblem);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #CF4A22;"));
    m_result->setObjectName(ObjectName::connectionResult);
    m_result->setWordWrap(true);
    body()->addWidget(m_problem);
    body()->addWidget(m_result);
    body()->addWidget(m_certificate);
    connect(m_certificate, &CertificateTrustPanel::trustRequested, this,
        [this](const QString &fingerprint) {
            m_pin = fingerprint;
            showPin();
            m_result->setText(tr("Connecting\u2026"));
            emit connectRequested(profile(), privateKey(), saveKey());
        });
    connect(m_certificate, &CertificateTrustPanel::forgetRequested, this, [this] {
        const bool refused = m_certificate->mode() == CertificateTrustPanel::Mode::Changed;
        m_pin.clear();
        showPin();
        if (refused) { // connect again: the new certificate's fingerprint is asked about
            m_result->setText(tr("Connecting\u2026"));
            emit connectRequested(profile(), privateKey(), saveKey());
        } else {
            showResult(tr("Forgotten. The next connection asks about the server's certificate "
                          "again."),
                true);
        }
    });

    m_test = addButton(tr("&Test Connection"), ObjectName::testConnectionButton);
    auto *cancel = addButton(tr("Cancel"), ObjectName::cancelButton);
    m_connect = addButton(
        tr("C&onnect", "button: connect to the server"), ObjectName::connectButton, "primary");
    m_connect->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_result->setText(tr("Testing\u2026"));
        emit testRequested(profile(), privateKey());
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        m_result->setText(tr("Connecting\u2026"));
        emit connectRequested(profile(), privateKey(), saveKey());
    });
    connect(m_saved, &QComboBox::currentIndexChanged, this, &ConnectionDialog::pick);
    for (QRadioButton *r : {m_simulator, m_service})
        connect(r, &QRadioButton::toggled, this, &ConnectionDialog::refreshState);
    for (QLineEdit *e : {m_name, m_baseUrl, m_publicKey, m_privateKey})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::refreshState);

    m_simulator->setChecked(true);
    const int index = [&] {
        for (int i = 0; i < profiles.size(); ++i)
            if (profiles[i].id == currentProfileId)
                return i + 1;
        return -1;
    }();
    m_saved->setCurrentIndex(index > 0 ? index : 0);
    pick(m_saved->currentIndex());
    WheelGuard::guardChildren(this); // the wheel scrolls the page, not the values
}

void ConnectionDialog::pick(int index)
{
    if (index <= 0) {
        m_name->clear();
        m_pin.clear();
        showPin();
        refreshState();
        return;
    }
    const ConnectionProfile &p = m_profiles.at(index - 1);
    m_name->setText(p.name);
    (p.kind == ConnectionProfile::Kind::Simulator ? m_simulator : m_service)->setChecked(true);
    if (const int at = m_scenario->findData(p.scenario); at >= 0)
        m_scenario->setCurrentIndex(at);
    m_baseUrl->setText(p.baseUrl.isEmpty() ? ConnectionProfile::defaultBaseUrl() : p.baseUrl);
    m_publicKey->setText(p.publicKey);
    m_group->setText(p.groupId);
    m_privateKey->clear();
    m_pin = p.pinnedCertificate;
    showPin();
    refreshState();
}

void ConnectionDialog::fillIn(const ConnectionProfile &p, const QString &privateKey)
{
    m_saved->setCurrentIndex(0);
    m_service->setChecked(true);
    m_baseUrl->setText(p.baseUrl);
    m_publicKey->setText(p.publicKey);
    m_group->setText(p.groupId);
    m_privateKey->setText(privateKey);
    m_pin = p.pinnedCertificate;
    showPin();
    refreshState();
}

void ConnectionDialog::showPin()
{
    m_certificate->display(m_pin.isEmpty() || !m_service->isChecked()
            ? CertificateTrustPanel::Mode::Hidden
            : CertificateTrustPanel::Mode::Pinned,
        m_pin);
}

void ConnectionDialog::askToTrust(const QString &fingerprint, bool changed)
{
    m_certificate->display(
        changed ? CertificateTrustPanel::Mode::Changed : CertificateTrustPanel::Mode::Untrusted,
        fingerprint);
    // The dialog grows to show the whole explanation: its width is fixed, its text wraps.
    // Once now and once more when the panel's new texts have been laid out.
    fitHeight();
    QTimer::singleShot(0, this, &ConnectionDialog::fitHeight);
}

void ConnectionDialog::fitHeight()
{
    if (QLayout *box = layout()) {
        box->activate();
        const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width())
                                                    : sizeHint().height();
        if (height() < needed)
            resize(width(), needed);
    }
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.kind = m_service->isChecked() ? ConnectionProfile::Kind::AppServices
                                    : ConnectionProfile::Kind::Simulator;
    p.name = m_name->text().trimmed();
    const bool builtin = p.name.isEmpty() && p.kind == ConnectionProfile::Kind::Simulator;
    if (p.name.isEmpty())
        p.name = builtin ? tr("Built-in simulator") : QUrl(m_baseUrl->text()).host();
    // A saved profile keeps its id, renamed or not; a new one is known by the name it was
    // given, never by a translated default.
    const int chosen = m_saved->currentIndex();
    p.id = chosen > 0 ? m_profiles.at(chosen - 1).id
        : builtin     ? ConnectionProfile::builtinSimulatorId()
                      : p.name;
    p.scenario = m_scenario->currentData().toString();
    if (p.kind == ConnectionProfile::Kind::AppServices) {
        p.baseUrl = m_baseUrl->text().trimmed();
        p.publicKey = m_publicKey->text().trimmed();
        p.groupId = m_group->text().trimmed();
        p.pinnedCertificate = m_pin;
    }
    const int saved = m_saved->currentIndex();
    if (saved > 0 && m_profiles.at(saved - 1).id == p.id)
        p.lastAppId = m_profiles.at(saved - 1).lastAppId;
    return p;
}

QString ConnectionDialog::privateKey() const
{
    return m_service->isChecked() ? m_privateKey->text() : QString();
}

bool ConnectionDialog::saveKey() const
{
    return m_service->isChecked() && m_saveKey->isChecked() && m_saveKey->isEnabled();
}

void ConnectionDialog::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(
        ok ? QStringLiteral("color: #2F8A3F;") : QStringLiteral("color: #CF4A22;"));
}

void ConnectionDialog::setKeychainNote(const QString &note)
{
    m_saveKey->setEnabled(note.isEmpty());
    m_saveKey->setToolTip(note);
    if (!note.isEmpty())
        m_saveKey->setText(tr("No keychain here: the key is asked for each session"));
}

void ConnectionDialog::setScenario(const QString &scenario)
{
    if (const int at = m_scenario->findData(scenario); at >= 0)
        m_scenario->setCurrentIndex(at);
}

void ConnectionDialog::describeScenarios(const ScenarioChoices &scenarios)
{
    for (const ScenarioChoice &c : scenarios) {
        const int at = m_scenario->findData(c.name);
        if (at < 0)
            continue;
        m_scenario->setItemText(at, c.title);
        m_scenario->setItemData(at, c.description, Qt::ToolTipRole);
    }
    m_scenarioAbout->setText(m_scenario->currentData(Qt::ToolTipRole).toString());
    m_scenarioAbout->setVisible(!m_scenarioAbout->text().isEmpty());
}

void ConnectionDialog::refreshState()
{
    const bool service = m_service->isChecked();
    m_serviceFields->setVisible(service);
    m_scenario->setEnabled(!service);
    if (!service)
        m_certificate->display(CertificateTrustPanel::Mode::Hidden, QString());
    else if (m_certificate->mode() == CertificateTrustPanel::Mode::Hidden)
        showPin();
    QString problem;
    if (service) {
        problem = UrlPolicy::check(QUrl(m_baseUrl->text().trimmed()));
        if (problem.isEmpty() && m_publicKey->text().trimmed().isEmpty())
            problem = tr("Enter the public API key.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool ready = problem.isEmpty()
        && (!service || !m_privateKey->text().isEmpty() || m_saved->currentIndex() > 0);
    m_connect->setEnabled(ready);
    m_test->setEnabled(ready);
}
