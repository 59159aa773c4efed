#include "StatusBadge.h"

#include "StyleRole.h"

#include <QStyle>

StatusBadge::StatusBadge(QWidget *parent)
    : PillLabel(parent)
{
    StyleRole::apply(this, StyleRole::badge);
    setStatus(SyncController::Status::Unknown);
}

void StatusBadge::setStatus(SyncController::Status status)
{
    QString text;
    QString key;
    switch (status) {
    case SyncController::Status::Enabled:
        text = tr("ENABLED", "sync status badge");
        key = QStringLiteral("enabled");
        break;
    case SyncController::Status::Paused:
        text = tr("PAUSED", "sync status badge");
        key = QStringLiteral("paused");
        break;
    case SyncController::Status::Disabled:
        text = tr("DISABLED", "sync status badge");
        key = QStringLiteral("disabled");
        break;
    case SyncController::Status::Gone:
        text = tr("APP GONE", "sync status badge: the app was deleted or is out of reach");
        key = QStringLiteral("gone");
        break;
    case SyncController::Status::Unknown:
        text = tr("LOADING", "sync status badge");
        key = QStringLiteral("unknown");
        break;
    }
    setText(text);
    setAccessibleName(tr("Sync status: %1").arg(text));
    setProperty("status", key);
    style()->unpolish(this);
    style()->polish(this);
}
