#include "ClientRecoveryPanel.h"
#include "Theme.h"

#include "ClientRecoveryMonitor.h"
#include "ClientResetPreview.h"
#include "DisplayTime.h"
#include "ObjectNames.h"
#include "Sentences.h"
#include "StyleRole.h"
#include "WrappedLabel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QString count(int n)
{
    return n == ClientRecoveryTally::Unknown ? QStringLiteral("\u2014") : QString::number(n);
}

} // namespace

ClientRecoveryPanel::ClientRecoveryPanel(ClientRecoveryMonitor *monitor, QWidget *parent)
    : QFrame(parent)
    , m_monitor(monitor)
{
    setObjectName(ObjectName::clientRecoveryPanel);
    StyleRole::apply(this, StyleRole::recoveryPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 14, 14);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(tr("Client recovery"), this);
    m_title->setObjectName(ObjectName::clientRecoveryTitle);
    StyleRole::apply(m_title, StyleRole::recoveryTitle);
    top->addWidget(m_title);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(ObjectName::clientRecoverySubtitle);
    StyleRole::apply(m_subtitle, StyleRole::recoveryDetail);
    top->addWidget(m_subtitle, 1, Qt::AlignBottom);
    m_hide = new QPushButton(this);
    Theme::setIcon(m_hide, QStringLiteral(":/icons/close.svg"));
    m_hide->setObjectName(ObjectName::clientRecoveryHide);
    m_hide->setToolTip(tr("Hide the client recovery panel"));
    m_hide->setAccessibleName(tr("Hide the client recovery panel"));
    m_hide->setFlat(true);
    top->addWidget(m_hide, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_tiles = new QGridLayout;
    m_tiles->setHorizontalSpacing(28);
    m_tiles->setVerticalSpacing(0);
    m_reconnected = addTile(0, tr("Reconnected", "devices that connected again"),
        ObjectName::clientRecoveryReconnected, nullptr);
    m_reset = addTile(1, tr("Reset", "devices that went through a client reset"),
        ObjectName::clientRecoveryReset, nullptr);
    m_recovered = addTile(2, tr("Recovered", "devices that recovered their unsynced changes"),
        ObjectName::clientRecoveryRecovered, &m_recoveredDetail);
    m_discarded = addTile(3, tr("Discarded", "devices that lost their unsynced changes"),
        ObjectName::clientRecoveryDiscarded, &m_discardedDetail);
    m_stuck = addTile(4, tr("Waiting in error", "devices waiting for their app to reset them"),
        ObjectName::clientRecoveryStuck, nullptr);
    m_notBack = addTile(5, tr("Not back yet", "devices that have not connected since"),
        ObjectName::clientRecoveryNotBack, nullptr);
    m_tiles->setColumnStretch(6, 1);
    layout->addLayout(m_tiles);

    m_devices = new WrappedLabel(this);
    m_devices->setObjectName(ObjectName::clientRecoveryDevices);
    StyleRole::apply(m_devices, StyleRole::recoveryDetail);
    m_devices->setTextFormat(Qt::RichText);
    m_devices->setWordWrap(true);
    layout->addWidget(m_devices);
    m_note = new WrappedLabel(this);
    m_note->setObjectName(ObjectName::clientRecoveryNote);
    StyleRole::apply(m_note, StyleRole::recoveryDetail);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    connect(m_hide, &QPushButton::clicked, this, [this] {
        m_hidden = true;
        render();
    });
    connect(m_monitor, &ClientRecoveryMonitor::tallyChanged, this, [this] {
        if (!m_monitor->isActive())
            m_hidden = false; // the next recovery shows again
        render();
    });
    render();
}

QLabel *ClientRecoveryPanel::addTile(
    int column, const QString &caption, QLatin1String name, QLabel **detail)
{
    auto *value = new QLabel(QStringLiteral("\u2014"), this);
    value->setObjectName(name);
    StyleRole::apply(value, StyleRole::recoveryValue);
    auto *label = new QLabel(caption, this);
    StyleRole::apply(label, StyleRole::metricCaption);
    label->setBuddy(value);
    m_tiles->addWidget(label, 0, column);
    m_tiles->addWidget(value, 1, column);
    if (detail) {
        *detail = new QLabel(this);
        StyleRole::apply(*detail, StyleRole::recoveryDetail);
        m_tiles->addWidget(*detail, 2, column);
    }
    return value;
}

void ClientRecoveryPanel::render()
{
    setVisible(m_monitor->isActive() && !m_hidden);
    if (!m_monitor->isActive())
        return;
    const QString since = DisplayTime::dateTime(m_monitor->since());
    const bool reEnabled = m_monitor->cause() == ClientRecoveryMonitor::Cause::ReEnabled;
    const std::optional<ClientRecoveryTally> &tally = m_monitor->tally();
    const bool fromLogs = !m_monitor->countsFromDevices();
    m_subtitle->setText(
        (reEnabled ? tr("since Sync was re-enabled at %1") : tr("since Sync was resumed at %1"))
            .arg(since)
        + QStringLiteral(" \u00b7 ")
        + (fromLogs ? tr("counted from the App Services logs")
                    : tr("counted from the simulator's devices")));

    const ClientRecoveryTally t = tally.value_or(ClientRecoveryTally());
    renderCounts(t, tally.has_value());
    renderDevices();
    renderNotes(t, fromLogs);
}

void ClientRecoveryPanel::renderCounts(const ClientRecoveryTally &t, bool counted)
{
    const auto show = [counted](QLabel *label, int n, bool alarm) {
        label->setText(counted ? count(n) : QStringLiteral("\u2026"));
        label->setProperty("alarm", alarm && n > 0);
        label->style()->unpolish(label);
        label->style()->polish(label);
    };
    show(m_reconnected, t.reconnected, false);
    show(m_reset, t.reset, false);
    show(m_recovered, t.recovered, false);
    show(m_discarded, t.discarded, false);
    m_discarded->setProperty("alarm", t.lostChanges > 0);
    m_discarded->style()->unpolish(m_discarded);
    m_discarded->style()->polish(m_discarded);
    show(m_stuck, t.stuck, true);
    show(m_notBack, t.notBack, false);
    m_recoveredDetail->setText(
        counted ? tr("%n change(s) recovered", nullptr, t.recoveredChanges) : QString());
    m_discardedDetail->setText(!counted ? QString()
            : t.lostChanges == ClientRecoveryTally::Unknown
            ? tr("changes lost: not in the logs")
            : tr("%n change(s) lost", nullptr, t.lostChanges));
}

// What one device did since `since`, on the simulator: the answer a trainer points at.
QString ClientRecoveryPanel::deviceLine(const SyncDevice &d, const QDateTime &since)
{
    const SyncDevice::Reset *last = nullptr;
    for (const SyncDevice::Reset &r : d.resets)
        if (r.at >= since)
            last = &r;
    QString what;
    if (!last)
        what = d.session     ? tr("reconnected, no reset needed")
            : d.syncedBefore ? tr("not back yet (offline)")
                             : tr("has not synced");
    else if (!last->resolved)
        what = tr("refused (%1), waits in error until its app resets it (%2 mode)")
                   .arg(last->protocolError)
                   .arg(ClientResetPreview::modeLabel(last->mode));
    else if (last->changes == 0)
        what = tr("reset (%1), had no unsynced changes").arg(last->protocolError);
    else if (last->outcome == QLatin1String("recovered"))
        what = tr("reset (%1), recovered %n change(s)", nullptr, last->changes)
                   .arg(last->protocolError);
    else
        what = tr("reset (%1), lost %n change(s)", nullptr, last->changes).arg(last->protocolError);
    return tr("<b>%1</b> on %2 (%3 mode): %4")
        .arg(d.sdk.toHtmlEscaped(), d.platform.toHtmlEscaped(),
            ClientResetPreview::modeLabel(d.resetMode).toHtmlEscaped(), what.toHtmlEscaped());
}

void ClientRecoveryPanel::renderDevices()
{
    QStringList rows;
    for (const SyncDevice &d : m_monitor->devices())
        rows.append(deviceLine(d, m_monitor->since()));
    m_devices->setText(rows.join(QStringLiteral("<br>")));
    m_devices->setVisible(!rows.isEmpty());
}

void ClientRecoveryPanel::renderNotes(const ClientRecoveryTally &t, bool fromLogs)
{
    QStringList notes;
    if (!m_monitor->problem().isEmpty())
        notes.append(tr("Could not read the latest state: %1").arg(m_monitor->problem()));
    if (fromLogs)
        notes.append(tr("Devices are told apart by user, platform and SDK. The logs do not say "
                        "which devices have not come back."));
    if (t.unknownOutcome > 0)
        notes.append(tr("For %n device(s) that reset, the logs do not say whether their unsynced "
                        "changes were recovered or lost.",
            nullptr, t.unknownOutcome));
    if (m_monitor->truncated())
        notes.append(
            tr("Counting stopped at %1 log entries.").arg(ClientRecoveryMonitor::MaxLogEntries));
    else if (m_monitor->stopped())
        notes.append(tr("Counting stopped an hour after Sync came back; these are the last "
                        "figures."));
    const QString note = Sentences::join(notes);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}
