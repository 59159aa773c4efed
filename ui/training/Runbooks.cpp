#include "Runbooks.h"

#include "ObjectNames.h"

#include <QCoreApplication>

namespace {
using Stage = RunbookStage;
using StageKind = RunbookStage::Kind;
using PKind = Procedure::Kind;

Stage perform(PKind kind, const char *title, bool refusalExpected = false)
{
    return {StageKind::Perform, kind, title, refusalExpected};
}

Stage deploy(PKind kind)
{
    return {StageKind::Deploy, kind, QT_TRANSLATE_NOOP("Runbooks", "Deploy the draft"), false};
}

Stage wait()
{
    return {StageKind::Wait, PKind::Terminate,
        QT_TRANSLATE_NOOP("Runbooks", "Wait ten minutes before re-enabling Sync"), false};
}

Stage watch()
{
    return {StageKind::Watch, PKind::Enable,
        QT_TRANSLATE_NOOP("Runbooks", "Watch the clients come back"), false};
}

const char *const terminateTitle = QT_TRANSLATE_NOOP("Runbooks", "Terminate Sync");
const char *const reEnableTitle
    = QT_TRANSLATE_NOOP("Runbooks", "Re-enable Sync from the saved configuration");

QList<Runbook> buildRunbooks()
{
    using Kind = Runbook::Kind;
    QList<Runbook> out;
    out.append({Kind::TerminateAndReEnable, QLatin1String("terminate-and-re-enable"),
        QT_TRANSLATE_NOOP("Runbooks", "Terminate and re-enable Sync"),
        {perform(PKind::Terminate, terminateTitle), deploy(PKind::Terminate), wait(),
            perform(PKind::Enable, reEnableTitle), deploy(PKind::Enable), watch()}});
    out.append({Kind::OplogRollover, QLatin1String("oplog-rollover"),
        QT_TRANSLATE_NOOP("Runbooks", "Recover from an oplog rollover"),
        {perform(PKind::Resume,
             QT_TRANSLATE_NOOP("Runbooks", "Try to resume Sync (the service refuses)"), true),
            perform(PKind::Terminate, terminateTitle), deploy(PKind::Terminate), wait(),
            perform(PKind::Enable, reEnableTitle), deploy(PKind::Enable), watch()}});
    out.append({Kind::Terminate, QLatin1String("terminate"),
        QT_TRANSLATE_NOOP("Runbooks", "Terminate Sync"),
        {perform(PKind::Terminate, terminateTitle), deploy(PKind::Terminate)}});
    out.append({Kind::Pause, QLatin1String("pause"), QT_TRANSLATE_NOOP("Runbooks", "Pause Sync"),
        {perform(PKind::Pause, QT_TRANSLATE_NOOP("Runbooks", "Pause Sync")),
            deploy(PKind::Pause)}});
    out.append({Kind::Resume, QLatin1String("resume"), QT_TRANSLATE_NOOP("Runbooks", "Resume Sync"),
        {perform(PKind::Resume, QT_TRANSLATE_NOOP("Runbooks", "Resume Sync")),
            deploy(PKind::Resume)}});
    out.append(
        {Kind::Enable, QLatin1String("enable"), QT_TRANSLATE_NOOP("Runbooks", "Re-enable Sync"),
            {perform(PKind::Enable, reEnableTitle), deploy(PKind::Enable)}});
    out.append(
        {Kind::Discard, QLatin1String("discard"), QT_TRANSLATE_NOOP("Runbooks", "Discard a draft"),
            {perform(PKind::Discard, QT_TRANSLATE_NOOP("Runbooks", "Discard the draft"))}});
    out.append({Kind::Redeploy, QLatin1String("redeploy"),
        QT_TRANSLATE_NOOP("Runbooks", "Redeploy a past deployment"),
        {perform(PKind::Redeploy,
            QT_TRANSLATE_NOOP("Runbooks", "Redeploy a past deployment's configuration"))}});
    return out;
}
} // namespace

QString RunbookStage::titleText() const
{
    return QCoreApplication::translate("Runbooks", title);
}

QList<ProcedureStep> RunbookStage::steps() const
{
    using Action = ProcedureStep::Action;
    using Until = ProcedureStep::Until;
    switch (kind) {
    case Kind::Perform:
        return Procedures::get(procedure).steps;
    case Kind::Deploy:
        return Procedures::get(procedure).draftSteps();
    case Kind::Wait:
        return {{QStringLiteral("wait-before-re-enabling"),
            QT_TRANSLATE_NOOP("Procedures",
                "Wait ten minutes: the service cleans up the sync metadata and the clients "
                "disconnect"),
            {}, {ObjectName::guideCountdown}, Action::Look, Until::Now, false}};
    case Kind::Watch:
        return {{QStringLiteral("watch-clients-come-back"),
            QT_TRANSLATE_NOOP(
                "Procedures", "Watch the Client recovery panel until every device is back"),
            {}, {ObjectName::clientRecoveryPanel}, Action::Look, Until::Now, false}};
    }
    return {};
}

QString Runbook::titleText() const
{
    return QCoreApplication::translate("Runbooks", title);
}

QList<GuideStep> Runbook::steps() const
{
    QList<GuideStep> out;
    for (int s = 0; s < stages.size(); ++s) {
        const QList<ProcedureStep> steps = stages[s].steps();
        for (int i = 0; i < steps.size(); ++i)
            out.append({s, i + 1, steps[i]});
    }
    return out;
}

namespace Runbooks {

const QList<Runbook> &all()
{
    static const QList<Runbook> runbooks = buildRunbooks();
    return runbooks;
}

const Runbook &get(Runbook::Kind kind)
{
    for (const Runbook &r : all())
        if (r.kind == kind)
            return r;
    return all().first();
}

const Runbook *find(const QString &name)
{
    for (const Runbook &r : all())
        if (r.name == name)
            return &r;
    return nullptr;
}

} // namespace Runbooks
