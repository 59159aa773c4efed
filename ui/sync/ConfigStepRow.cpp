#include "ConfigStepRow.h"
#include "Theme.h"

#include "StyleRole.h"
#include "WrappedLabel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

ConfigStepRow::ConfigStepRow(int number, const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_number(number)
    , m_mark(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_description(new WrappedLabel(this))
    , m_summary(new QLabel(this))
    , m_chevron(new QLabel(this))
    , m_controlRow(new QHBoxLayout)
    , m_details(new QVBoxLayout)
{
    StyleRole::apply(m_title, StyleRole::stepTitle);
    StyleRole::apply(m_description, StyleRole::stepDescription);
    m_description->setWordWrap(true);
    StyleRole::apply(m_summary, StyleRole::stepSummary);
    m_mark->setFixedSize(24, 24);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_mark);
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_summary);
    top->addSpacing(24);
    top->addWidget(m_chevron);
    layout->addLayout(top);
    m_controlRow->setSpacing(40);
    m_controlRow->addWidget(m_description, 1);
    layout->addLayout(m_controlRow);
    layout->addLayout(m_details);
    m_description->hide();
    setCurrent(false);
    setExpanded(false);
}

void ConfigStepRow::repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

void ConfigStepRow::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ConfigStepRow::setDone(bool done)
{
    m_done = done;
    if (done) {
        m_mark->setText(QString());
        StyleRole::clear(m_mark);
        Theme::setIcon(m_mark, QStringLiteral(":/icons/check.svg"), 24);
        m_mark->setAccessibleName(tr("Step %1 done").arg(m_number));
        m_title->setProperty("pending", false);
    } else {
        m_mark->setPixmap(QPixmap());
        m_mark->setText(QString::number(m_number));
        StyleRole::apply(m_mark, StyleRole::stepNumber);
        m_mark->setAccessibleName(tr("Step %1").arg(m_number));
    }
    repolish(m_mark);
    repolish(m_title);
}

void ConfigStepRow::setCurrent(bool current)
{
    m_mark->setProperty("current", current);
    m_title->setProperty("pending", !m_done && !current);
    setDone(m_done);
}

void ConfigStepRow::setDescription(const QString &text)
{
    m_description->setText(text);
    m_description->setVisible(m_expanded && !text.isEmpty());
}

void ConfigStepRow::setSummary(const QString &text)
{
    m_summary->setText(text);
}

QString ConfigStepRow::summary() const
{
    return m_summary->text();
}

void ConfigStepRow::setControl(QWidget *control)
{
    m_control = control;
    control->setParent(this);
    m_controlRow->addWidget(control, 1);
    control->setVisible(m_expanded);
}

void ConfigStepRow::setExpanded(bool expanded)
{
    m_expanded = expanded;
    Theme::setIcon(m_chevron,
        expanded ? QStringLiteral(":/icons/chevron-down.svg")
                 : QStringLiteral(":/icons/chevron-right.svg"));
    m_description->setVisible(expanded && !m_description->text().isEmpty());
    if (m_control)
        m_control->setVisible(expanded);
    for (int i = 0; i < m_details->count(); ++i)
        if (QWidget *w = m_details->itemAt(i)->widget())
            w->setVisible(expanded);
}
