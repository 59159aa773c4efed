#pragma once

#include "SyncConfig.h"
#include "SyncSnapshotStore.h"

#include <QWidget>
#include <optional>

class ConfigStepRow;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// The get-started steps shown while Sync is disabled: pick the cluster, the partition key or
// the queryable fields, the permissions, then Enable Sync. It offers the configuration that was
// in force before the last terminate, when this console saved one.
class EnableSyncForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnableSyncForm)

public:
    explicit EnableSyncForm(QWidget *parent = nullptr);

    void setCluster(const QString &clusterLabel);
    void setSnapshot(const std::optional<SyncSnapshotStore::Snapshot> &snapshot);
    // Whether the saved configuration's restore link shows (the form is prefilled either way);
    // the terminate figures have none, as the admin UI had none.
    void setRestoreOffered(bool offered);
    void setBusy(bool busy);
    // Why the saved configuration cannot be offered (it was damaged), shown above Enable Sync.
    void setSnapshotProblem(const QString &problem);
    // The configuration the form describes, when it is complete.
    std::optional<SyncConfig> config() const;
    // Fills every step from the snapshot and picks the cluster: Enable Sync is then one click.
    void restoreSnapshot();

signals:
    void enableRequested(const SyncConfig &config);

private:
    void refreshSteps();
    SyncConfig::Choice currentChoice() const;
    void fillFromSnapshot();
    SyncConfig::Mode selectedMode() const;

    ConfigStepRow *m_clusterStep;
    ConfigStepRow *m_fieldsStep;
    ConfigStepRow *m_permissionsStep;
    QComboBox *m_cluster;
    QComboBox *m_mode;
    QLineEdit *m_database;
    QLineEdit *m_fields;
    QLineEdit *m_partitionKey;
    QComboBox *m_partitionType;
    QCheckBox *m_partitionRequired;
    QPlainTextEdit *m_permissions;
    QPushButton *m_restore;
    QPushButton *m_enable;
    QLabel *m_problem;
    QLabel *m_snapshotNotice;
    std::optional<SyncSnapshotStore::Snapshot> m_snapshot;
    QJsonObject m_extraFields; // fields of a restored config this form does not edit
    bool m_busy = false;
    bool m_restoreOffered = true;
};
