#pragma once

#include "TerminateDialog.h"

#include <QMainWindow>
#include <QPointer>

class DraftBar;
class NavigationPanel;
class ResultBanner;
class SyncController;
class SyncPage;
struct ApiError;

// Assembles the console: the App Services navigation, the strip for the draft bar and the
// result banners, and the Sync page. It opens the dialogs (never blocking: open() and signals)
// and forwards what they decide to the controller.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(SyncController *controller, QWidget *parent = nullptr);

    void setTerminateConfirmation(TerminateDialog::Confirmation confirmation)
    {
        m_confirmation = confirmation;
    }
    SyncPage *syncPage() const { return m_page; }
    DraftBar *draftBar() const { return m_draftBar; }
    ResultBanner *banner() const { return m_banner; }
    QDialog *openDialog() const { return m_dialog; }

public slots:
    void openPauseDialog();
    void openResumeDialog();
    void openTerminateDialog();
    void openDeployDialog();
    void openDiscardDialog();

signals:
    void dialogOpened(QDialog *dialog);

protected:
    bool event(QEvent *event) override;

private:
    void render();
    void present(QDialog *dialog);
    void showError(const ApiError &error);

    SyncController *m_controller;
    NavigationPanel *m_navigation;
    DraftBar *m_draftBar;
    ResultBanner *m_banner;
    SyncPage *m_page;
    QPointer<QDialog> m_dialog;
    TerminateDialog::Confirmation m_confirmation = TerminateDialog::Confirmation::Checkbox;
};
