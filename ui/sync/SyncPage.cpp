#include "SyncPage.h"
#include "Theme.h"

#include "ClientRecoveryPanel.h"
#include "ConfigStepRow.h"
#include "CurrentPageLayout.h"
#include "DisplayTime.h"
#include "EnableSyncForm.h"
#include "MetricLabel.h"
#include "ObjectNames.h"
#include "StatusBadge.h"
#include "StyleRole.h"
#include "SyncController.h"
#include "WheelGuard.h"
#include "WrappedLabel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>
#include <utility>

namespace {

QLabel *label(const QString &text, QLatin1String role, QWidget *parent)
{
    return StyleRole::make<QLabel>(role, text, parent);
}

QLabel *wrappedLabel(const QString &text, QLatin1String role, QWidget *parent)
{
    return StyleRole::make<WrappedLabel>(role, text, parent);
}

MetricLabel *metricValue(const QString &widest, QLatin1String role, QWidget *parent)
{
    return StyleRole::make<MetricLabel>(role, widest, parent);
}

} // namespace

SyncPage::SyncPage(SyncController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_enableForm(nullptr)
{
    // Each widget is made under its final parent (a widget moved into a layout is restyled and
    // remeasured), and the Development Mode tab when it is first chosen.
    setObjectName(ObjectName::syncPage);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setObjectName(ObjectName::syncPageContent);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 6, 24, 24);
    layout->setSpacing(0);

    layout->addWidget(buildHeader(content), 0, Qt::AlignTop); // at the top also alone
    layout->addSpacing(18);
    m_recovery = new ClientRecoveryPanel(m_controller->recovery(), content);
    layout->addWidget(m_recovery);
    layout->addSpacing(18);
    m_tabs = new QTabBar(content);
    m_tabs->setObjectName(ObjectName::syncTabs);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->addTab(tr("Configuration"));
    m_tabs->addTab(tr("Development Mode"));
    layout->addWidget(m_tabs);
    auto *tabRule = new QFrame(content);
    tabRule->setObjectName(ObjectName::tabRule);
    layout->addWidget(tabRule);
    layout->addSpacing(22);
    m_tabPages = new QStackedWidget(content);
    layout->addWidget(m_tabPages);
    // Until the first load has answered, the page is its title and the Loading badge: the
    // tabs' pages are laid out and painted once, with the server's data, instead of first as
    // a placeholder that the data then grows (a scroll bar, the Terminate section) and the
    // whole window repaints.
    m_untilLoaded = {m_tabs, tabRule, m_tabPages};
    for (QWidget *part : std::as_const(m_untilLoaded))
        part->hide();

    // Configuration tab
    auto *configuration = new QWidget(m_tabPages);
    m_tabPages->addWidget(configuration); // in the stack before it is filled: shown once
    auto *configLayout = new QVBoxLayout(configuration);
    configLayout->setContentsMargins(0, 0, 0, 0);
    configLayout->setSpacing(0);
    auto *intro = new WrappedLabel(
        tr("Synchronize data between your MongoDB Atlas cluster and client application. "
           "<a style=\"color:#1A7DC4; text-decoration:none\" "
           "href=\"https://www.mongodb.com/docs/atlas/app-services/sync/\">Learn more "
           "about syncing your data.</a><br><b>Note:</b> When Sync is enabled, App Services "
           "will create a copy of all data from collections with a defined JSON schema in "
           "your Atlas cluster."),
        configuration);
    m_intro = intro;
    intro->setObjectName(ObjectName::syncIntro);
    intro->setWordWrap(true);
    intro->setOpenExternalLinks(true);
    intro->setContentsMargins(24, 0, 0, 22);
    configLayout->addWidget(intro);
    configLayout->addWidget(StyleRole::newRule(configuration));
    auto *stateViews = new QWidget(configuration);
    m_stateViews = new CurrentPageLayout(stateViews);
    configLayout->addWidget(stateViews);
    m_configured = buildConfigured(stateViews);
    configLayout->addStretch(1);
    m_terminateSection = buildTerminateSection(configuration);
    configLayout->addWidget(m_terminateSection);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index == 1)
            ensureDevelopmentModeTab();
        m_tabPages->setCurrentIndex(index);
    });

    connect(m_controller, &SyncController::stateChanged, this, &SyncPage::render);
    connect(m_controller, &SyncController::activityChanged, this, &SyncPage::render);
    connect(m_controller, &SyncController::metricsChanged, this, &SyncPage::renderMetrics);
    render();
    WheelGuard::guardChildren(this); // the wheel scrolls the page, not the values
}

