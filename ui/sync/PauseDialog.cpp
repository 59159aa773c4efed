#include "PauseDialog.h"

#include "ObjectNames.h"
#include "StyleRole.h"
#include "Theme.h"
#include "WrappedLabel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PauseDialog::PauseDialog(const QString &clusterLabel, QWidget *parent)
    : ConsoleDialog(parent)
{
    setObjectName(ObjectName::pauseDialog);
    setWindowTitle(tr("Pause Sync"));
    titleLabel()->setText(windowTitle());
    StyleRole::apply(titleLabel(), StyleRole::dialogHeading);
    Theme::setFixedWidth(this, 600);

    auto *question = new WrappedLabel(
        tr("Are you sure you want to pause sync for <b>%1</b>?").arg(clusterLabel.toHtmlEscaped()),
        this);
    StyleRole::apply(question, StyleRole::dialogText);
    question->setWordWrap(true);
    auto *effect = new WrappedLabel(
        tr("Pausing sync will stop syncing changes between Atlas and your application, and "
           "any pending changes from your application will be lost."),
        this);
    StyleRole::apply(effect, StyleRole::dialogText);
    effect->setWordWrap(true);
    body()->addWidget(question);
    body()->addWidget(effect);

    auto *callout = new QFrame(this);
    callout->setObjectName(ObjectName::oplogWarning);
    StyleRole::apply(callout, StyleRole::callout);
    auto *row = new QHBoxLayout(callout);
    row->setContentsMargins(14, 12, 14, 12);
    row->setSpacing(12);
    auto *icon = new QLabel(callout);
    Theme::setIcon(icon, QStringLiteral(":/icons/warning.svg"));
    auto *text
        = new WrappedLabel(tr("You may need to re-enable sync if your oplog rolls past the time "
                              "that you paused Sync."),
            callout);
    text->setWordWrap(true);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    body()->addWidget(callout);
    body()->addSpacing(8);

    auto *cancel = addButton(tr("Cancel"), ObjectName::cancelButton);
    m_pause = addButton(tr("&Pause Sync"), ObjectName::pauseButton);
    m_pause->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_pause, &QPushButton::clicked, this, &QDialog::accept);
    m_pause->setFocus();
}
