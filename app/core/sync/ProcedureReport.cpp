#include "ProcedureReport.h"

#include "DisplayTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString block(const QJsonObject &o)
{
    return QStringLiteral("```json\n%1```\n")
        .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

// A table cell: a pipe would end it, a line break would end the table.
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString isoOrNull(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString ProcedureReport::title() const
{
    return kind == Kind::TerminateAndReenable
        ? tr("Procedure report: terminate and re-enable Sync")
        : tr("Procedure report: Sync since %1").arg(DisplayTime::dateTime(started));
}

QString ProcedureReport::whoIs(const QString &apiUserId)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME", QStringLiteral("-"));
    return tr("%1 (user %2 of the Admin API)").arg(user, apiUserId);
}

QString ProcedureReport::markdown() const
{
    const auto list = [](QStringList &md, const QStringList &items) {
        if (items.isEmpty())
            md << tr("None.");
        for (const QString &item : items)
            md << QStringLiteral("- %1").arg(item);
        md << QString();
    };
    QStringList md;
    md << QStringLiteral("# %1\n").arg(title());
    md << QStringLiteral("| | |\n| --- | --- |");
    md << QStringLiteral("| %1 | %2 |").arg(tr("Who"), cell(who));
    md << QStringLiteral("| %1 | %2 |").arg(tr("Where"), cell(where));
    md << QStringLiteral("| %1 | %2 |").arg(tr("App"), cell(app));
    md << QStringLiteral("| %1 | %2 |").arg(tr("Started"), DisplayTime::dateTime(started));
    md << QStringLiteral("| %1 | %2 |").arg(tr("Ended"), DisplayTime::dateTime(ended));
    md << QStringLiteral("| %1 | %2 |\n")
              .arg(tr("Wait"),
                  waitSeconds < 0 ? tr("none", "no wait in this report")
                                  : tr("%n second(s)", nullptr, waitSeconds));
    md << QStringLiteral("## %1\n\n%2\n")
              .arg(tr("Client resets, before"),
                  preview.isEmpty() ? tr("No preview was made.") : preview);
    md << QStringLiteral("## %1\n").arg(tr("Configuration before (the snapshot)"));
    if (before.isEmpty())
        md << tr("No snapshot was saved.") + QLatin1Char('\n');
    else
        md << tr("Saved %1.").arg(DisplayTime::dateTime(beforeSavedAt)) + QLatin1Char('\n')
                + QLatin1Char('\n') + block(before);
    md << QStringLiteral("## %1\n").arg(tr("Deployments"));
    QStringList deployed;
    for (const Deployment &d : deployments)
        deployed << QStringLiteral("`%1` %2: %3%4")
                        .arg(d.id, d.name, d.statusText,
                            d.statusErrorMessage.isEmpty()
                                ? QString()
                                : QStringLiteral(" (%1)").arg(d.statusErrorMessage));
    list(md, deployed);
    md << QStringLiteral("## %1\n\n%2").arg(tr("Configuration after"), block(after));
    md << QStringLiteral("## %1\n\n%2\n")
              .arg(tr("Client resets, after"),
                  tally.isEmpty() ? tr("No client has come back yet.") : tally);
    md << QStringLiteral("## %1\n").arg(tr("Devices"));
    list(md, devices);
    md << QStringLiteral("## %1\n").arg(tr("Log errors seen"));
    list(md, logErrors);
    md << QStringLiteral("## %1\n").arg(tr("API calls"));
    QStringList made;
    for (const ApiCallRecord &c : calls)
        made << QStringLiteral("%1 `%2 %3` %4 (%5 ms)%6")
                    .arg(DisplayTime::dateTimeMs(c.at), QString::fromLatin1(c.method), c.url)
                    .arg(c.status)
                    .arg(c.durationMs)
                    .arg(c.body.isEmpty() ? QString()
                                          : QStringLiteral(" `%1`").arg(QString::fromUtf8(c.body)));
    list(md, made);
    return md.join(QLatin1Char('\n'));
}

QJsonObject ProcedureReport::toJson() const
{
    QJsonArray deployed;
    for (const Deployment &d : deployments)
        deployed.append(QJsonObject {{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name},
            {QStringLiteral("status"), d.statusText},
            {QStringLiteral("statusErrorMessage"), d.statusErrorMessage},
            {QStringLiteral("deployedAt"), isoOrNull(d.deployedAt)}});
    QJsonArray made;
    for (const ApiCallRecord &c : calls)
        made.append(c.toJson());
    return {{QStringLiteral("title"), title()}, {QStringLiteral("who"), who},
        {QStringLiteral("where"), where}, {QStringLiteral("app"), app},
        {QStringLiteral("started"), isoOrNull(started)}, {QStringLiteral("ended"), isoOrNull(ended)},
        {QStringLiteral("waitSeconds"), waitSeconds},
        {QStringLiteral("before"), before}, {QStringLiteral("after"), after},
        {QStringLiteral("deployments"), deployed}, {QStringLiteral("preview"), preview},
        {QStringLiteral("tally"), tally}, {QStringLiteral("devices"), QJsonArray::fromStringList(devices)},
        {QStringLiteral("logErrors"), QJsonArray::fromStringList(logErrors)},
        {QStringLiteral("calls"), made}};
}
