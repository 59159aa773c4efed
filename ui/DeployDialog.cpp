#include "DeployDialog.h"

#include "DiffModel.h"
#include "SyncController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

DeployDialog::DeployDialog(SyncController *controller, Purpose purpose, QWidget *parent)
    : ConsoleDialog(parent)
    , m_controller(controller)
    , m_purpose(purpose)
    , m_model(new DiffModel(this))
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
{
    const bool deploying = purpose == Purpose::Deploy;
    setObjectName(deploying ? QStringLiteral("deployDialog") : QStringLiteral("discardDialog"));
    setWindowTitle(deploying ? tr("Review & Deploy Changes") : tr("Review & Discard Changes"));
    titleLabel()->setText(windowTitle());
    titleLabel()->setProperty("role", QStringLiteral("dialogHeading"));

    auto *section = new QLabel(tr("Application"), this);
    section->setProperty("role", QStringLiteral("sectionHeading"));
    body()->addWidget(section);
    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setMinimumSize(760, 420);
    m_view->setSpacing(1);
    m_view->setAccessibleName(tr("Changes to deploy"));
    body()->addWidget(m_view);
    m_status->setObjectName(QStringLiteral("deployStatus"));
    m_status->setWordWrap(true);
    body()->addWidget(m_status);

    auto *cancel = addButton(tr("Cancel"), QStringLiteral("cancelButton"));
    m_confirm = deploying ? addButton(tr("Deploy"), QStringLiteral("deployButton"), "primary")
                          : addButton(tr("Discard"), QStringLiteral("discardButton"), "danger");
    m_confirm->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_started = true;
        if (m_purpose == Purpose::Deploy)
            m_controller->deploy();
        else
            m_controller->discard();
        render();
    });
    connect(m_controller, &SyncController::changed, this, &DeployDialog::render);
    connect(m_controller, &SyncController::deploymentSucceeded, this, &QDialog::accept);
    connect(m_controller, &SyncController::deploymentFailed, this, &QDialog::accept);
    connect(m_controller, &SyncController::failed, this, [this](const ApiError &error) {
        if (m_started)
            m_status->setText(error.message());
    });

    if (!m_controller->isDiffLoaded())
        m_controller->loadDiff();
    render();
}

void DeployDialog::render()
{
    if (m_controller->isDiffLoaded() && m_model->rowCount() == 0)
        m_model->setDiffs(m_controller->diff().diffs);
    const SyncController::Activity activity = m_controller->activity();
    const bool running = activity == SyncController::Activity::Deploying
        || activity == SyncController::Activity::Discarding;
    if (m_purpose == Purpose::Deploy)
        m_confirm->setText(running ? tr("Deploying\u2026") : tr("Deploy"));
    else
        m_confirm->setText(running ? tr("Discarding\u2026") : tr("Discard"));
    m_confirm->setEnabled(!running && m_controller->hasDraft() && m_controller->isDiffLoaded());
    if (activity == SyncController::Activity::LoadingDiff)
        m_status->setText(tr("Loading the changes\u2026"));
    else if (m_controller->isDiffLoaded() && m_controller->diff().diffs.isEmpty())
        m_status->setText(tr("The draft holds no changes yet."));
    else if (!m_started)
        m_status->clear();
    // A discard ends when the draft is gone; a deployment when its result is known.
    if (m_started && m_purpose == Purpose::Discard && !running && !m_controller->hasDraft())
        accept();
}
