#include "ResumeRefusedDialog.h"

#include "ApiError.h"
#include "ObjectNames.h"
#include "StyleRole.h"
#include "Theme.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ResumeRefusedDialog::ResumeRefusedDialog(const ApiError &error, QWidget *parent)
    : ConsoleDialog(parent)
{
    setObjectName(ObjectName::resumeRefusedDialog);
    setWindowTitle(tr("Sync cannot be resumed"));
    titleLabel()->setText(windowTitle());
    StyleRole::apply(titleLabel(), StyleRole::dialogHeading);
    Theme::setFixedWidth(this, 620);
    auto *text = new WrappedLabel(
        tr("The cluster's oplog no longer reaches back to the moment Sync was paused, so Sync "
           "cannot pick up where it stopped. Terminate Sync and enable it again: the "
           "configuration is kept in this console and offered back, and every device "
           "performs a client reset."),
        this);
    StyleRole::apply(text, StyleRole::dialogText);
    text->setWordWrap(true);
    auto *server = new WrappedLabel(error.message(), this);
    server->setObjectName(ObjectName::serverMessage);
    StyleRole::apply(server, StyleRole::dialogTextSmall);
    server->setWordWrap(true);
    server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(text);
    body()->addWidget(server);
    auto *close = addButton(tr("Close"), ObjectName::cancelButton);
    auto *terminate
        = addButton(tr("&Terminate Sync\u2026"), ObjectName::startTerminateButton, "danger");
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(terminate, &QPushButton::clicked, this, &QDialog::accept);
    close->setDefault(true);
    close->setFocus();
}
