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
    m_text = new QLabel(tr("Changes have been made to your app since the last deploy."), this);
    auto *text = m_text;
    text->setObjectName(ObjectName::draftBarText);
    auto *discard = m_discard = new QPushButton(tr("REVIEW && D&ISCARD"), this);
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

void DraftBar::setFigureWording(const FigureWording &wording)
{
    m_text->setText(wording.realm
            ? tr("Changes have been made to your Realm app since the last deploy.",
                  "the admin UI's wording of 2021, for the reference figures")
            : tr("Changes have been made to your app since the last deploy."));
    m_discard->setVisible(!wording.pausedAsDisabled);
    m_deploy->setText(wording.pausedAsDisabled ? tr("REVIEW DRAFT && &DEPLOY")
                                               : tr("REVIEW && &DEPLOY"));
}
