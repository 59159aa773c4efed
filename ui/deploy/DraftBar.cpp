#include "DraftBar.h"

#include "ObjectNames.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

DraftBar::DraftBar(QWidget *parent)
    : QFrame(parent)
    , m_deploy(new QPushButton(tr("REVIEW && &DEPLOY"), this))
{
    setObjectName(ObjectName::draftBar);
    setAccessibleName(tr("Draft pending"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(12);
    auto *text = new QLabel(tr("Changes have been made to your app since the last deploy."), this);
    text->setObjectName(ObjectName::draftBarText);
    auto *discard = new QPushButton(tr("REVIEW && D&ISCARD"), this);
    discard->setObjectName(ObjectName::reviewDiscardButton);
    discard->setCursor(Qt::PointingHandCursor);
    m_deploy->setObjectName(ObjectName::reviewDeployButton);
    m_deploy->setCursor(Qt::PointingHandCursor);
    layout->addWidget(text);
    layout->addWidget(discard);
    layout->addWidget(m_deploy);
    layout->addStretch(1);
    connect(discard, &QPushButton::clicked, this, &DraftBar::reviewDiscardRequested);
    connect(m_deploy, &QPushButton::clicked, this, &DraftBar::reviewDeployRequested);
}
