#pragma once

#include "PillLabel.h"
#include "SyncController.h"

// ENABLED (green), PAUSED and DISABLED (amber) beside the page title.
class StatusBadge final : public PillLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadge)

public:
    explicit StatusBadge(QWidget *parent = nullptr);
    void setStatus(SyncController::Status status);
};