void SyncPage::ensureDevelopmentModeTab()
{
    if (m_developmentMode)
        return;
    auto *devMode = new WrappedLabel(
        tr("Development Mode lets Sync infer the schema from the objects that devices "
           "sync. Sync Console does not change it; use the App Services UI or CLI."),
        m_tabPages);
    devMode->setObjectName(ObjectName::developmentModeText);
    devMode->setWordWrap(true);
    devMode->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    devMode->setContentsMargins(24, 0, 0, 0);
    m_tabPages->addWidget(devMode);
    m_developmentMode = devMode;
}

QWidget *SyncPage::buildHeader(QWidget *parent)
{
    auto *header = new QWidget(parent);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(14);
    auto *title = new QLabel(tr("Sync", "page title: Device Sync"), header);
    title->setObjectName(ObjectName::syncTitle);
    m_badge = new StatusBadge(header);
    m_badge->setObjectName(ObjectName::syncStatusBadge);
    row->addWidget(title);
    row->addWidget(m_badge, 0, Qt::AlignVCenter);
    m_pausedOn = label(QString(), StyleRole::metricCaption, header);
    m_pausedOn->setObjectName(ObjectName::syncPausedOn);
    QFont italic = m_pausedOn->font();
    italic.setItalic(true);
    m_pausedOn->setFont(italic);
    m_pausedOn->hide();
    row->addWidget(m_pausedOn, 0, Qt::AlignVCenter);
    row->addStretch(1);
    auto *metrics = new QGridLayout;
    metrics->setHorizontalSpacing(22);
    metrics->setVerticalSpacing(0);
    m_latestCaption = label(tr("Latest Sync Event"), StyleRole::metricCaption, header);
    m_latest = metricValue(DisplayTime::widestDateTime(), StyleRole::metricValue, header);
    m_latest->setObjectName(ObjectName::latestSyncEvent);
    m_clusterEventCaption
        = label(tr("Last Cluster Event Processed"), StyleRole::metricCaption, header);
    m_clusterEvent = metricValue(DisplayTime::widestDateTime(), StyleRole::metricValue, header);
    m_clusterEvent->setObjectName(ObjectName::lastClusterEvent);
    m_lagCaption = label(tr("Lag", "header metric: replication lag of Device Sync"),
        StyleRole::metricCaption, header);
    m_lag = metricValue(tr("%n sec", "sync lag", 99), StyleRole::metricValueSmall, header);
    m_lag->setObjectName(ObjectName::syncLag);
    metrics->addWidget(m_latestCaption, 0, 0);
    metrics->addWidget(m_latest, 1, 0);
    metrics->addWidget(m_clusterEventCaption, 0, 1);
    metrics->addWidget(m_clusterEvent, 1, 1);
    metrics->addWidget(m_lagCaption, 0, 2);
    metrics->addWidget(m_lag, 1, 2);
    row->addLayout(metrics);
    return header;
}

