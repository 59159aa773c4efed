#pragma once

#include "ObjectNames.h"
#include "ResultBanner.h"
#include "StatusBadge.h"
#include "UiFixture.h"

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

} // namespace UiActions
