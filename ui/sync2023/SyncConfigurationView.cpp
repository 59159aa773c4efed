#include "SyncConfigurationView.h"

#include "ObjectNames.h"
#include "PillLabel.h"
#include "StyleRole.h"
#include "SyncController.h"
#include "Theme.h"
#include "WrappedLabel.h"

#include <QFormLayout>
#include <QFrame>
#include <QIcon>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

SyncConfigurationView::SyncConfigurationView(SyncController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 12, 24, 24);
    auto *card = new QFrame(this);
    card->setObjectName(ObjectName::developmentDetailsCard);
    card->setMaximumWidth(1060);
    outer->addWidget(card);
    auto *footer = new QWidget(this);
    footer->setMaximumWidth(card->maximumWidth());
    m_footer = new QHBoxLayout(footer);
    m_footer->setContentsMargins(0, 14, 0, 0);
    m_footer->addStretch(1);
    outer->addWidget(footer);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 40, 80, 32);
    layout->setSpacing(8);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(14);
    m_check = new QLabel(card);
    // Outlined, as the 2023 page draws a finished section (the classic page's is filled).
    m_check->setObjectName(QStringLiteral("developmentDetailsCheck"));
    m_check->setPixmap(Theme::icon(QStringLiteral(":/icons/check-outline.svg")).pixmap(24, 24));
    auto *title = new QLabel(tr("Select Development Details"), card);
    title->setObjectName(QStringLiteral("developmentDetailsTitle"));
    titleRow->addSpacing(0);
    titleRow->addWidget(m_check);
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    layout->addLayout(titleRow);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(52, 8, 0, 0);
    body->setSpacing(8);
    auto *typeCaption = new QLabel(tr("Sync Type"), card);
    typeCaption->setObjectName(QStringLiteral("syncTypeCaption"));
    const QString learnText
        = tr("Learn more about the differences between <a style=\"color:#016BF8; "
             "text-decoration:none\" href=\"https://www.mongodb.com/docs/atlas/app-services/sync/"
             "get-started/#choose-a-sync-type\">Partition-based Sync and Flexible Sync</a>");
    // The reference's external-link glyph after the link's words, inside the link (a click on
    // it opens the page too), raised (the glyph is the top of its picture, which stands on the
    // line's baseline); the label's accessible name is the words alone, as before.
    QString withIcon = learnText;
    const qsizetype end = withIcon.lastIndexOf(QLatin1String("</a>"));
    if (end >= 0)
        withIcon.insert(end,
            QStringLiteral("<img src=\":/icons/external-link-blue.svg\" width=\"11\" "
                           "height=\"15\">"));
    auto *learn = new WrappedLabel(withIcon, card);
    learn->setObjectName(ObjectName::syncTypeLearnMore);
    learn->setAccessibleName(QTextDocumentFragment::fromHtml(learnText).toPlainText());
    learn->setOpenExternalLinks(true);
    StyleRole::apply(learn, StyleRole::sectionText);
    body->addWidget(typeCaption);
    body->addWidget(learn);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(14);
    m_flexible = typeCard(tr("Flexible", "sync type"), true, card);
    m_flexible->setObjectName(ObjectName::syncTypeFlexible);
    m_partition = typeCard(tr("Partition Based", "sync type"), false, card);
    m_partition->setObjectName(ObjectName::syncTypePartition);
    cards->addWidget(m_flexible, 1);
    cards->addWidget(m_partition, 1);
    body->addSpacing(6);
    body->addLayout(cards);
    body->addSpacing(18);

    m_advancedToggle = new QPushButton(tr("Advanced Configuration (optional)"), card);
    m_advancedToggle->setObjectName(ObjectName::advancedConfigurationToggle);
    StyleRole::apply(m_advancedToggle, StyleRole::sectionToggle);
    m_advancedToggle->setCheckable(true);
    Theme::setIcon(m_advancedToggle, QStringLiteral(":/icons/chevron-right.svg"));
    body->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    m_advanced = new QWidget(card);
    m_advanced->setObjectName(ObjectName::advancedConfiguration);
    m_advanced->setVisible(false);
    auto *form = new QFormLayout(m_advanced);
    form->setContentsMargins(24, 4, 0, 0);
    form->setHorizontalSpacing(24);
    m_offline = new QLabel(m_advanced);
    m_recovery = new QLabel(m_advanced);
    m_ingest = new QLabel(m_advanced);
    m_ingest->setWordWrap(true);
    m_fieldsCaption = new QLabel(m_advanced);
    m_fields = new QLabel(m_advanced);
    m_fields->setWordWrap(true);
    form->addRow(tr("Client Max Offline Time:"), m_offline);
    form->addRow(tr("Client Recovery:"), m_recovery);
    form->addRow(tr("Data Ingest:"), m_ingest);
    form->addRow(m_fieldsCaption, m_fields);
    body->addWidget(m_advanced);
    layout->addLayout(body);

    connect(m_advancedToggle, &QPushButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        Theme::setIcon(m_advancedToggle,
            open ? QStringLiteral(":/icons/chevron-down.svg")
                 : QStringLiteral(":/icons/chevron-right.svg"));
    });
    connect(m_controller, &SyncController::stateChanged, this, &SyncConfigurationView::render);
    render();
}

