#pragma once

#include "SyncController.h"

#include <QLabel>

// ENABLED (green), PAUSED and DISABLED (amber) beside the page title.
class StatusBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadge)

public:
    explicit StatusBadge(QWidget *parent = nullptr);
    void setStatus(SyncController::Status status);
};
