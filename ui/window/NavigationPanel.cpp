#include "NavigationPanel.h"

#include "ObjectNames.h"
#include "PillLabel.h"
#include "StyleRole.h"
#include "Theme.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>
#include <optional>

NavigationPanel::NavigationPanel(QWidget *parent)
    : QFrame(parent)
    , m_appName(new QLabel(this))
    , m_copyId(new QPushButton(this))
    , m_environment(new PillLabel(this))
{
    setObjectName(ObjectName::navigation);
    setFixedWidth(Theme::scaled(190));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 16);
    layout->setSpacing(0);

    auto *back = new QPushButton(tr("Realm Apps"), this);
    Theme::setIcon(back, QStringLiteral(":/icons/arrow-left.svg"));
    back->setObjectName(ObjectName::navBackLink);
    back->setEnabled(false); // the app picker comes with connections
    back->setToolTip(tr("The app picker opens from the connection dialog."));
    auto *backRow = new QHBoxLayout;
    backRow->setContentsMargins(14, 0, 14, 12);
    backRow->addWidget(back);
    backRow->addStretch(1);
    layout->addLayout(backRow);

    m_appName->setObjectName(ObjectName::navAppName);
    m_copyId->setObjectName(ObjectName::navCopyId);
    Theme::setIcon(m_copyId, QStringLiteral(":/icons/copy.svg"), 15);
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

    m_environment->setObjectName(ObjectName::navEnvironment);
    auto *envRow = new QHBoxLayout;
    envRow->setContentsMargins(14, 0, 14, 4);
    envRow->addWidget(m_environment);
    envRow->addStretch(1);
    layout->addLayout(envRow);

    // The entries scroll when the window is lower than they are tall (Japanese text needs
    // taller lines), instead of growing the window.
    auto *entries = new QWidget;
    auto *entriesLayout = new QVBoxLayout(entries);
    entriesLayout->setContentsMargins(0, 0, 0, 0);
    entriesLayout->setSpacing(0);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setWidget(entries);
    scroll->viewport()->setAutoFillBackground(false);
    entries->setAutoFillBackground(false);
    layout->addWidget(scroll, 1);

    const auto section = [&](const QString &title) {
        auto *label = new QLabel(title, entries);
        StyleRole::apply(label, StyleRole::navSection);
        label->setContentsMargins(14, 0, 14, 4);
        entriesLayout->addWidget(label);
    };
    // `page`: an entry Sync Console shows; the others are greyed, for orientation.
    const auto item
        = [&](const QString &text, QLatin1String name, std::optional<Page> page = std::nullopt) {
              auto *button = new QPushButton(text, entries);
              button->setObjectName(name);
              StyleRole::apply(button, StyleRole::navItem);
              button->setProperty("current", false);
              button->setEnabled(page.has_value());
              button->setFocusPolicy(page ? Qt::TabFocus : Qt::NoFocus);
              if (page) {
                  connect(button, &QPushButton::clicked, this,
                      [this, shown = *page] { emit pageRequested(shown); });
                  m_pages.append({*page, button});
              } else {
                  button->setToolTip(tr("Not managed by Sync Console"));
              }
              entriesLayout->addWidget(button);
          };
    section(tr("DATA ACCESS", "navigation section heading"));
    item(tr("Rules", "navigation entry: data access rules"), ObjectName::navRules);
    item(tr("Schema", "navigation entry"), ObjectName::navSchema);
    item(tr("App Users"), ObjectName::navAppUsers);
    item(tr("Authentication"), ObjectName::navAuthentication);
    section(tr("BUILD", "navigation section heading"));
    item(tr("SDKs"), ObjectName::navSdks);
    item(tr("Sync", "navigation entry: Device Sync page"), ObjectName::navSync, Page::Sync);
    item(tr("GraphQL"), ObjectName::navGraphql);
    item(tr("Functions", "navigation entry"), ObjectName::navFunctions);
    item(tr("Triggers", "navigation entry"), ObjectName::navTriggers);
    item(tr("3rd Party Services"), ObjectName::navThirdParty);
    item(tr("Values", "navigation entry: App Services values and secrets"), ObjectName::navValues);
    section(tr("MANAGE", "navigation section heading"));
    item(tr("Linked Data Sources"), ObjectName::navDataSources);
    item(tr("Deploy", "navigation entry: deployment pages"), ObjectName::navDeploy, Page::Deploy);
    item(tr("Hosting", "navigation entry: static hosting"), ObjectName::navHosting);
    item(tr("Logs", "navigation entry"), ObjectName::navLogs, Page::Logs);
    item(tr("Activity", "navigation entry: REST calls made"), ObjectName::navActivity,
        Page::Activity);
    item(tr("App Settings"), ObjectName::navAppSettings);
    item(tr("Push Notifications"), ObjectName::navPush);
    entriesLayout->addStretch(1);
    setCurrentPage(Page::Sync);
}

void NavigationPanel::setCurrentPage(Page page)
{
    for (const auto &[entry, button] : std::as_const(m_pages)) {
        button->setProperty("current", entry == page);
        button->style()->unpolish(button);
        button->style()->polish(button);
    }
}

void NavigationPanel::setPageAvailable(Page page, bool available)
{
    for (const auto &[entry, button] : std::as_const(m_pages)) {
        if (entry != page)
            continue;
        button->setEnabled(available);
        button->setFocusPolicy(available ? Qt::TabFocus : Qt::NoFocus);
        button->setToolTip(available ? QString() : tr("Not available on this connection"));
    }
}

void NavigationPanel::setApp(
    const QString &name, const QString &clientAppId, const QString &environment)
{
    m_clientAppId = clientAppId;
    m_appName->setText(fontMetrics().elidedText(name, Qt::ElideRight, 130));
    m_appName->setToolTip(name);
    m_copyId->setToolTip(tr("Copy %1").arg(clientAppId));
    m_environment->setText(environmentTag(environment));
}

// The App Services environments, as the admin UI's tag names them, in the console's language;
// one the console does not know is shown as the service named it.
QString NavigationPanel::environmentTag(const QString &environment)
{
    const QString e = environment.toLower();
    if (e.isEmpty())
        return tr("NO ENVIRONMENT");
    if (e == QLatin1String("development"))
        return tr("DEVELOPMENT", "app environment tag");
    if (e == QLatin1String("testing"))
        return tr("TESTING", "app environment tag");
    if (e == QLatin1String("qa"))
        return tr("QA", "app environment tag");
    if (e == QLatin1String("production"))
        return tr("PRODUCTION", "app environment tag");
    return environment.toUpper();
}

void NavigationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        setFixedWidth(Theme::scaled(190));
    QFrame::changeEvent(event);
}
