#pragma once

#include <QLatin1String>
#include <QList>
#include <QString>

// One step of a documented procedure, as data: where its control is, what a person does with
// it, and what the console does in answer. Autoplay plays these steps, the guide lists them,
// and doc capture takes a figure at each step that has one.
struct ProcedureStep
{
    enum class Action {
        Click, // press the control
        Confirm, // tick the confirmation checkbox, or type the confirmation phrase
        Look, // nothing to do: the step shows a result
        Choose, // pick a row of the list (autoplay takes the first)
    };
    enum class Until {
        Now,
        DialogOpen,
        DialogClosedAndIdle, // the dialog closed and the console has re-read the server
        Idle,
        DeploymentEnded, // the deployment succeeded or failed and its dialog closed
    };

    QString id; // also the figure's file name (id + ".png") where `figure` is set
    const char *description; // untranslated: text() translates it
    QLatin1String dialog; // the dialog that holds the control; empty: the main window
    QList<QLatin1String> controls; // the first of these on screen is the one to use
    Action action = Action::Click;
    Until until = Until::Now;
    bool figure = false;

    QString text() const;
};

// A documented procedure: its steps up to the change, then, with drafts on, the draft steps
// (review, deploy, the result) that draftSteps() adds.
struct Procedure
{
    enum class Kind { Terminate, Pause, Resume, Enable, Discard, Redeploy };

    Kind kind;
    QLatin1String name; // as --autoplay takes it
    QLatin1String draftPrefix; // the draft steps' ids start with it
    bool draftFigures = false; // the draft steps are figures of the documented procedure
    QList<ProcedureStep> steps;

    // Review & Deploy, Deploy, and the result banner, named after this procedure; none for a
    // procedure that makes no draft (discard, redeploy).
    QList<ProcedureStep> draftSteps() const;
    // The figure of what the steps above lead to, taken once they are done (before any draft
    // step): its file name without ".png"; empty: none.
    QString resultFigure() const;
};

namespace Procedures {

const QList<Procedure> &all();
// The procedure --autoplay names; nullptr for an unknown name.
const Procedure *find(const QString &name);
const Procedure &get(Procedure::Kind kind);

} // namespace Procedures
