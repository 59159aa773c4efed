#include "CtlReport.h"

#include "DisplayTime.h"

#include <QJsonDocument>

namespace {

QString block(const QJsonObject &o)
{
    return QStringLiteral("```json\n%1```\n")
        .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

} // namespace

QString CtlReport::markdown() const
{
    QStringList md;
    md << QStringLiteral("# %1\n").arg(tr("Procedure report: terminate and re-enable Sync"));
    md << QStringLiteral("| | |\n| --- | --- |");
    md << QStringLiteral("| %1 | %2 |").arg(tr("Who"), who);
    md << QStringLiteral("| %1 | %2 |").arg(tr("Where"), where);
    md << QStringLiteral("| %1 | %2 |").arg(tr("App"), app);
    md << QStringLiteral("| %1 | %2 |").arg(tr("Started"), DisplayTime::dateTime(started));
    md << QStringLiteral("| %1 | %2 |").arg(tr("Ended"), DisplayTime::dateTime(ended));
    md << QStringLiteral("| %1 | %2 |\n").arg(tr("Wait"), tr("%n second(s)", nullptr, waitSeconds));
    md << QStringLiteral("## %1\n\n%2\n").arg(tr("Client resets, before"), preview);
    md << QStringLiteral("## %1\n\n%2")
              .arg(tr("Configuration before (the snapshot)"), block(before));
    md << QStringLiteral("## %1\n").arg(tr("Deployments"));
    for (const Deployment &d : deployments)
        md << QStringLiteral("- `%1` %2: %3").arg(d.id, d.name, d.statusText);
    md << QString();
    md << QStringLiteral("## %1\n\n%2").arg(tr("Configuration after"), block(after));
    md << QStringLiteral("## %1\n\n%2\n").arg(tr("Client resets, after"), tally);
    md << QStringLiteral("## %1\n").arg(tr("Log errors seen"));
    if (logErrors.isEmpty())
        md << tr("None.");
    for (const QString &e : logErrors)
        md << QStringLiteral("- %1").arg(e);
    md << QString();
    md << QStringLiteral("## %1\n").arg(tr("API calls"));
    for (const ApiCallRecord &c : calls)
        md << QStringLiteral("- %1 `%2 %3` %4 (%5 ms)%6")
                  .arg(DisplayTime::dateTimeMs(c.at), QString::fromLatin1(c.method), c.url)
                  .arg(c.status)
                  .arg(c.durationMs)
                  .arg(c.body.isEmpty() ? QString()
                                        : QStringLiteral(" `%1`").arg(QString::fromUtf8(c.body)));
    return md.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
