#pragma once

#include "ActivityLog.h"
#include "ControllerFixture.h"
#include "MainWindow.h"
#include "ObjectNames.h"
#include "QuietOffscreen.h"
#include "Theme.h"

#include <QApplication>

// The console as a person sees it, on an in-process simulator: controller and main window,
// shown offscreen, with the real style sheet.
class UiFixture : public ControllerFixture
{
public:
    explicit UiFixture(const QString &scenario = Scenarios::defaultName())
        : ControllerFixture(scenario)
    {
        QuietOffscreen::install();
        Theme::apply(*qApp, Theme::scalePercent()); // the scale the test chose, if any
        QObject::connect(
            sim.client.get(), &AdminApiClient::callRecorded, &activity, &ActivityLog::append);
        window = std::make_unique<MainWindow>(controller.get(), &activity);
        window->resize(1420, 760);
        window->show();
    }

    template<typename T = QWidget> T *find(QLatin1String name) const
    {
        return window->findChild<T *>(name);
    }

    template<typename T = QWidget> T *inDialog(QLatin1String name) const
    {
        QDialog *d = window->openDialog();
        return d ? d->findChild<T *>(name) : nullptr;
    }

    ActivityLog activity;
    std::unique_ptr<MainWindow> window;
};
