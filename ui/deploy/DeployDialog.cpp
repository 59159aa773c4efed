#include "DeployDialog.h"

#include "DiffModel.h"
#include "ObjectNames.h"
#include "StyleRole.h"
#include "WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

DeployDialog::DeployDialog(Purpose purpose, QWidget *parent)
    : ConsoleDialog(parent)
    , m_purpose(purpose)
    , m_model(new DiffModel(this))
    , m_view(new QListView(this))
    , m_status(new WrappedLabel(this))
{
    const bool deploying = purpose == Purpose::Deploy;
    setObjectName(deploying ? ObjectName::deployDialog : ObjectName::discardDialog);
    setWindowTitle(deploying ? tr("Review & Deploy Changes") : tr("Review & Discard Changes"));
    titleLabel()->setText(windowTitle());
    StyleRole::apply(titleLabel(), StyleRole::dialogHeading);

    auto *section = new QLabel(tr("Application", "diff section heading"), this);
    StyleRole::apply(section, StyleRole::sectionHeading);
    body()->addWidget(section);
    m_view->setObjectName(ObjectName::diffView);
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setMinimumSize(760, 420);
    m_view->setSpacing(1);
    m_view->setAccessibleName(tr("Changes to deploy"));
    body()->addWidget(m_view);
    m_status->setObjectName(ObjectName::deployStatus);
    m_status->setWordWrap(true);
    body()->addWidget(m_status);

    auto *cancel = addButton(tr("Cancel"), ObjectName::cancelButton);
    m_confirm = deploying
        ? addButton(tr("&Deploy", "button: deploy the draft"), ObjectName::deployButton, "primary")
        : addButton(
            tr("&Discard", "button: discard the draft"), ObjectName::discardButton, "danger");
    m_confirm->setDefault(true);
    m_confirm->setEnabled(false);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_started = true;
        m_status->clear();
        emit confirmRequested();
    });
}

void DeployDialog::showDiffs(const QStringList &diffs)
{
    if (m_diffsShown && diffs == m_shown)
        return;
    m_diffsShown = true;
    m_shown = diffs;
    m_model->setDiffs(diffs);
    if (diffs.isEmpty())
        m_status->setText(tr("The draft holds no changes yet."));
    else if (!m_started)
        m_status->clear();
    updateConfirm();
}

void DeployDialog::showLoading()
{
    m_status->setText(tr("Loading the changes\u2026"));
}

void DeployDialog::setProgress(bool running, bool canConfirm)
{
    if (m_purpose == Purpose::Deploy)
        m_confirm->setText(
            running ? tr("Deploying\u2026") : tr("&Deploy", "button: deploy the draft"));
    else
        m_confirm->setText(
            running ? tr("Discarding\u2026") : tr("&Discard", "button: discard the draft"));
    m_running = running;
    m_canConfirm = canConfirm;
    updateConfirm();
}

// A draft with no changes has nothing to deploy (it can still be discarded).
void DeployDialog::updateConfirm()
{
    const bool somethingToDo = m_purpose != Purpose::Deploy || !m_shown.isEmpty();
    m_confirm->setEnabled(!m_running && m_canConfirm && m_diffsShown && somethingToDo);
}

void DeployDialog::showProblem(const QString &message)
{
    m_status->setText(message);
}
