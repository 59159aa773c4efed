#include "NavigationPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

NavigationPanel::NavigationPanel(QWidget *parent)
    : QFrame(parent)
    , m_appName(new QLabel(this))
    , m_copyId(new QPushButton(this))
    , m_environment(new QLabel(this))
{
    setObjectName(QStringLiteral("navigation"));
    setFixedWidth(190);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 16);
    layout->setSpacing(0);

    auto *back
        = new QPushButton(QIcon(QStringLiteral(":/icons/arrow-left.svg")), tr("Realm Apps"), this);
    back->setObjectName(QStringLiteral("navBackLink"));
    back->setEnabled(false); // the app picker comes with connections
    back->setToolTip(tr("The app picker opens from the connection dialog."));
    auto *backRow = new QHBoxLayout;
    backRow->setContentsMargins(14, 0, 14, 12);
    backRow->addWidget(back);
    backRow->addStretch(1);
    layout->addLayout(backRow);

    m_appName->setObjectName(QStringLiteral("navAppName"));
    m_copyId->setObjectName(QStringLiteral("navCopyId"));
    m_copyId->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copyId->setIconSize(QSize(15, 15));
    m_copyId->setAccessibleName(tr("Copy the client app id"));
    connect(m_copyId, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_clientAppId);
        emit clientAppIdCopied(m_clientAppId);
    });
    auto *nameRow = new QHBoxLayout;
    nameRow->setContentsMargins(14, 0, 14, 10);
    nameRow->addWidget(m_appName, 1);
    nameRow->addWidget(m_copyId);
    layout->addLayout(nameRow);

    m_environment->setObjectName(QStringLiteral("navEnvironment"));
    auto *envRow = new QHBoxLayout;
    envRow->setContentsMargins(14, 0, 14, 4);
    envRow->addWidget(m_environment);
    envRow->addStretch(1);
    layout->addLayout(envRow);

    const auto section = [&](const QString &title) {
        auto *label = new QLabel(title, this);
        label->setProperty("role", QStringLiteral("navSection"));
        label->setContentsMargins(14, 0, 14, 4);
        layout->addWidget(label);
    };
    // `page`: an entry Sync Console shows; the others are greyed, for orientation.
    const auto item = [&](const QString &text, const char *name, const char *page = nullptr) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        button->setProperty("role", QStringLiteral("navItem"));
        button->setProperty("current", false);
        button->setEnabled(page != nullptr);
        button->setFocusPolicy(page ? Qt::TabFocus : Qt::NoFocus);
        if (page) {
            const QString key = QString::fromLatin1(page);
            button->setProperty("page", key);
            connect(button, &QPushButton::clicked, this, [this, key] { emit pageRequested(key); });
            m_pages.append(button);
        } else {
            button->setToolTip(tr("Not managed by Sync Console"));
        }
        layout->addWidget(button);
    };
    section(tr("DATA ACCESS"));
    item(tr("Rules"), "navRules");
    item(tr("Schema"), "navSchema");
    item(tr("App Users"), "navAppUsers");
    item(tr("Authentication"), "navAuthentication");
    section(tr("BUILD"));
    item(tr("SDKs"), "navSdks");
    item(tr("Sync"), "navSync", "sync");
    item(tr("GraphQL"), "navGraphql");
    item(tr("Functions"), "navFunctions");
    item(tr("Triggers"), "navTriggers");
    item(tr("3rd Party Services"), "navThirdParty");
    item(tr("Values"), "navValues");
    section(tr("MANAGE"));
    item(tr("Linked Data Sources"), "navDataSources");
    item(tr("Deploy"), "navDeploy", "deploy");
    item(tr("Hosting"), "navHosting");
    item(tr("Logs"), "navLogs");
    item(tr("Activity"), "navActivity", "activity");
    item(tr("App Settings"), "navAppSettings");
    item(tr("Push Notifications"), "navPush");
    layout->addStretch(1);
    setCurrentPage(QStringLiteral("sync"));
}

void NavigationPanel::setCurrentPage(const QString &page)
{
    for (QPushButton *button : std::as_const(m_pages)) {
        button->setProperty("current", button->property("page").toString() == page);
        button->style()->unpolish(button);
        button->style()->polish(button);
    }
}

void NavigationPanel::setApp(
    const QString &name, const QString &clientAppId, const QString &environment)
{
    m_clientAppId = clientAppId;
    m_appName->setText(fontMetrics().elidedText(name, Qt::ElideRight, 130));
    m_appName->setToolTip(name);
    m_copyId->setToolTip(tr("Copy %1").arg(clientAppId));
    m_environment->setText(environment.isEmpty() ? tr("NO ENVIRONMENT") : environment.toUpper());
}
