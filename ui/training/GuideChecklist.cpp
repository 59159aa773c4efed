#include "GuideChecklist.h"

#include "ClientResetPreview.h"
#include "ElidingComboBox.h"
#include "ObjectNames.h"
#include "Sentences.h"
#include "StyleRole.h"
#include "SyncController.h"
#include "WheelGuard.h"
#include "WrappedLabel.h"

#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>

GuideChecklist::GuideChecklist(SyncController *controller, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_devices(new WrappedLabel(this))
    , m_recovery(new WrappedLabel(this))
    , m_snapshot(new WrappedLabel(this))
    , m_reason(new ElidingComboBox(this))
{
    setObjectName(ObjectName::guideChecklist);
    StyleRole::apply(this, StyleRole::guideChecklist);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(6);
    auto *title = new QLabel(tr("Before you terminate Sync"), this);
    StyleRole::apply(title, StyleRole::guideChecklistTitle);
    layout->addWidget(title);
    for (QLabel *label : {m_devices, m_recovery, m_snapshot}) {
        label->setWordWrap(true);
        StyleRole::apply(label, StyleRole::guideChecklistItem);
        layout->addWidget(label);
    }
    m_devices->setObjectName(ObjectName::guideChecklistDevices);
    m_recovery->setObjectName(ObjectName::guideChecklistRecovery);
    m_snapshot->setObjectName(ObjectName::guideChecklistSnapshot);
    m_snapshot->setText(tr("\u2713 Sync Console saves the current sync configuration before it "
                           "terminates Sync, so that you can restore it when you re-enable Sync."));
    auto *reasonLabel = new QLabel(tr("Why is Sync being terminated?"), this);
    StyleRole::apply(reasonLabel, StyleRole::guideChecklistItem);
    layout->addWidget(reasonLabel);
    m_reason->setObjectName(ObjectName::guideReasonPicker);
    m_reason->setAccessibleName(tr("Reason to terminate Sync"));
    m_reason->addItem(tr("Choose the reason\u2026"), int(TerminateReason::None));
    for (TerminateReason reason : reasons())
        m_reason->addItem(reasonText(reason), int(reason));
    // The reasons are long: the list shows them whole, the box what fits, elided, with the
    // whole reason in its tooltip.
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reason->setMinimumContentsLength(16);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &GuideChecklist::reasonChanged);
    connect(controller, &SyncController::devicesChanged, this, &GuideChecklist::render);
    connect(controller, &SyncController::stateChanged, this, &GuideChecklist::render);
    render();
    WheelGuard::guardChildren(this); // the wheel scrolls the page, not the values
}

void GuideChecklist::setReason(TerminateReason reason)
{
    m_reason->setCurrentIndex(m_reason->findData(int(reason)));
}

QList<TerminateReason> GuideChecklist::reasons()
{
    return {TerminateReason::SharedTierUpgrade, TerminateReason::RegionMove,
        TerminateReason::NvmeUpgrade, TerminateReason::OplogRollover,
        TerminateReason::IdleAutoPause, TerminateReason::SupportTroubleshooting,
        TerminateReason::SyncModeSwitch, TerminateReason::BreakingChange};
}

QString GuideChecklist::reasonText(TerminateReason reason)
{
    switch (reason) {
    case TerminateReason::None:
        break;
    case TerminateReason::SharedTierUpgrade:
        return tr("Upgrade from a shared-tier cluster to a dedicated cluster");
    case TerminateReason::RegionMove:
        return tr("Move the cluster to another region or cloud provider");
    case TerminateReason::NvmeUpgrade:
        return tr("Upgrade the cluster to NVMe storage");
    case TerminateReason::OplogRollover:
        return tr("The oplog rolled over while Sync was paused");
    case TerminateReason::IdleAutoPause:
        return tr("Sync paused itself on an idle shared-tier cluster");
    case TerminateReason::SupportTroubleshooting:
        return tr("Troubleshooting at MongoDB support's request");
    case TerminateReason::SyncModeSwitch:
        return tr("Switch between Partition-Based and Flexible Sync");
    case TerminateReason::BreakingChange:
        return tr("A change that needs Sync off (a dropped synced collection, the indexed "
                  "queryable field, data ingest collections)");
    }
    return {};
}

QString GuideChecklist::reason() const
{
    return m_reason->currentIndex() > 0 ? m_reason->currentText() : QString();
}

void GuideChecklist::render()
{
    const QList<SyncDevice> &devices = m_controller->devices();
    const bool recoveryOn = !m_controller->config().sync.recoveryDisabled();
    if (devices.isEmpty()) {
        m_devices->setText(tr("\u2022 The console cannot list the devices of an App Services app: "
                              "check the Sync logs for the clients that synced recently."));
    } else {
        int connected = 0;
        for (const SyncDevice &d : devices)
            connected += d.online ? 1 : 0;
        // A paused Sync serves no device, however many of them are online and trying.
        const QString connectedNow = m_controller->status() == SyncController::Status::Paused
            ? tr("\u2022 No device is connected: Sync is paused.")
            : tr("\u2022 %n device(s) connected now.", nullptr, connected);
        const ClientResetPreview preview = ClientResetPreview::from(devices, recoveryOn);
        m_devices->setText(Sentences::join(
            {connectedNow, tr("%n device(s) hold unsynced changes.", nullptr, preview.holders),
                tr("%n device(s) will need a client reset.", nullptr, preview.willReset)}));
    }
    m_recovery->setText(recoveryOn
            ? tr("\u2022 Client recovery is on: devices in a recover mode keep their unsynced "
                 "changes through the reset.")
            : tr("\u2022 Client recovery is off (is_recovery_mode_disabled): devices lose their "
                 "unsynced changes, or wait in error for their app to reset them."));
}
