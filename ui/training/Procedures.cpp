#include "Procedures.h"

#include "ObjectNames.h"

#include <QCoreApplication>

namespace {
using Action = ProcedureStep::Action;
using Until = ProcedureStep::Until;

QList<Procedure> buildProcedures()
{
    using namespace ObjectName;
    QList<Procedure> out;
    out.append({Procedure::Kind::Terminate, QLatin1String("terminate"),
        QLatin1String("terminating-sync"), true,
        {
            {QStringLiteral("click-terminate-sync-button"),
                // The refusal of a resume offers its own Terminate Sync… in front of the page's.
                QT_TRANSLATE_NOOP("Procedures", "Click Terminate Sync"), {},
                {terminateSyncButton, startTerminateButton, deviceSyncTerminate}, Action::Click, Until::DialogOpen,
                true},
            {QStringLiteral("terminate-sync-confirm"),
                QT_TRANSLATE_NOOP("Procedures", "Confirm that you want to terminate Sync"),
                terminateDialog, {confirmTerminateCheck, confirmTerminatePhrase}, Action::Confirm,
                Until::Now, false},
            {QStringLiteral("terminate-sync-model"),
                QT_TRANSLATE_NOOP("Procedures", "Click Terminate Sync in the dialog"),
                terminateDialog, {terminateButton}, Action::Click, Until::DialogClosedAndIdle,
                true},
        }});
    out.append({Procedure::Kind::Pause, QLatin1String("pause"), QLatin1String("pause-sync"), true,
        {
            {QStringLiteral("press-pause-sync-button"),
                QT_TRANSLATE_NOOP("Procedures", "Click Pause Sync"), {},
                {pauseSyncButton, deviceSyncPause},
                Action::Click, Until::DialogOpen, true},
            {QStringLiteral("pause-sync-modal"),
                QT_TRANSLATE_NOOP("Procedures", "Confirm with Pause Sync"), pauseDialog,
                {pauseButton}, Action::Click, Until::DialogClosedAndIdle, true},
        }});
    out.append(
        {Procedure::Kind::Resume, QLatin1String("resume"), QLatin1String("resume-sync"), false,
            {
                {QStringLiteral("press-resume-sync-button"),
                    QT_TRANSLATE_NOOP("Procedures", "Click Resume Sync"), {},
                    {resumeSyncButton, deviceSyncResume},
                    Action::Click, Until::DialogOpen, false},
                {QStringLiteral("resume-sync-modal"),
                    QT_TRANSLATE_NOOP("Procedures", "Confirm with Resume Sync"), resumeDialog,
                    {resumeButton}, Action::Click, Until::DialogClosedAndIdle, false},
            }});
    out.append(
        {Procedure::Kind::Enable, QLatin1String("enable"), QLatin1String("enable-sync"), false,
            {
                {QStringLiteral("restore-configuration"),
                    QT_TRANSLATE_NOOP(
                        "Procedures", "Restore the configuration saved before terminating"),
                    {}, {restoreSnapshotButton}, Action::Click, Until::Now, false},
                {QStringLiteral("click-enable-sync-button"),
                    QT_TRANSLATE_NOOP("Procedures", "Click Enable Sync"), {}, {enableSyncButton},
                    Action::Click, Until::Idle, false},
            }});
    out.append({Procedure::Kind::Discard, QLatin1String("discard"), QLatin1String(), false,
        {
            {QStringLiteral("click-review-and-discard"),
                QT_TRANSLATE_NOOP("Procedures", "Click REVIEW & DISCARD"), {},
                {reviewDiscardButton}, Action::Click, Until::DialogOpen, false},
            {QStringLiteral("discard-draft-button"),
                QT_TRANSLATE_NOOP("Procedures", "Review the changes, then click Discard"),
                discardDialog, {discardButton}, Action::Click, Until::DialogClosedAndIdle, false},
        }});
    out.append({Procedure::Kind::Redeploy, QLatin1String("redeploy"), QLatin1String(), false,
        {
            {QStringLiteral("open-deployment-history"),
                QT_TRANSLATE_NOOP("Procedures", "Open Deploy in the left navigation"), {},
                {navDeploy}, Action::Click, Until::Now, false},
            {QStringLiteral("choose-deployment"),
                QT_TRANSLATE_NOOP(
                    "Procedures", "Select the deployment whose configuration you want back"),
                {}, {deploymentsTable}, Action::Choose, Until::Now, false},
            {QStringLiteral("click-redeploy-button"),
                QT_TRANSLATE_NOOP("Procedures", "Click Redeploy"), {}, {redeployButton},
                Action::Click, Until::DialogOpen, false},
            {QStringLiteral("confirm-redeploy"),
                QT_TRANSLATE_NOOP("Procedures", "Confirm with Redeploy"), redeployDialog,
                {confirmRedeployButton}, Action::Click, Until::DeploymentEnded, false},
            {QStringLiteral("redeployment-result"),
                QT_TRANSLATE_NOOP("Procedures", "The deployment's result"), {}, {resultBanner},
                Action::Look, Until::Now, false},
        }});
    return out;
}
} // namespace

QString ProcedureStep::text() const
{
    return QCoreApplication::translate("Procedures", description);
}

QList<ProcedureStep> Procedure::draftSteps() const
{
    using namespace ObjectName;
    if (draftPrefix.isEmpty())
        return {};
    const auto id = [](const QLatin1String &prefix, const char *rest) {
        return prefix + QLatin1String(rest);
    };
    return {
        {id(draftPrefix, "-review-and-deploy"),
            QT_TRANSLATE_NOOP("Procedures", "Click REVIEW & DEPLOY"), {}, {reviewDeployButton},
            Action::Click, Until::DialogOpen, draftFigures},
        {id(draftPrefix, "-deploy-button"),
            QT_TRANSLATE_NOOP("Procedures", "Review the changes, then click Deploy"), deployDialog,
            {deployButton}, Action::Click, Until::DeploymentEnded, draftFigures},
        {id(draftPrefix, "-deployment-successful"),
            QT_TRANSLATE_NOOP("Procedures", "The deployment's result"), {}, {resultBanner},
            Action::Look, Until::Now, draftFigures},
    };
}

QString Procedure::resultFigure() const
{
    // The documented pause shows the page once it is paused; the others go on to the draft.
    return kind == Kind::Pause ? draftPrefix + QLatin1String("-confirm") : QString();
}

namespace Procedures {

const QList<Procedure> &all()
{
    static const QList<Procedure> procedures = buildProcedures();
    return procedures;
}

const Procedure *find(const QString &name)
{
    for (const Procedure &p : all())
        if (p.name == name)
            return &p;
    return nullptr;
}

const Procedure &get(Procedure::Kind kind)
{
    for (const Procedure &p : all())
        if (p.kind == kind)
            return p;
    return all().first();
}

} // namespace Procedures