void SyncConfigurationView::addFooterButton(QPushButton *button)
{
    button->setParent(this);
    m_footer->addWidget(button);
}

void SyncConfigurationView::setFigureSyncType(std::optional<SyncConfig::Mode> mode)
{
    m_figureSyncType = mode;
    render();
}

QPushButton *SyncConfigurationView::typeCard(const QString &name, bool recommended, QWidget *parent)
{
    auto *card = new QPushButton(parent);
    card->setCheckable(true);
    card->setFocusPolicy(Qt::NoFocus);
    card->setMinimumHeight(72);
    card->setAccessibleName(name);
    auto *row = new QHBoxLayout(card);
    row->setContentsMargins(16, 8, 16, 8);
    row->addStretch(1);
    auto *label = new QLabel(name, card);
    label->setObjectName(QStringLiteral("syncTypeName"));
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    row->addWidget(label, 0, Qt::AlignVCenter);
    if (recommended) {
        auto *pill = new PillLabel(card);
        pill->setText(tr("RECOMMENDED", "badge on the Flexible sync type"));
        pill->setObjectName(QStringLiteral("recommendedPill"));
        pill->setAttribute(Qt::WA_TransparentForMouseEvents);
        row->addSpacing(6);
        row->addWidget(pill, 0, Qt::AlignVCenter);
    }
    row->addStretch(1);
    return card;
}

void SyncConfigurationView::render()
{
    const SyncConfig &sync = m_controller->config().sync;
    const bool flexible = sync.mode != SyncConfig::Mode::PartitionBased;
    const bool paused = m_controller->status() == SyncController::Status::Paused;
    m_check->setVisible(paused);
    const bool flexibleCard
        = m_figureSyncType.value_or(sync.mode) != SyncConfig::Mode::PartitionBased;
    m_flexible->setChecked(flexibleCard);
    m_partition->setChecked(!flexibleCard);
    // The type of a configured Sync is fixed: the other card is greyed out while it runs.
    m_flexible->setEnabled(flexibleCard || paused);
    m_partition->setEnabled(!flexibleCard || paused);
    for (QPushButton *card : {m_flexible, m_partition}) {
        card->setProperty("chosen", card->isChecked());
        card->style()->unpolish(card);
        card->style()->polish(card);
    }
    m_offline->setText(tr("%n day(s)", "client max offline time", sync.clientMaxOfflineDays()));
    m_recovery->setText(sync.recoveryDisabled() ? tr("Off", "client recovery")
                                                : tr("On", "client recovery"));
    const QStringList ingest = sync.asymmetricTables();
    m_ingest->setText(ingest.isEmpty() ? tr("No collections", "data ingest")
                                       : ingest.join(QStringLiteral(", ")));
    m_fieldsCaption->setText(flexible ? tr("Queryable Fields:") : tr("Partition Key:"));
    const QString summary = sync.summary();
    m_fields->setText(summary.isEmpty() ? QStringLiteral("\u2014") : summary);
}
