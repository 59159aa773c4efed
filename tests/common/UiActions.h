#pragma once

#include "Checked.h"
#include "DraftBar.h"
#include "ObjectNames.h"
#include "ResultBanner.h"
#include "StatusBadge.h"
#include "UiFixture.h"

#include <QCheckBox>
#include <QTest>

// What the widget tests do as a person would, shared by the end-to-end, scenario and guide
// tests: a click once the control is shown and enabled, and what the page says back.
namespace UiActions {

inline void click(QWidget *w)
{
    QVERIFY(w);
    QTRY_VERIFY_WITH_TIMEOUT(w->isVisible() && w->isEnabled(), 10000);
    QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(qMin(10, w->width() / 2), w->height() / 2));
}

inline QString badge(UiFixture &ui)
{
    return ui.find<StatusBadge>(ObjectName::syncStatusBadge)->text();
}

// "success" or "error", as the result banner shows it.
inline QString bannerKind(UiFixture &ui)
{
    return ui.window->banner()->property("kind").toString();
}

// REVIEW & DEPLOY, then Deploy; the banner (hidden first, so that it is this deploy's) says
// how it went.
inline void deployThroughTheBar(UiFixture &ui)
{
    ui.window->banner()->hide();
    QTRY_VERIFY_WITH_TIMEOUT(ui.window->draftBar()->isVisible(), 10000);
    CHECKED(click(ui.find(ObjectName::reviewDeployButton)));
    QTRY_VERIFY(ui.inDialog(ObjectName::deployButton));
    CHECKED(click(ui.inDialog(ObjectName::deployButton)));
    QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
    QTRY_VERIFY(!ui.window->openDialog());
}

// Terminate Sync, tick the check box, Terminate Sync: as the documented procedure does.
inline void terminateThroughTheDialog(UiFixture &ui)
{
    CHECKED(click(ui.find(ObjectName::terminateSyncButton)));
    QTRY_VERIFY(ui.inDialog(ObjectName::confirmTerminateCheck));
    ui.inDialog<QCheckBox>(ObjectName::confirmTerminateCheck)->click();
    CHECKED(click(ui.inDialog(ObjectName::terminateButton)));
}

} // namespace UiActions
