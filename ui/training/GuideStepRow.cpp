#include "GuideStepRow.h"
#include "Theme.h"

#include "ObjectNames.h"
#include "StyleRole.h"
#include "WrappedLabel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

GuideStepRow::GuideStepRow(const QString &number, const QString &text, QWidget *parent)
    : QFrame(parent)
    , m_mark(new QLabel(number, this))
    , m_text(new WrappedLabel(text, this))
    , m_plainText(text)
    , m_number(number)
{
    setObjectName(ObjectName::guideStepRow);
    StyleRole::apply(this, StyleRole::guideStep);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 5, 8, 5);
    row->setSpacing(10);
    StyleRole::apply(m_mark, StyleRole::guideStepNumber);
    m_mark->setAlignment(Qt::AlignCenter);
    row->addWidget(m_mark, 0, Qt::AlignTop);
    StyleRole::apply(m_text, StyleRole::guideStepText);
    m_text->setWordWrap(true);
    row->addWidget(m_text, 1);
    setState(State::Pending);
}

QString GuideStepRow::text() const
{
    return m_plainText;
}

void GuideStepRow::setState(State state)
{
    m_state = state;
    static const char *const names[] = {"pending", "current", "done", "skipped", "done"};
    const QString name = QString::fromLatin1(names[int(state)]);
    m_text->setText(state == State::TimeMoved
            ? tr("%1 (time moved)", "a wait ended by moving the simulator's clock").arg(m_plainText)
            : m_plainText);
    if (state == State::Done || state == State::TimeMoved)
        Theme::setIcon(m_mark, QStringLiteral(":/icons/check-white.svg"), 12);
    else
        m_mark->setText(m_number);
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_mark),
             static_cast<QWidget *>(m_text)}) {
        w->setProperty("state", name);
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    setAccessibleName(state == State::Current ? tr("Current step: %1").arg(m_plainText)
            : state == State::Done || state == State::TimeMoved ? tr("Done: %1").arg(m_text->text())
                                                                : m_plainText);
}
