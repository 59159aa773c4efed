#include "DeployDialog.h"

#include "DiffModel.h"
#include "ObjectNames.h"
#include "StyleRole.h"
#include "Theme.h"
#include "WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
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
    const bool deploying = purpose != Purpose::Discard;
    const bool draft = purpose == Purpose::Draft;
    setObjectName(deploying ? ObjectName::deployDialog : ObjectName::discardDialog);
    setWindowTitle(draft    ? tr("Deployment Draft")
            : deploying ? tr("Review & Deploy Changes")
                        : tr("Review & Discard Changes"));
    titleLabel()->setText(windowTitle());
    StyleRole::apply(titleLabel(), StyleRole::dialogHeading);
    if (draft)
        addDraftControls();

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

    if (!draft) {
        auto *cancel = addButton(tr("Cancel"), ObjectName::cancelButton);
        connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    }
    m_confirm = deploying
        ? addButton(tr("&Deploy", "button: deploy the draft"), ObjectName::deployButton, "primary")
        : addButton(
            tr("&Discard", "button: discard the draft"), ObjectName::discardButton, "danger");
    if (draft)
        Theme::setIcon(m_confirm, QStringLiteral(":/icons/check-white.svg"), 12);
    m_confirm->setDefault(true);
    m_confirm->setEnabled(false);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        m_started = true;
        m_status->clear();
        emit confirmRequested();
    });
}

// The name line under the title with Export State beside it, a rule, and a red Discard Draft
// at the left of the button row.
void DeployDialog::addDraftControls()
{
    auto *row = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(ObjectName::deploymentNameEdit);
    m_name->setPlaceholderText(tr("Set a deployment name"));
    m_name->setAccessibleName(tr("Deployment name"));
    m_name->setFrame(false); // the style sheet draws no box either: a line of text to click
    // As wide as what it shows, with the pencil right after the text, as the reference has it.
    const auto fit = [this] {
        m_name->ensurePolished(); // the style sheet's palette first, then its placeholder dark
        QPalette dark = m_name->palette();
        dark.setColor(QPalette::PlaceholderText, QColor(0x3D, 0x4F, 0x58));
        m_name->setPalette(dark);
        const QString shown = m_name->text().isEmpty() ? m_name->placeholderText() : m_name->text();
        const QFontMetrics metrics = m_name->fontMetrics();
        m_name->setMinimumWidth(qMin(metrics.horizontalAdvance(shown) + metrics.averageCharWidth(),
            metrics.averageCharWidth() * 60));
    };
    fit();
    connect(m_name, &QLineEdit::textChanged, this, fit);
    row->addWidget(m_name);
    auto *pencil = new QLabel(this);
    Theme::setIcon(pencil, QStringLiteral(":/icons/pencil.svg"), 14);
    row->addWidget(pencil);
    row->addStretch(1);
    body()->addLayout(row);
    // In the title row, at the top right under the ×, with its icon, as the reference has it.
    auto *exportState = new QPushButton(tr("&Export State"), this);
    exportState->setObjectName(ObjectName::exportStateButton);
    exportState->setAutoDefault(false);
    Theme::setIcon(exportState, QStringLiteral(":/icons/export.svg"), 12);
    addToTitleRow(exportState);
    addRule();
    connect(exportState, &QPushButton::clicked, this, &DeployDialog::exportRequested);

    m_discard = new QPushButton(tr("Disca&rd Draft"), this);
    m_discard->setObjectName(ObjectName::discardDraftButton);
    m_discard->setProperty("variant", QStringLiteral("danger"));
    m_discard->setAutoDefault(false);
    Theme::setIcon(m_discard, QStringLiteral(":/icons/trash.svg"), 12);
    buttons()->insertWidget(0, m_discard);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        m_discardStarted = true;
        m_status->clear();
        emit discardRequested();
    });
}

QString DeployDialog::deploymentName() const
{
    return m_name ? m_name->text().trimmed() : QString();
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
    if (m_purpose != Purpose::Discard)
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
    const bool somethingToDo = m_purpose == Purpose::Discard || !m_shown.isEmpty();
    m_confirm->setEnabled(!m_running && m_canConfirm && m_diffsShown && somethingToDo);
    if (m_discard)
        m_discard->setEnabled(!m_running && m_canConfirm);
}

void DeployDialog::showProblem(const QString &message)
{
    m_status->setText(message);
}
