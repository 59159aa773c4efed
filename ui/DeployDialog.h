#pragma once

#include "ConsoleDialog.h"

class DiffModel;
class QLabel;
class QListView;
class QPushButton;
class SyncController;

// "Review & Deploy Changes": the draft's diff per config file, Cancel and a green Deploy that
// stays busy while the deployment runs. The discard variant ends in Discard.
class DeployDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployDialog)

public:
    enum class Purpose { Deploy, Discard };

    DeployDialog(SyncController *controller, Purpose purpose, QWidget *parent = nullptr);

    QPushButton *confirmButton() const { return m_confirm; }
    DiffModel *model() const { return m_model; }

private:
    void render();

    SyncController *m_controller;
    Purpose m_purpose;
    DiffModel *m_model;
    QListView *m_view;
    QLabel *m_status;
    QPushButton *m_confirm;
    bool m_started = false;
};
