#pragma once

#include "GuidePanel.h"
#include "UiFixture.h"

// The Guide on the fixture's window, docked (hidden) the first time it is asked for, as the
// console's training session docks it when the window opens.
inline GuidePanel *guideOf(UiFixture &ui)
{
    if (GuidePanel *guide = GuidePanel::of(ui.window.get()))
        return guide;
    return GuidePanel::install(ui.controller.get(), ui.window.get());
}
