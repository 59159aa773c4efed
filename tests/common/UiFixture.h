#pragma once

#include "ControllerWait.h"
#include "MainWindow.h"
#include "SimFixture.h"
#include "SyncController.h"
#include "Theme.h"

#include <QApplication>
#include <QTemporaryDir>

// The console as a person sees it, on an in-process simulator: controller and main window,
// shown offscreen, with the real style sheet.
class UiFixture
{
public:
    explicit UiFixture(const QString &scenario = Scenarios::defaultName())
        : sim(scenario)
        , snapshots(dir.path())
    {
        Theme::apply(*qApp);
        sim.backend.setDeploymentDelayMs(30);
        loggedIn = sim.login();
        controller = std::make_unique<SyncController>(sim.client.get(), sim.appRef(), &snapshots);
        controller->setPollIntervalMs(10);
        controller->setDevicesFromSimulator(true);
        window = std::make_unique<MainWindow>(controller.get());
        window->resize(1420, 760);
        window->show();
    }

    bool load() { return refreshAndWait(*controller); }

    template<typename T = QWidget> T *find(const char *name) const
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }

    template<typename T = QWidget> T *inDialog(const char *name) const
    {
        QDialog *d = window->openDialog();
        return d ? d->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }

    SimFixture sim;
    QTemporaryDir dir;
    SyncSnapshotStore snapshots;
    std::unique_ptr<SyncController> controller;
    std::unique_ptr<MainWindow> window;
    bool loggedIn = false;
};
