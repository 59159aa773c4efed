#pragma once

#include "ConsoleDialog.h"

class QLabel;
class QLineEdit;
class QPushButton;

// Asks for the private API key again when the session could not be renewed. The open page and
// draft stay as they are; accepting asks the session keeper to sign in.
class SignInDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(const QString &publicKey, const QString &prefilledKey, QWidget *parent = nullptr);

    void showProblem(const QString &problem);

signals:
    void signInRequested(const QString &privateKey);

private:
    QLineEdit *m_key;
    QLabel *m_problem;
    QPushButton *m_signIn;
};
