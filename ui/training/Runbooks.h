#pragma once

#include "Procedures.h"

#include <QLatin1String>
#include <QList>
#include <QString>

// One stage of a runbook: a documented procedure, the deployment of the draft it made, the wait
// support asks for, or watching the clients come back.
struct RunbookStage
{
    enum class Kind {
        Perform, // the procedure's own steps
        Deploy, // the draft steps of the procedure before it (not needed with drafts off)
        Wait, // the ten minutes support recommends between terminating and re-enabling
        Watch, // the client-reset tally of the clients that come back
    };

    Kind kind;
    Procedure::Kind procedure; // Perform, Deploy: whose steps
    const char *title; // untranslated: titleText() translates it
    // A Perform stage whose procedure the service is expected to refuse (resuming after the
    // oplog rolled over): the refusal completes it.
    bool refusalExpected = false;

    QString titleText() const;
    // The steps of this stage, from the procedures' step tables.
    QList<ProcedureStep> steps() const;
};

// One numbered step of a runbook as the guide lists it: a step of one of its stages.
struct GuideStep
{
    int stage = 0; // index into Runbook::stages
    int number = 0; // 1-based within its stage
    ProcedureStep step;
};

// A procedure as support gives it: documented procedures joined with the waits and checks
// between them ("terminate and re-enable": terminate, deploy, wait, re-enable, deploy, watch).
// A single procedure is a runbook too (its steps, then its draft). Autoplay plays the same
// step tables; the guide lists and tracks them; doc capture shoots the ones with a figure.
struct Runbook
{
    enum class Kind {
        Terminate,
        Pause,
        Resume,
        Enable,
        Discard,
        Redeploy,
        TerminateAndReEnable,
        OplogRollover,
    };

    Kind kind;
    QLatin1String name; // a stable name, for scripts and settings
    const char *title; // untranslated: titleText() translates it
    QList<RunbookStage> stages;

    QString titleText() const;
    QList<GuideStep> steps() const;
};

namespace Runbooks {

// The wait support recommends between terminating Sync and enabling it again.
inline constexpr int WaitSeconds = 10 * 60;

const QList<Runbook> &all();
const Runbook &get(Runbook::Kind kind);
// nullptr for an unknown name.
const Runbook *find(const QString &name);

} // namespace Runbooks
