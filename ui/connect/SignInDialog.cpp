#include "SignInDialog.h"

#include "ObjectNames.h"
#include "StyleRole.h"
#include "Theme.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(const QString &publicKey, const QString &prefilledKey, QWidget *parent)
    : ConsoleDialog(parent)
    , m_key(new QLineEdit(this))
    , m_problem(new WrappedLabel(this))
{
    setObjectName(ObjectName::signInDialog);
    setWindowTitle(tr("Sign in again"));
    titleLabel()->setText(windowTitle());
    StyleRole::apply(titleLabel(), StyleRole::dialogHeading);
    Theme::setFixedWidth(this, 560);
    auto *text = new WrappedLabel(
        tr("Your session has expired and could not be renewed. Enter the private API key for "
           "<b>%1</b> to continue; the page and any draft stay as they are.")
            .arg(publicKey.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    StyleRole::apply(text, StyleRole::dialogText);
    body()->addWidget(text);
    m_key->setObjectName(ObjectName::privateKeyInput);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("Private API key"));
    m_key->setText(prefilledKey);
    body()->addWidget(m_key);
    m_problem->setObjectName(ObjectName::signInProblem);
    m_problem->setWordWrap(true);
    StyleRole::apply(m_problem, StyleRole::dialogTextSmall);
    m_problem->hide();
    body()->addWidget(m_problem);
    auto *cancel = addButton(tr("Cancel"), ObjectName::cancelButton);
    m_signIn = addButton(tr("&Sign In"), ObjectName::signInButton, "primary");
    m_signIn->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (m_key->text().isEmpty())
            return showProblem(tr("Enter the private API key."));
        m_signIn->setEnabled(false);
        emit signInRequested(m_key->text());
    });
    m_key->setFocus();
}

void SignInDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->show();
    m_signIn->setEnabled(true);
}
