#include "ResumeDialog.h"

#include "ObjectNames.h"
#include "StyleRole.h"
#include "Theme.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ResumeDialog::ResumeDialog(const QString &clusterLabel, QWidget *parent)
    : ConsoleDialog(parent)
{
    setObjectName(ObjectName::resumeDialog);
    setWindowTitle(tr("Resume Sync"));
    titleLabel()->setText(windowTitle());
    StyleRole::apply(titleLabel(), StyleRole::dialogHeading);
    Theme::setFixedWidth(this, 600);
    auto *text = new WrappedLabel(
        tr("Resume sync for <b>%1</b>? Devices reconnect and sync the changes made while "
           "Sync was paused.")
            .arg(clusterLabel.toHtmlEscaped()),
        this);
    StyleRole::apply(text, StyleRole::dialogText);
    text->setWordWrap(true);
    body()->addWidget(text);
    auto *cancel = addButton(tr("Cancel"), ObjectName::cancelButton);
    m_resume = addButton(tr("&Resume Sync"), ObjectName::resumeButton, "primary");
    m_resume->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_resume, &QPushButton::clicked, this, &QDialog::accept);
    m_resume->setFocus();
}
