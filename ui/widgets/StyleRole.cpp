#include "StyleRole.h"

#include <QFrame>
#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace StyleRole {

void apply(QWidget *widget, QLatin1String role)
{
    widget->setProperty("role", QString(role));
}

void restyle(QWidget *widget, QLatin1String role)
{
    apply(widget, role);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QFrame *newRule(QWidget *parent)
{
    auto *line = new QFrame(parent);
    apply(line, rule);
    return line;
}

void clear(QWidget *widget)
{
    widget->setProperty("role", QVariant());
}

QList<QLatin1String> all()
{
#define SYNC_CONSOLE_STYLE_ROLE_ITEM(name) name,
    return {SYNC_CONSOLE_STYLE_ROLES(SYNC_CONSOLE_STYLE_ROLE_ITEM)};
#undef SYNC_CONSOLE_STYLE_ROLE_ITEM
}

} // namespace StyleRole