QWidget *SyncPage::buildConfigured(QWidget *parent)
{
    auto *view = new QWidget(parent);
    m_stateViews->addWidget(view); // in the stack before it is filled: shown once
    view->setObjectName(ObjectName::configuredSteps);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_clusterStep = new ConfigStepRow(1, tr("Select Cluster To Sync"), view);
    m_clusterStep->setObjectName(ObjectName::stepClusterDone);
    m_clusterStep->setDescription(
        tr("All data from configured collections in this cluster will be synced. "
           "Selecting a new cluster to sync restarts the syncing process. Sync requires "
           "that your Atlas cluster is using MongoDB version 4.4."));
    m_clusterShown = new QComboBox(view);
    m_clusterShown->setObjectName(ObjectName::clusterShown);
    m_clusterShown->setEnabled(false);
    m_clusterStep->setControl(m_clusterShown);
    m_clusterStep->setExpanded(true);
    m_clusterStep->setDone(true);
    m_fieldsStep = new ConfigStepRow(2, tr("Choose A Partition Key"), view);
    m_fieldsStep->setObjectName(ObjectName::stepFieldsDone);
    m_fieldsStep->setDone(true);
    m_permissionsStep = new ConfigStepRow(3, tr("Define Permissions"), view);
    m_permissionsStep->setObjectName(ObjectName::stepPermissionsDone);
    m_permissionsStep->setDone(true);
    layout->addWidget(m_clusterStep);
    layout->addWidget(StyleRole::newRule(view));
    layout->addWidget(m_fieldsStep);
    layout->addWidget(StyleRole::newRule(view));
    layout->addWidget(m_permissionsStep);
    layout->addWidget(StyleRole::newRule(view));

    m_pause = new QPushButton(tr("&Pause Sync"), view);
    Theme::setIcon(m_pause, QStringLiteral(":/icons/pause.svg"));
    m_pause->setObjectName(ObjectName::pauseSyncButton);
    m_pause->setProperty("variant", QStringLiteral("large"));
    m_resume = new QPushButton(tr("&Resume Sync"), view);
    Theme::setIcon(m_resume, QStringLiteral(":/icons/play.svg"));
    m_resume->setObjectName(ObjectName::resumeSyncButton);
    m_resume->setProperty("variant", QStringLiteral("large"));
    connect(m_pause, &QPushButton::clicked, this, &SyncPage::pauseRequested);
    connect(m_resume, &QPushButton::clicked, this, &SyncPage::resumeRequested);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(24, 24, 24, 24);
    buttons->addStretch(1);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_pause);
    layout->addLayout(buttons);
    // Height the stack gives beyond the steps' own (the enable form, once built, is taller)
    // stays under them: the steps keep their height after a terminate and re-enable.
    layout->addStretch(1);
    return view;
}

QWidget *SyncPage::buildTerminateSection(QWidget *parent)
{
    auto *section = new QWidget(parent);
    section->setObjectName(ObjectName::terminateSection);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 60, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(StyleRole::newRule(section));
    m_terminateToggle = new QPushButton(tr("TERMINATE SYNC"), section);
    Theme::setIcon(m_terminateToggle, QStringLiteral(":/icons/chevron-down.svg"));
    m_terminateToggle->setObjectName(ObjectName::terminateSectionToggle);
    StyleRole::apply(m_terminateToggle, StyleRole::sectionToggle);
    m_terminateToggle->setCheckable(true);
    m_terminateToggle->setChecked(true);
    m_terminateToggle->setAccessibleName(tr("Show or hide Terminate Sync"));
    auto *toggleRow = new QHBoxLayout;
    toggleRow->setContentsMargins(14, 12, 0, 12);
    toggleRow->addWidget(m_terminateToggle);
    toggleRow->addStretch(1);
    layout->addLayout(toggleRow);

    m_terminateBody = new QWidget(section);
    auto *body = new QHBoxLayout(m_terminateBody);
    body->setContentsMargins(24, 20, 24, 14);
    auto *text
        = wrappedLabel(tr("Terminating Sync will remove metadata associated with Sync and prevent "
                          "all applications "
                          "from syncing. You may re-enable Sync to re-create this metadata."),
            StyleRole::sectionText, m_terminateBody);
    text->setWordWrap(true);
    text->setMaximumWidth(780);
    m_terminate = new QPushButton(tr("&Terminate Sync"), m_terminateBody);
    Theme::setIcon(m_terminate, QStringLiteral(":/icons/trash.svg"));
    m_terminate->setObjectName(ObjectName::terminateSyncButton);
    m_terminate->setProperty("variant", QStringLiteral("danger"));
    body->addWidget(text, 1, Qt::AlignBottom);
    body->addSpacing(40);
    body->addStretch(1); // the button keeps its size, as in the admin UI
    body->addWidget(m_terminate, 0, Qt::AlignBottom);
    layout->addWidget(m_terminateBody);
    layout->addWidget(StyleRole::newRule(section));
    connect(m_terminate, &QPushButton::clicked, this, &SyncPage::terminateRequested);
    connect(m_terminateToggle, &QPushButton::toggled, this, [this](bool open) {
        m_terminateBody->setVisible(open);
        Theme::setIcon(m_terminateToggle,
            open ? QStringLiteral(":/icons/chevron-down.svg")
                 : QStringLiteral(":/icons/chevron-right.svg"));
    });
    return section;
}

