#pragma once

#include <QLatin1String>
#include <QList>
#include <utility>

class QFrame;
class QWidget;

// The style sheet's roles (`QLabel[role="pageTitle"]` in resources/style/sync-console.qss):
// a widget's `role` property picks its look. Each role is named here once; tst_stylesheet
// checks that the style sheet styles every one and uses no other.
#define SYNC_CONSOLE_STYLE_ROLES(X)                                                                \
    X(badge)                                                                                       \
    X(banner)                                                                                      \
    X(callout)                                                                                     \
    X(calloutDanger)                                                                               \
    X(detailsPane)                                                                                 \
    X(dialogClose)                                                                                 \
    X(dialogHeading)                                                                               \
    X(dialogText)                                                                                  \
    X(dialogTextSmall)                                                                             \
    X(dialogTitle)                                                                                 \
    X(emptyState)                                                                                  \
    X(guideBody)                                                                                   \
    X(guideChecklist)                                                                              \
    X(guideChecklistItem)                                                                          \
    X(guideChecklistTitle)                                                                         \
    X(guideCountdown)                                                                              \
    X(guideCountdownBox)                                                                           \
    X(guideDetail)                                                                                 \
    X(guideNext)                                                                                   \
    X(guideStageTitle)                                                                             \
    X(guideStep)                                                                                   \
    X(guideStepNumber)                                                                             \
    X(guideStepText)                                                                               \
    X(guideTitle)                                                                                  \
    X(logScope)                                                                                    \
    X(metricCaption)                                                                               \
    X(metricValue)                                                                                 \
    X(metricValueSmall)                                                                            \
    X(navItem)                                                                                     \
    X(navSection)                                                                                  \
    X(pageTitle)                                                                                   \
    X(recoveryDetail)                                                                              \
    X(recoveryPanel)                                                                               \
    X(recoveryTitle)                                                                               \
    X(recoveryValue)                                                                               \
    X(rule)                                                                                        \
    X(sectionHeading)                                                                              \
    X(sectionText)                                                                                 \
    X(sectionToggle)                                                                               \
    X(stepDescription)                                                                             \
    X(stepNumber)                                                                                  \
    X(stepSummary)                                                                                 \
    X(stepTitle)

namespace StyleRole {

#define SYNC_CONSOLE_STYLE_ROLE_CONSTANT(name) inline constexpr QLatin1String name {#name};
SYNC_CONSOLE_STYLE_ROLES(SYNC_CONSOLE_STYLE_ROLE_CONSTANT)
#undef SYNC_CONSOLE_STYLE_ROLE_CONSTANT

// Gives `widget` its role, for the style sheet to read when it polishes the widget.
void apply(QWidget *widget, QLatin1String role);
// A new widget of type T, made with `args` (its text, its parent), with `role`.
template<typename T, typename... Args> T *make(QLatin1String role, Args &&...args)
{
    auto *widget = new T(std::forward<Args>(args)...);
    apply(widget, role);
    return widget;
}
// The same on a widget already polished: the style sheet looks at it again at once.
void restyle(QWidget *widget, QLatin1String role);
// A thin line between sections: a QFrame with the rule role.
QFrame *newRule(QWidget *parent);
// Takes the role away: the widget looks as its type and object name say.
void clear(QWidget *widget);
// Every role, for the style sheet's check.
QList<QLatin1String> all();

} // namespace StyleRole
