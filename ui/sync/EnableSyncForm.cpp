#include "EnableSyncForm.h"
#include "Theme.h"

#include "ConfigStepRow.h"
#include "DisplayTime.h"
#include "ObjectNames.h"
#include "StyleRole.h"
#include "WheelGuard.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EnableSyncForm::EnableSyncForm(QWidget *parent)
    : QWidget(parent)
    , m_clusterStep(new ConfigStepRow(1, tr("Select Cluster To Sync"), this))
    , m_fieldsStep(new ConfigStepRow(2, tr("Choose A Partition Key"), this))
    , m_permissionsStep(new ConfigStepRow(3, tr("Define Permissions"), this))
    , m_cluster(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_database(new QLineEdit(this))
    , m_fields(new QLineEdit(this))
    , m_partitionKey(new QLineEdit(this))
    , m_partitionType(new QComboBox(this))
    , m_partitionRequired(new QCheckBox(tr("Required", "marker beside a required field"), this))
    , m_permissions(new QPlainTextEdit(this))
    , m_restore(new QPushButton(this))
    , m_enable(new QPushButton(tr("&Enable Sync"), this))
    , m_problem(new QLabel(this))
    , m_snapshotNotice(new WrappedLabel(this))
{
    setObjectName(ObjectName::enableSyncForm);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_restore->setObjectName(ObjectName::restoreSnapshotButton);
    m_restore->setProperty("variant", QStringLiteral("link"));
    m_restore->hide();
    connect(m_restore, &QPushButton::clicked, this, &EnableSyncForm::restoreSnapshot);

    m_clusterStep->setObjectName(ObjectName::stepCluster);
    m_clusterStep->setDescription(
        tr("All data from configured collections in this cluster will be synced. Selecting "
           "a new cluster to sync restarts the syncing process. Sync requires that your "
           "Atlas cluster is using MongoDB version 4.4."));
    m_cluster->setObjectName(ObjectName::clusterPicker);
    m_cluster->setAccessibleName(tr("Cluster to sync"));
    m_clusterStep->setControl(m_cluster);
    m_clusterStep->setCurrent(true);
    m_clusterStep->setExpanded(true);
    layout->addWidget(m_clusterStep);
    layout->addWidget(StyleRole::newRule(this));

    m_fieldsStep->setObjectName(ObjectName::stepFields);
    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(36, 4, 0, 0);
    m_mode->setObjectName(ObjectName::syncModePicker);
    m_mode->addItem(tr("Flexible", "sync type"), int(SyncConfig::Mode::Flexible));
    m_mode->addItem(tr("Partition Based", "sync type"), int(SyncConfig::Mode::PartitionBased));
    m_database->setObjectName(ObjectName::databaseName);
    m_database->setPlaceholderText(tr("e.g. todo"));
    m_fields->setObjectName(ObjectName::queryableFields);
    m_fields->setPlaceholderText(tr("comma-separated, e.g. owner_id, team"));
    m_partitionKey->setObjectName(ObjectName::partitionKey);
    m_partitionKey->setPlaceholderText(tr("e.g. _partition"));
    m_partitionType->setObjectName(ObjectName::partitionType);
    m_partitionType->addItems({QStringLiteral("string"), QStringLiteral("objectId"),
        QStringLiteral("long"), QStringLiteral("int")});
    m_partitionRequired->setObjectName(ObjectName::partitionRequired);
    form->addRow(tr("Sync type"), m_mode);
    form->addRow(tr("Database", "form label: the linked database"), m_database);
    form->addRow(tr("Queryable fields"), m_fields);
    form->addRow(tr("Partition key"), m_partitionKey);
    form->addRow(tr("Partition key type"), m_partitionType);
    form->addRow(QString(), m_partitionRequired);
    m_fieldsStep->details()->addWidget(fields);
    layout->addWidget(m_fieldsStep);
    layout->addWidget(StyleRole::newRule(this));

    m_permissionsStep->setObjectName(ObjectName::stepPermissions);
    m_permissions->setObjectName(ObjectName::permissionsEditor);
    m_permissions->setAccessibleName(tr("Permissions (JSON)"));
    m_permissions->setTabChangesFocus(true);
    m_permissions->setFixedHeight(110);
    m_permissions->setPlainText(QStringLiteral("{\"rules\": {}, \"defaultRoles\": []}"));
    m_permissionsStep->details()->addWidget(m_permissions);
    layout->addWidget(m_permissionsStep);
    layout->addWidget(StyleRole::newRule(this));

    m_problem->setObjectName(ObjectName::enableProblem);
    StyleRole::apply(m_problem, StyleRole::stepDescription);
    Theme::setIcon(m_enable, QStringLiteral(":/icons/play.svg"));
    m_enable->setObjectName(ObjectName::enableSyncButton);
    m_enable->setProperty("variant", QStringLiteral("primary")); // green, as in Atlas
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(24, 24, 24, 24);
    auto *notes = new QVBoxLayout;
    m_snapshotNotice->setObjectName(ObjectName::snapshotNotice);
    StyleRole::apply(m_snapshotNotice, StyleRole::stepDescription);
    m_snapshotNotice->setWordWrap(true);
    m_snapshotNotice->hide();
    notes->addWidget(m_snapshotNotice);
    notes->addWidget(m_restore, 0, Qt::AlignLeft);
    notes->addWidget(m_problem);
    buttons->addLayout(notes, 1);
    buttons->addWidget(m_enable);
    layout->addLayout(buttons);

    m_cluster->addItem(tr("Select a Cluster"));
    for (QObject *input : {static_cast<QObject *>(m_cluster), static_cast<QObject *>(m_mode),
             static_cast<QObject *>(m_partitionType)})
        connect(qobject_cast<QComboBox *>(input), &QComboBox::currentIndexChanged, this,
            &EnableSyncForm::refreshSteps);
    for (QLineEdit *edit : {m_database, m_fields, m_partitionKey})
        connect(edit, &QLineEdit::textChanged, this, &EnableSyncForm::refreshSteps);
    connect(m_partitionRequired, &QCheckBox::toggled, this, &EnableSyncForm::refreshSteps);
    connect(m_permissions, &QPlainTextEdit::textChanged, this, &EnableSyncForm::refreshSteps);
    connect(m_enable, &QPushButton::clicked, this, [this] {
        if (const std::optional<SyncConfig> c = config())
            emit enableRequested(*c);
    });
    refreshSteps();
    WheelGuard::guardChildren(this); // the wheel scrolls the page, not the values
}

void EnableSyncForm::setCluster(const QString &clusterLabel)
{
    if (m_cluster->count() < 2)
        m_cluster->addItem(clusterLabel);
    else
        m_cluster->setItemText(1, clusterLabel);
}

void EnableSyncForm::setSnapshot(const std::optional<SyncSnapshotStore::Snapshot> &snapshot)
{
    const bool same = snapshot.has_value() == m_snapshot.has_value()
        && (!snapshot || snapshot->savedAt == m_snapshot->savedAt);
    if (same)
        return;
    m_snapshot = snapshot;
    m_restore->setVisible(snapshot.has_value() && m_restoreOffered);
    if (!snapshot)
        return;
    // Prefilled, but the cluster is still for the person to pick: the page reads as the
    // get-started steps, and one choice completes them.
    fillFromSnapshot();
    m_restore->setText(
        tr("&Restore the configuration in force before Sync was terminated (saved %1)")
            .arg(DisplayTime::dateTimeMinutes(snapshot->savedAt)));
}

void EnableSyncForm::setRestoreOffered(bool offered)
{
    m_restoreOffered = offered;
    m_restore->setVisible(m_snapshot.has_value() && offered);
}

void EnableSyncForm::setSnapshotProblem(const QString &problem)
{
    m_snapshotNotice->setText(problem.isEmpty()
            ? QString()
            : tr("%1 Enter the configuration in the steps above.").arg(problem));
    m_snapshotNotice->setVisible(!problem.isEmpty());
}

void EnableSyncForm::setBusy(bool busy)
{
    m_busy = busy;
    refreshSteps();
}

void EnableSyncForm::restoreSnapshot()
{
    if (!m_snapshot)
        return;
    fillFromSnapshot();
    m_cluster->setCurrentIndex(m_cluster->count() > 1 ? 1 : 0);
}

void EnableSyncForm::fillFromSnapshot()
{
    const SyncConfig::Choice c = m_snapshot->sync.choice();
    m_extraFields = c.extra;
    m_mode->setCurrentIndex(m_mode->findData(int(c.mode)));
    m_database->setText(c.databaseName);
    m_fields->setText(c.queryableFields.join(QStringLiteral(", ")));
    m_partitionKey->setText(c.partitionKey);
    m_partitionType->setCurrentText(c.partitionType);
    m_partitionRequired->setChecked(c.partitionRequired);
    m_permissions->setPlainText(
        QString::fromUtf8(QJsonDocument(c.permissions).toJson(QJsonDocument::Indented)));
}

SyncConfig::Mode EnableSyncForm::selectedMode() const
{
    return static_cast<SyncConfig::Mode>(m_mode->currentData().toInt());
}

SyncConfig::Choice EnableSyncForm::currentChoice() const
{
    SyncConfig::Choice c;
    c.mode = selectedMode();
    c.databaseName = m_database->text();
    c.queryableFields = SyncConfig::splitFieldList(m_fields->text());
    c.partitionKey = m_partitionKey->text();
    c.partitionType = m_partitionType->currentText();
    c.partitionRequired = m_partitionRequired->isChecked();
    c.extra = m_extraFields;
    return c;
}

std::optional<SyncConfig> EnableSyncForm::config() const
{
    if (m_cluster->currentIndex() < 1)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument permissions
        = QJsonDocument::fromJson(m_permissions->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !permissions.isObject())
        return std::nullopt;
    SyncConfig::Choice choice = currentChoice();
    choice.permissions = permissions.object();
    return SyncConfig::fromChoice(choice);
}

void EnableSyncForm::refreshSteps()
{
    const bool flexible = selectedMode() == SyncConfig::Mode::Flexible;
    m_fields->setEnabled(flexible);
    m_partitionKey->setEnabled(!flexible);
    m_partitionType->setEnabled(!flexible);
    m_partitionRequired->setEnabled(!flexible);
    // Only the chosen type's fields are shown: a restored Flexible configuration shows no
    // greyed partition fields, a Partition-Based one no queryable fields.
    if (auto *form = qobject_cast<QFormLayout *>(m_partitionKey->parentWidget()->layout())) {
        form->setRowVisible(m_fields, flexible);
        form->setRowVisible(m_partitionKey, !flexible);
        form->setRowVisible(m_partitionType, !flexible);
        form->setRowVisible(m_partitionRequired, !flexible);
    }
    m_fieldsStep->setTitle(flexible ? tr("Choose Queryable Fields") : tr("Choose A Partition Key"));
    const bool clusterChosen = m_cluster->currentIndex() >= 1;
    const std::optional<SyncConfig> fields = SyncConfig::fromChoice(currentChoice());
    const bool fieldsDone = clusterChosen && fields.has_value();
    const bool complete = config().has_value();

    m_clusterStep->setDone(clusterChosen);
    m_clusterStep->setCurrent(!clusterChosen);
    m_fieldsStep->setDone(fieldsDone);
    m_fieldsStep->setCurrent(clusterChosen && !fieldsDone);
    m_fieldsStep->setExpanded(clusterChosen);
    m_fieldsStep->setSummary(fieldsDone ? fields->summary() : QString());
    m_permissionsStep->setDone(complete);
    m_permissionsStep->setCurrent(fieldsDone && !complete);
    m_permissionsStep->setExpanded(fieldsDone);
    m_problem->setText(
        fieldsDone && !complete ? tr("The permissions must be a JSON object.") : QString());
    m_enable->setEnabled(complete && !m_busy);
}
