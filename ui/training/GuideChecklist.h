#pragma once

#include "ScenarioCatalog.h"

#include <QFrame>

class QComboBox;
class QLabel;
class SyncController;

// The careful admin's checklist before Terminate Sync, in the Guide panel: the connected devices
// and how many hold unsynced changes, whether client recovery is on, that the configuration is
// saved first, and which documented reason applies.
class GuideChecklist final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideChecklist)

public:
    explicit GuideChecklist(SyncController *controller, QWidget *parent = nullptr);

    // The reason chosen, in words; empty until one is.
    QString reason() const;
    // Chooses `reason` (a scenario knows its reason); None clears the choice.
    void setReason(TerminateReason reason);
    // A documented reason to terminate Sync in words; empty for None.
    static QString reasonText(TerminateReason reason);
    // The documented reasons, in the order the picker lists them.
    static QList<TerminateReason> reasons();

signals:
    void reasonChanged();

private:
    void render();

    SyncController *m_controller;
    QLabel *m_devices;
    QLabel *m_recovery;
    QLabel *m_snapshot;
    QComboBox *m_reason;
};
