#pragma once

#include "FigureWording.h"

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

// The result of a deployment across the top of the page: green
// "<MM/DD/YYYY HH:MM:SS> Deployment was successful!", or red with the server's words and
// code. × hides it. Mid-2021's figures (--capture-docs) show it as their reference does.
class ResultBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultBanner)

public:
    explicit ResultBanner(QWidget *parent = nullptr);

    void showSuccess(const QDateTime &when);
    // Mid-2021's banner (FigureWording::pausedAsDisabled): "Deployment was successful!" bold
    // after the plain time, and no × (the pause figures' reference); otherwise as always.
    void setFigureWording(const FigureWording &wording);
    void showError(const QString &message);
    QString text() const;

private:
    void setKind(const char *kind);
    void renderSuccess();

    QLabel *m_text;
    QPushButton *m_close;
    QDateTime m_success; // the deployment shown; invalid: an error, or nothing
    bool m_mid2021 = false;
};
