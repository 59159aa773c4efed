#pragma once

#include "FigureWording.h"

#include <QFrame>

class QLabel;
class QPushButton;

// The blue bar shown whenever the app has a draft: "Changes have been made to your app since
// the last deploy." with REVIEW & DISCARD and REVIEW & DEPLOY.
class DraftBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftBar)

public:
    explicit DraftBar(QWidget *parent = nullptr);
    QPushButton *deployButton() const { return m_deploy; }
    // The wording of a reference figure's era (--capture-docs only).
    void setFigureWording(const FigureWording &wording);

signals:
    void reviewDiscardRequested();
    void reviewDeployRequested();

private:
    QLabel *m_text;
    QPushButton *m_discard;
    QPushButton *m_deploy;
};