void SyncPage::setFigureWording(const FigureWording &wording)
{
    m_wording = wording;
    m_intro->setText(wording.realm
            ? tr("Synchronize data between your MongoDB Atlas cluster and client application. "
                 "<a style=\"color:#1A7DC4; text-decoration:none\" "
                 "href=\"https://www.mongodb.com/docs/atlas/app-services/sync/\">Learn more "
                 "about syncing your data.</a><br><b>Note:</b> When Sync is enabled, Realm "
                 "will create a copy of all data from collections with a defined JSON schema in "
                 "your Atlas cluster.",
                  "the admin UI's wording of 2021, for the reference figures")
            : tr("Synchronize data between your MongoDB Atlas cluster and client application. "
                 "<a style=\"color:#1A7DC4; text-decoration:none\" "
                 "href=\"https://www.mongodb.com/docs/atlas/app-services/sync/\">Learn more "
                 "about syncing your data.</a><br><b>Note:</b> When Sync is enabled, App Services "
                 "will create a copy of all data from collections with a defined JSON schema in "
                 "your Atlas cluster."));
    render();
}

void SyncPage::renderMetrics()
{
    const SyncController::Status status = m_controller->status();
    const bool paused = status == SyncController::Status::Paused;
    // Mid-2021's page said a paused Sync was disabled, when, and showed no metrics.
    const bool pausedOn = paused && m_wording.pausedAsDisabled;
    m_pausedOn->setVisible(pausedOn);
    if (pausedOn)
        m_pausedOn->setText(tr("Paused On: %1 UTC", "the time Sync was paused")
                                .arg(m_controller->pausedSince().toUTC().toString(
                                    QStringLiteral("MM/dd/yyyy HH:mm:ss"))));
    const bool enabled = status == SyncController::Status::Enabled;
    if (pausedOn) {
        for (QWidget *w : {static_cast<QWidget *>(m_latestCaption),
                 static_cast<QWidget *>(m_latest), static_cast<QWidget *>(m_clusterEventCaption),
                 static_cast<QWidget *>(m_clusterEvent), static_cast<QWidget *>(m_lagCaption),
                 static_cast<QWidget *>(m_lag)})
            w->hide();
        return;
    }
    const SyncMetrics &metrics = m_controller->metrics();
    m_latestCaption->setText(paused ? tr("Sync Paused Since") : tr("Latest Sync Event"));
    m_latest->setText(
        DisplayTime::dateTimeOrDash(paused ? m_controller->pausedSince() : metrics.latestSyncEvent));
    m_latestCaption->setVisible(enabled || paused);
    m_latest->setVisible(enabled || paused);
    for (QWidget *w :
        {static_cast<QWidget *>(m_clusterEventCaption), static_cast<QWidget *>(m_clusterEvent),
            static_cast<QWidget *>(m_lagCaption), static_cast<QWidget *>(m_lag)})
        w->setVisible(enabled);
    m_clusterEvent->setText(DisplayTime::dateTimeOrDash(metrics.lastClusterEventProcessed));
    m_lag->setText(metrics.lagMs < 0
            ? QStringLiteral("\u2014")
            : tr("%n sec", "sync lag",
                int(qMax<qint64>(metrics.lagMs / 1000, metrics.lagMs > 0 ? 1 : 0))));
}

