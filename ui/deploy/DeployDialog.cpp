#include "DeployDialog.h"

#include "DiffModel.h"
#include "ObjectNames.h"
#include "StyleRole.h"
#include "Theme.h"
#include "WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
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
    m_view->setMinimumWidth(760);
    m_view->setSpacing(1);
    m_view->setAccessibleName(tr("Changes to deploy"));
    body()->addWidget(m_view);
    m_status->setObjectName(ObjectName::deployStatus);
    m_status->setWordWrap(true);
    body()->addWidget(m_status);
    m_status->hide(); // shown with a text: empty, it kept a line's gap between diff and buttons

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
        showStatus({});
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
        showStatus({});
        emit discardRequested();
    });
}

namespace {
// A diff of a line or two still shows as a box; a long one scrolls beyond this many lines.
constexpr int MinimumLines = 4;
constexpr int MaximumLines = 30;
// Kept free above and below the dialog over its window (DocCapture's figures keep as much).
constexpr int RoomMargin = 24;
} // namespace

void DeployDialog::showEvent(QShowEvent *event)
{
    fitToDiff(); // the window it stands over is known now
    ConsoleDialog::showEvent(event);
}

void DeployDialog::fitToDiff()
{
    m_view->ensurePolished();
    const int rows = m_model->rowCount();
    const int spacing = m_view->spacing();
    // Spacing pads a line above and below.
    const int line = (rows > 0 ? m_view->sizeHintForRow(0) : m_view->fontMetrics().height())
        + 2 * spacing;
    // The style sheet's border, and a spacing more above the first line and below the last.
    const int frame = 2 * m_view->frameWidth() + 2 * spacing;

    const bool scrollsSideways = m_view->horizontalScrollBar()->isVisibleTo(m_view);
    const int bar = scrollsSideways ? m_view->horizontalScrollBar()->sizeHint().height() : 0;
    const auto linesHigh = [&](int n) { return frame + bar + n * line; };

    if (m_view->maximumHeight() == QWIDGETSIZE_MAX)
        m_view->setFixedHeight(linesHigh(MinimumLines));
    // What the rest of the dialog needs, and the room the window it stands over leaves.
    const int width = qMax(this->width(), minimumSizeHint().width());
    // The dialog's height at that width as its layout asks for it now (the view's new height
    // in it: the layouts' caches are cleared first). Without a height-for-width in it, the
    // layout answers -1 to totalHeightForWidth(): the gap the dialog outgrew its window by.
    const auto dialogHeight = [&] {
        body()->invalidate();
        layout()->invalidate();
        return layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width)
                                             : layout()->totalSizeHint().height();
    };
    const int rest = dialogHeight() - m_view->maximumHeight();
    const QWidget *over = parentWidget() ? parentWidget()->window() : nullptr;
    // (The window, not the screen: the console fits its window on the screen, and the figures'
    // window is the references' size, larger than the offscreen platform's screen.)
    const int room = over ? over->height()
        : screen()        ? screen()->availableGeometry().height()
                          : linesHigh(MaximumLines) + rest + 2 * RoomMargin;
    const int most = qMax(linesHigh(MinimumLines),
        qMin(linesHigh(MaximumLines), room - 2 * RoomMargin - rest));
    const int high = qBound(linesHigh(MinimumLines), linesHigh(rows), most);
    if (m_view->minimumHeight() != high || m_view->maximumHeight() != high)
        m_view->setFixedHeight(high);
    if (!isVisible())
        return; // shown at the size its layout asks for (ConsoleDialog::showEvent)
    // Where it stands over its window (ConsoleDialog::placeOver: 55 % of the free height above
    // it), it grows or shrinks the same way, and stays on the screen.
    const QRect was = geometry();
    const int grown = dialogHeight() - was.height();
    if (grown == 0)
        return;
    layout()->activate(); // the dialog's minimum height follows the view's (a shrink too)
    QRect fitted(was.topLeft() - QPoint(0, grown * 55 / 100), QSize(width, was.height() + grown));
    if (const QScreen *on = screen()) {
        const QRect free = on->availableGeometry();
        fitted.moveTop(qMax(free.top(), qMin(fitted.top(), free.bottom() + 1 - fitted.height())));
    }
    setGeometry(fitted);
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
    fitToDiff();
    if (diffs.isEmpty())
        showStatus(tr("The draft holds no changes yet."));
    else if (!m_started)
        showStatus({});
    updateConfirm();
}

void DeployDialog::showLoading()
{
    showStatus(tr("Loading the changes\u2026"));
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

void DeployDialog::showStatus(const QString &text)
{
    if (text == m_status->text() && m_status->isVisibleTo(this) != text.isEmpty())
        return;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    // The dialog grows by the status's lines, or gives them back: also when a longer text
    // follows a shorter one (a refused change's three lines after "Loading the changes…").
    fitToDiff();
}

void DeployDialog::showProblem(const QString &message)
{
    showStatus(message);
}
