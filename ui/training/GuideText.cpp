#include "GuideText.h"

#include "GuideTracker.h"

#include <QMimeData>

namespace {

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("\u2014") : s;
}

QString escapeMarkdown(QString s)
{
    for (const QChar c : {QLatin1Char('\\'), QLatin1Char('*'), QLatin1Char('_'), QLatin1Char('`'),
             QLatin1Char('['), QLatin1Char(']'), QLatin1Char('#')})
        s.replace(c, QLatin1Char('\\') + c);
    return s;
}

QString tick(GuideTracker::StepState state)
{
    return state == GuideTracker::StepState::Pending ? QStringLiteral("[ ]")
                                                     : QStringLiteral("[x]");
}

} // namespace

QString GuideText::plain(const GuideTracker &tracker, const Names &names)
{
    QStringList lines;
    lines << tracker.runbook().titleText();
    lines << tr("App: %1 (%2). Cluster: %3. Service: %4.")
                 .arg(orDash(names.app), orDash(names.appId), orDash(names.cluster),
                     orDash(names.service));
    if (!names.reason.isEmpty())
        lines << tr("Reason: %1.").arg(names.reason);
    const QList<GuideStep> &steps = tracker.steps();
    int stage = -1;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].stage != stage) {
            stage = steps[i].stage;
            lines << QString();
            lines << tr("%1. %2", "stage number, stage title")
                         .arg(stage + 1)
                         .arg(tracker.runbook().stages[stage].titleText());
        }
        const GuideTracker::StepState state = tracker.stepState(i);
        QString text = steps[i].step.text();
        if (state == GuideTracker::StepState::Skipped)
            text = tr("%1 (skipped)", "a step not done, or not needed").arg(text);
        else if (state == GuideTracker::StepState::TimeMoved)
            text = tr("%1 (time moved)", "a wait ended by moving the simulator's clock").arg(text);
        lines << QStringLiteral("   %1 %2.%3 %4")
                     .arg(tick(state))
                     .arg(stage + 1)
                     .arg(steps[i].number)
                     .arg(text);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString GuideText::markdown(const GuideTracker &tracker, const Names &names)
{
    QStringList lines;
    lines << QStringLiteral("### ") + escapeMarkdown(tracker.runbook().titleText());
    lines << QString();
    lines << tr("**App:** %1 (`%2`) · **Cluster:** %3 · **Service:** %4")
                 .arg(escapeMarkdown(orDash(names.app)), orDash(names.appId),
                     escapeMarkdown(orDash(names.cluster)), escapeMarkdown(orDash(names.service)));
    if (!names.reason.isEmpty()) {
        lines << QString();
        lines << tr("**Reason:** %1").arg(escapeMarkdown(names.reason));
    }
    const QList<GuideStep> &steps = tracker.steps();
    int stage = -1;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].stage != stage) {
            stage = steps[i].stage;
            lines << QString();
            lines << QStringLiteral("%1. **%2**")
                         .arg(stage + 1)
                         .arg(escapeMarkdown(tracker.runbook().stages[stage].titleText()));
        }
        const GuideTracker::StepState state = tracker.stepState(i);
        QString text = escapeMarkdown(steps[i].step.text());
        if (state == GuideTracker::StepState::Skipped)
            text = tr("~~%1~~ (skipped)", "a step not done, or not needed").arg(text);
        else if (state == GuideTracker::StepState::TimeMoved)
            text = tr("%1 (time moved)", "a wait ended by moving the simulator's clock").arg(text);
        lines << QStringLiteral("   - %1 %2").arg(tick(state), text);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QMimeData *GuideText::mimeData(const GuideTracker &tracker, const Names &names)
{
    auto *data = new QMimeData;
    data->setText(plain(tracker, names));
    data->setData(QStringLiteral("text/markdown"), markdown(tracker, names).toUtf8());
    return data;
}
