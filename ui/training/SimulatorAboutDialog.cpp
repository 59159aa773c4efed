#include "SimulatorAboutDialog.h"

#include "AdminApiClient.h"
#include "ApiCallRecord.h"
#include "CurlCommand.h"
#include "ObjectNames.h"
#include "SimulatorControlClient.h"
#include "StyleRole.h"
#include "Theme.h"
#include "WrappedLabel.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

QString curlFor(AdminApiClient *client, const ApiRequest &request)
{
    ApiCallRecord record;
    record.method = request.method;
    record.url = client->urlFor(request).toString();
    record.auth = request.auth;
    record.body = ApiCallRecord::redacted(request.body);
    return CurlCommand::build(record);
}

} // namespace

SimulatorAboutDialog::SimulatorAboutDialog(
    AdminApiClient *client, const QString &scenarioTitle, QWidget *parent)
    : ConsoleDialog(parent)
    , m_read(new QLineEdit(curlFor(client, SimulatorControlClient::readClockRequest()), this))
    , m_advance(new QLineEdit(curlFor(client, SimulatorControlClient::clockRequest(600)), this))
{
    setObjectName(ObjectName::simulatorAboutDialog);
    setWindowTitle(tr("About the Simulator"));
    titleLabel()->setText(tr("About the Simulator"));
    auto *intro = new WrappedLabel(
        tr("The console runs a simulator of the App Services Admin API on this computer. Other "
           "programs on this computer can use it too: its control API moves its clock, adds "
           "faults and resets the scenario (docs/simulator.md)."),
        this);
    intro->setWordWrap(true);
    body()->addWidget(intro);

    auto *form = new QFormLayout;
    QUrl root = client->baseUrl();
    root.setPath(QString());
    const auto value = [this](const QString &text, QLatin1String name) {
        auto *label = new QLabel(text, this);
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    form->addRow(tr("Address"), value(root.toString(), ObjectName::simulatorAboutAddress));
    form->addRow(tr("Admin API"), value(client->baseUrl().toString(), ObjectName::simulatorAboutApi));
    form->addRow(tr("Scenario"), value(scenarioTitle, ObjectName::simulatorAboutScenario));
    body()->addLayout(form);

    const auto curlRow = [this](const QString &heading, QLineEdit *line, QLatin1String name,
                             QLatin1String copyName) {
        auto *title = new QLabel(heading, this);
        StyleRole::apply(title, StyleRole::sectionHeading);
        body()->addWidget(title);
        auto *row = new QHBoxLayout;
        line->setObjectName(name);
        line->setReadOnly(true);
        line->setAccessibleName(heading);
        line->setCursorPosition(0);
        row->addWidget(line, 1);
        auto *copy = new QPushButton(tr("Copy", "button: copy the curl line"), this);
        copy->setObjectName(copyName);
        copy->setAutoDefault(false);
        copy->setAccessibleName(tr("Copy: %1").arg(heading));
        connect(copy, &QPushButton::clicked, this,
            [line] { QGuiApplication::clipboard()->setText(line->text()); });
        row->addWidget(copy);
        body()->addLayout(row);
    };
    curlRow(tr("Read the simulator's clock"), m_read, ObjectName::simulatorAboutReadCurl,
        ObjectName::simulatorAboutCopyRead);
    curlRow(tr("Move the clock 10 minutes forward"), m_advance,
        ObjectName::simulatorAboutAdvanceCurl, ObjectName::simulatorAboutCopyAdvance);

    QPushButton *close = addButton(tr("Close"), ObjectName::simulatorAboutClose, "primary");
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    Theme::setMinimumWidth(this, 640);
}

QString SimulatorAboutDialog::readClockCurl() const
{
    return m_read->text();
}

QString SimulatorAboutDialog::advanceClockCurl() const
{
    return m_advance->text();
}