void SyncPage::render()
{
    const SyncController::Status status = m_controller->status();
    const bool busy = m_controller->isBusy();
    const bool pausedOn
        = status == SyncController::Status::Paused && m_wording.pausedAsDisabled;
    m_badge->setStatus(pausedOn ? SyncController::Status::Disabled : status);
    renderMetrics();

    const bool enabled = status == SyncController::Status::Enabled;
    const bool paused = status == SyncController::Status::Paused;

    const bool configured = enabled || paused || status == SyncController::Status::Unknown;
    if (status == SyncController::Status::Gone)
        m_stateViews->setCurrentWidget(ensureGoneView());
    else
        m_stateViews->setCurrentWidget(
            configured ? m_configured : static_cast<QWidget *>(ensureEnableForm()));
    m_terminateSection->setVisible(enabled || paused);
    if (m_controller->isLoaded())
        for (QWidget *part : std::exchange(m_untilLoaded, {}))
            part->show();

    const QString cluster = m_controller->clusterLabel();
    if (m_clusterShown->count() == 0)
        m_clusterShown->addItem(cluster);
    else
        m_clusterShown->setItemText(0, cluster);
    const SyncConfig &sync = m_controller->config().sync;
    m_fieldsStep->setTitle(sync.mode == SyncConfig::Mode::PartitionBased
            ? tr("Choose A Partition Key")
            : tr("Choose Queryable Fields"));
    m_fieldsStep->setSummary(sync.summary());
    m_pause->setVisible(enabled);
    m_resume->setVisible(paused);
    // Mid-2021's page resumed a paused Sync with the green Enable Sync.
    m_resume->setText(pausedOn ? tr("&Enable Sync") : tr("&Resume Sync"));
    m_resume->setProperty("variant", pausedOn ? QStringLiteral("primary") : QStringLiteral("large"));
    Theme::setIcon(m_resume,
        pausedOn ? QStringLiteral(":/icons/play-white.svg") : QStringLiteral(":/icons/play.svg"));
    m_resume->style()->unpolish(m_resume);
    m_resume->style()->polish(m_resume);
    m_pause->setEnabled(!busy);
    m_resume->setEnabled(!busy);
    m_terminate->setEnabled(!busy);

    if (!m_enableForm)
        return;
    m_enableForm->setCluster(cluster);
    if (status == SyncController::Status::Disabled) {
        m_enableForm->setSnapshot(m_controller->snapshot());
        m_enableForm->setRestoreOffered(!m_wording.withoutRestoreOffer);
        m_enableForm->setSnapshotProblem(m_controller->snapshotProblem());
    }
    m_enableForm->setBusy(busy);
}

QLabel *SyncPage::ensureGoneView()
{
    if (m_goneView)
        return m_goneView;
    // Nothing of the app's Sync is known: no form to enable it, no configuration to pause.
    m_goneView
        = new WrappedLabel(tr("This app is gone: it was deleted, or this API key can no longer "
                              "reach it. Choose another app, or check the key's access to "
                              "this project."),
            m_stateViews->parentWidget());
    m_goneView->setObjectName(ObjectName::syncAppGone);
    m_goneView->setWordWrap(true);
    m_goneView->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_goneView->setContentsMargins(24, 22, 0, 22);
    m_stateViews->addWidget(m_goneView);
    return m_goneView;
}

EnableSyncForm *SyncPage::ensureEnableForm()
{
    if (m_enableForm)
        return m_enableForm;
    // Built when Sync is first seen disabled: laid out behind an enabled Sync page, its many
    // wrapped descriptions took a third of the console's start-up (bench_startup).
    m_enableForm = new EnableSyncForm(m_stateViews->parentWidget());
    m_stateViews->addWidget(m_enableForm);
    connect(m_enableForm, &EnableSyncForm::enableRequested, m_controller, &SyncController::enable);
    return m_enableForm;
}
