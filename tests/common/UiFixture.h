#pragma once

#include "ControllerFixture.h"
#include "MainWindow.h"
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
        Theme::apply(*qApp);
        window = std::make_unique<MainWindow>(controller.get());
        window->resize(1420, 760);
        window->show();
    }

    template<typename T = QWidget> T *find(const char *name) const
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }

    template<typename T = QWidget> T *inDialog(const char *name) const
    {
        QDialog *d = window->openDialog();
        return d ? d->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    }

    std::unique_ptr<MainWindow> window;
};
