#include "TerminateDialog.h"
#include "Theme.h"

#include "ClientResetPreview.h"
#include "ObjectNames.h"
#include "Sentences.h"
#include "StyleRole.h"
#include "SyncController.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TerminateDialog::TerminateDialog(const SyncController &controller, Confirmation confirmation,
    QWidget *parent, const FigureWording &wording)
    : ConsoleDialog(parent)
{
    setObjectName(ObjectName::terminateDialog);
    const QString label = controller.clusterLabel();
    setWindowTitle(tr("Terminate Sync for %1").arg(label));
    // The type-to-confirm dialog is the admin UI's newer one: a bold heading, no rules.
    const bool typed = confirmation == Confirmation::TypePhrase;
    if (typed) {
        titleLabel()->setText(windowTitle().toHtmlEscaped());
        StyleRole::apply(titleLabel(), StyleRole::dialogHeading);
        setTitleIcon(QStringLiteral(":/icons/danger.svg"));
        setCornerRadius(16);
        setCornerClose();
    } else {
        titleLabel()->setText(tr("Terminate Sync for <b>%1</b>").arg(label.toHtmlEscaped()));
        addRule();
    }
    // The admin UI's own type-to-confirm modal (a figure's era): narrower, the heading on two
    // lines if it needs them, the text under it right of the icon.
    const bool figureModal = typed && wording.realm;
    if (figureModal) {
        titleLabel()->setWordWrap(true);
        indentUnderTitle();
    }
    Theme::setMinimumWidth(this, figureModal ? 600 : 760);

    auto *warning = new WrappedLabel(
        tr("Terminating Sync will remove metadata associated with Sync and prevent all "
           "applications from syncing. You may re-enable Sync to re-create this metadata."),
        this);
    warning->setObjectName(ObjectName::terminateWarning);
    StyleRole::apply(warning, typed ? StyleRole::dialogText : StyleRole::dialogTextSmall);
    warning->setWordWrap(true);
    body()->addWidget(warning);

    if (!wording.realm)
        addUnsyncedChangesWarning(controller);

    if (confirmation == Confirmation::Checkbox) {
        m_check = new QCheckBox(tr("&I want to terminate Sync for %1").arg(label), this);
        m_check->setObjectName(ObjectName::confirmTerminateCheck);
        connect(m_check, &QCheckBox::toggled, this, &TerminateDialog::updateButton);
        body()->addWidget(m_check);
    } else {
        auto *prompt
            = new QLabel(tr("Type \"%1\" to confirm your action").arg(confirmationPhrase()), this);
        prompt->setObjectName(QStringLiteral("confirmTerminatePrompt")); // smaller, semibold
        m_phrase = new QLineEdit(this);
        m_phrase->setObjectName(ObjectName::confirmTerminatePhrase);
        m_phrase->setAccessibleName(prompt->text());
        prompt->setBuddy(m_phrase);
        connect(m_phrase, &QLineEdit::textChanged, this, &TerminateDialog::updateButton);
        // Half the dialog's width, as in the admin UI: a field for two words.
        Theme::setMinimumWidth(m_phrase, 380);
        body()->addSpacing(4);
        body()->addWidget(prompt);
        body()->addWidget(m_phrase, 0, Qt::AlignLeft);
        body()->addSpacing(8);
    }
    if (!typed)
        addRule();

    auto *cancel = addButton(tr("Cancel"), ObjectName::cancelButton);
    m_terminate = addButton(tr("&Terminate Sync"), ObjectName::terminateButton, "danger");
    if (typed) // the 2023 modal's lighter red (the 2021 ones keep theirs)
        m_terminate->setProperty("era", QStringLiteral("2023"));
    m_terminate->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_terminate, &QPushButton::clicked, this, &QDialog::accept);
    updateButton();
    // The heading stays on one line: the dialog is as wide as it needs (its font is the style
    // sheet's, known once polished).
    ensurePolished();
    if (!figureModal)
        setMinimumWidth(qMax(minimumWidth(), layout()->minimumSize().width()));
    if (m_check)
        m_check->setFocus();
    else
        m_phrase->setFocus();
}

void TerminateDialog::addUnsyncedChangesWarning(const SyncController &controller)
{
    auto *callout = new QFrame(this);
    callout->setObjectName(ObjectName::unsyncedChangesWarning);
    StyleRole::apply(callout, StyleRole::callout);
    auto *calloutLayout = new QHBoxLayout(callout);
    calloutLayout->setContentsMargins(14, 10, 14, 10);
    calloutLayout->setSpacing(12);
    auto *icon = new QLabel(callout);
    Theme::setIcon(icon, QStringLiteral(":/icons/warning.svg"));
    calloutLayout->addWidget(icon, 0, Qt::AlignTop);
    auto *unsynced = new WrappedLabel(callout);
    // On the simulator the devices are known: say what will happen to them, as they are now.
    const auto render = [&controller, unsynced] {
        const bool recoveryOn = !controller.config().sync.recoveryDisabled();
        const QString preview = controller.devices().isEmpty()
            ? QString()
            : ClientResetPreview::from(controller.devices(), recoveryOn).text();
        unsynced->setText(Sentences::join({preview,
            tr("Every device that synced before must perform a client reset. Changes not yet "
               "synced are lost unless the app's client reset handler recovers them: use "
               "RecoverOrDiscardUnsyncedChanges (Kotlin/Android), "
               ".recoverOrDiscardUnsyncedChanges "
               "(Swift/iOS), ClientResetMode.RecoverOrDiscard (Node.js, React Native), "
               "RecoverOrDiscardUnsyncedChangesHandler (.NET) or "
               "RecoverOrDiscardUnsyncedChangesHandler "
               "(Flutter).")}));
    };
    render();
    connect(&controller, &SyncController::devicesChanged, unsynced, render);
    unsynced->setObjectName(ObjectName::unsyncedChangesText);
    unsynced->setWordWrap(true);
    StyleRole::apply(unsynced, StyleRole::dialogTextSmall);
    calloutLayout->addWidget(unsynced, 1);
    body()->addWidget(callout);
}

QString TerminateDialog::confirmationPhrase()
{
    return tr("Terminate Sync", "the phrase typed to confirm");
}

void TerminateDialog::updateButton()
{
    const bool confirmed
        = m_check ? m_check->isChecked() : m_phrase->text() == confirmationPhrase();
    m_terminate->setEnabled(confirmed);
}
