#include "RedeployDialog.h"

#include "ObjectNames.h"
#include "StyleRole.h"
#include "Theme.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RedeployDialog::RedeployDialog(const QString &deploymentName, QWidget *parent)
    : ConsoleDialog(parent)
{
    setObjectName(ObjectName::redeployDialog);
    setWindowTitle(tr("Redeploy", "button: deploy an earlier deployment again"));
    titleLabel()->setText(windowTitle());
    StyleRole::apply(titleLabel(), StyleRole::dialogHeading);
    Theme::setFixedWidth(this, 560);
    auto *text = new WrappedLabel(
        tr("Deploy the configuration of <b>%1</b> again? It replaces what is deployed now, "
           "sync settings included.")
            .arg(deploymentName.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    StyleRole::apply(text, StyleRole::dialogText);
    body()->addWidget(text);
    auto *cancel = addButton(tr("Cancel"), ObjectName::cancelButton);
    auto *redeploy = addButton(tr("&Redeploy", "button: deploy an earlier deployment again"),
        ObjectName::confirmRedeployButton, "primary");
    redeploy->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(redeploy, &QPushButton::clicked, this, &QDialog::accept);
    redeploy->setFocus();
}
