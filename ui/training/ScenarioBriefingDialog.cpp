#include "ScenarioBriefingDialog.h"

#include "ObjectNames.h"
#include "StyleRole.h"
#include "Theme.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ScenarioBriefingDialog::ScenarioBriefingDialog(const ScenarioChoice &scenario, QWidget *parent)
    : ConsoleDialog(parent)
{
    setObjectName(ObjectName::scenarioBriefingDialog);
    setModal(false);
    setWindowTitle(tr("Scenario Briefing"));
    titleLabel()->setText(scenario.title.toHtmlEscaped());
    setMinimumWidth(520);
    Theme::setMaximumWidth(this, 640);

    const auto section = [this](const QString &heading, const QString &text, QLatin1String name) {
        auto *title = new QLabel(heading, this);
        StyleRole::apply(title, StyleRole::sectionHeading);
        auto *label = new WrappedLabel(text, this);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        body()->addWidget(title);
        body()->addWidget(label);
    };
    section(tr("What happened"), scenario.whatHappened, ObjectName::scenarioBriefingHappened);
    section(tr("What to do"), scenario.whatToDo, ObjectName::scenarioBriefingToDo);
    section(tr("What success looks like"), scenario.success, ObjectName::scenarioBriefingSuccess);

    QPushButton *close = addButton(tr("Close"), ObjectName::scenarioBriefingClose, "primary");
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}
