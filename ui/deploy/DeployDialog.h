#pragma once

#include "ConsoleDialog.h"

class DiffModel;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

// "Review & Deploy Changes": the draft's diff per config file, Cancel and a green Deploy that
// stays busy while the deployment runs. The discard variant ends in Discard. The "Deployment
// Draft" variant (the newer admin UI's) names the deployment, exports the app's state, and ends
// in a red Discard Draft and a green Deploy. A thin shell: the main window feeds it the
// controller's state and turns confirmRequested(), discardRequested() and exportRequested()
// into the intents.
class DeployDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployDialog)

public:
    enum class Purpose { Deploy, Discard, Draft };

    explicit DeployDialog(Purpose purpose, QWidget *parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    bool isStarted() const { return m_started; }
    QPushButton *confirmButton() const { return m_confirm; }
    DiffModel *model() const { return m_model; }
    // Deployment Draft: the name typed for the deployment (empty: the service names it).
    QString deploymentName() const;
    // Deployment Draft: Discard Draft was used (the dialog closes once the draft is gone).
    bool isDiscardStarted() const { return m_discardStarted; }

    // The draft's diffs once they are loaded, and again when they changed elsewhere.
    void showDiffs(const QStringList &diffs);
    void showLoading();
    // `running`: the deploy or discard is under way; `canConfirm`: a loaded draft to act on.
    void setProgress(bool running, bool canConfirm);
    // The action failed: the dialog stays open and says why.
    void showProblem(const QString &message);

signals:
    void confirmRequested();
    // Deployment Draft only.
    void discardRequested();
    void exportRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateConfirm();
    // The line under the diff (loading, nothing to deploy, a problem); hidden while empty.
    void showStatus(const QString &text);
    // The diff view as tall as its lines (a few at least, scrolling beyond a maximum, and never
    // so tall that the dialog outgrows the window it stands over); a shown dialog follows it,
    // about the same centre.
    void fitToDiff();
    void addDraftControls();

    Purpose m_purpose;
    DiffModel *m_model;
    QListView *m_view;
    QLabel *m_status;
    QPushButton *m_confirm;
    QLineEdit *m_name = nullptr;
    QPushButton *m_discard = nullptr;
    bool m_discardStarted = false;
    bool m_started = false;
    bool m_diffsShown = false;
    bool m_running = false;
    bool m_canConfirm = false;
    QStringList m_shown;
};
