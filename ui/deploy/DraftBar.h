#pragma once

#include <QFrame>

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

signals:
    void reviewDiscardRequested();
    void reviewDeployRequested();

private:
    QPushButton *m_deploy;
};
