#pragma once

#include "SyncConfig.h"

#include <QWidget>
#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class SyncController;

// The Device Sync page's Configuration tab while Sync is configured: the rounded card "Select
// Development Details" with the Sync Type cards (Flexible, RECOMMENDED; Partition Based) and
// "Advanced Configuration (optional)": client max offline time, client recovery, data ingest
// and the queryable fields. It renders the controller's configuration; the type cannot change
// while Sync is configured (terminate, then enable with the other), so the cards show it.
class SyncConfigurationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncConfigurationView)

public:
    explicit SyncConfigurationView(SyncController *controller, QWidget *parent = nullptr);
    // A row under the card, at its right edge (the paused page's Resume Sync).
    void addFooterButton(QPushButton *button);
    // --capture-docs only: the Sync Type cards show `mode` chosen, as the 2023 reference figures
    // (of a Flexible Sync app) do while the figures' app is Partition-Based; std::nullopt: the
    // app's own type, as always.
    void setFigureSyncType(std::optional<SyncConfig::Mode> mode);

private:
    void render();
    QPushButton *typeCard(const QString &name, bool recommended, QWidget *parent);

    SyncController *m_controller;
    QLabel *m_check;
    QPushButton *m_flexible;
    QPushButton *m_partition;
    QPushButton *m_advancedToggle;
    QWidget *m_advanced;
    QLabel *m_offline;
    QLabel *m_recovery;
    QLabel *m_ingest;
    QLabel *m_fieldsCaption;
    QLabel *m_fields;
    QHBoxLayout *m_footer;
    std::optional<SyncConfig::Mode> m_figureSyncType;
};
