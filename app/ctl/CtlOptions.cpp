#include "CtlOptions.h"

#include "CertificatePin.h"
#include "CtlExit.h"
#include "ScenarioCatalog.h"
#include "SyncProtocol.h"
#include "Translations.h"
#include "UrlPolicy.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

CtlOptions failure(const QString &message)
{
    CtlOptions o;
    o.exitNow = true;
    o.exitCode = CtlExit::Usage;
    o.text = CtlOptions::tr("sync-consolectl: %1\nTry \u201csync-consolectl --help\u201d.")
                 .arg(message);
    return o;
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(CtlOptions::tr(
        "Sync Console's command line: read, pause, resume, terminate and re-enable Atlas Device "
        "Sync, and review and deploy the draft, from scripts. It uses the console's profiles and "
        "keychain; --base-url takes its keys from MONGODB_ATLAS_PUBLIC_API_KEY and "
        "MONGODB_ATLAS_PRIVATE_API_KEY.\n\nCommands: %1\n\nExit status: 0 done, 1 the server "
        "refused, 2 usage, 3 network or sign-in, 4 timed out, 5 conflict (a draft exists).")
                                         .arg(CtlOptions::commands().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        opt("command"), CtlOptions::tr("What to do."), CtlOptions::tr("COMMAND [ARGUMENTS]"));
    parser.addOptions({
        {opt("json"), CtlOptions::tr("Answer in JSON: one document, or one line per update.")},
        {{opt("y"), opt("yes")}, CtlOptions::tr("Deploy and terminate without asking.")},
        {opt("dry-run"), CtlOptions::tr("Show the draft's changes, then discard it.")},
        {opt("base-url"),
            CtlOptions::tr("An Admin API, e.g. %1.")
                .arg(QStringLiteral("https://services.cloud.mongodb.com/api/admin/v3.0")),
            CtlOptions::tr("URL")},
        {opt("pin"),
            CtlOptions::tr("Accept the server's certificate with this SHA-256 fingerprint "
                           "although this computer does not trust it (a class's simulator "
                           "prints it); else the profile's."),
            CtlOptions::tr("SHA256")},
        {opt("group"), CtlOptions::tr("The project (group) id."), CtlOptions::tr("ID")},
        {opt("app"), CtlOptions::tr("The app: its _id, client app id or name."),
            CtlOptions::tr("APP")},
        {opt("profile"), CtlOptions::tr("One of the console's saved connection profiles."),
            CtlOptions::tr("ID")},
        {opt("scenario"), CtlOptions::tr("The built-in simulator's scenario."),
            CtlOptions::tr("NAME"), Scenarios::defaultName()},
        {opt("lang"),
            CtlOptions::tr("The language: %1.")
                .arg(Translations::available().join(QStringLiteral(", "))),
            CtlOptions::tr("LANGUAGE", "value of --lang")},
        {opt("timeout"), CtlOptions::tr("Give up after this long (exit status 4)."),
            CtlOptions::tr("DURATION"), QStringLiteral("5m")},
        {opt("watch"), CtlOptions::tr("status: show it again whenever it changes.")},
        {opt("interval"), CtlOptions::tr("--watch, --follow: read again this often."),
            CtlOptions::tr("DURATION"), QStringLiteral("2s")},
        {opt("count"), CtlOptions::tr("--watch, --follow: stop after N updates."),
            CtlOptions::tr("N")},
        {opt("from-snapshot"),
            CtlOptions::tr("enable: with the configuration saved when Sync was terminated.")},
        {opt("config"), CtlOptions::tr("enable: with the sync block in this JSON file."),
            CtlOptions::tr("FILE")},
        {opt("name"), CtlOptions::tr("deploy: the deployment's name."), CtlOptions::tr("NAME")},
        {opt("type"), CtlOptions::tr("logs: one type, e.g. SYNC_ERROR."), CtlOptions::tr("TYPE")},
        {opt("errors"), CtlOptions::tr("logs: errors only.")},
        {opt("since"), CtlOptions::tr("logs, report: from this time, or this long ago (10m, 2h)."),
            CtlOptions::tr("TIME")},
        {opt("user"), CtlOptions::tr("logs: one user's entries."), CtlOptions::tr("ID")},
        {opt("follow"), CtlOptions::tr("logs: keep printing new entries.")},
        {opt("wait"),
            CtlOptions::tr("runbook: how long to wait between terminating and "
                           "enabling again."),
            CtlOptions::tr("DURATION"), QStringLiteral("10m")},
        {opt("report"),
            CtlOptions::tr("runbook: write the procedure report to FILE (Markdown, or PDF for "
                           "*.pdf)."),
            CtlOptions::tr("FILE")},
        {opt("out"),
            CtlOptions::tr("report: write it to FILE (Markdown, or PDF for *.pdf) instead of "
                           "printing it; classroom: the class's table to FILE (CSV, or "
                           "Markdown for *.md)."),
            CtlOptions::tr("FILE")},
        {opt("pdf"), CtlOptions::tr("report, runbook: write the report as PDF.")},
    });
}

// The options that belong to one command only.
QString misplaced(const QCommandLineParser &parser, const QString &command)
{
    const QList<QPair<const char *, QStringList>> owners {
        {"watch", {QStringLiteral("status")}},
        {"from-snapshot", {QStringLiteral("enable")}},
        {"config", {QStringLiteral("enable")}},
        {"name", {QStringLiteral("deploy")}},
        {"type", {QStringLiteral("logs")}},
        {"errors", {QStringLiteral("logs")}},
        {"since", {QStringLiteral("logs"), QStringLiteral("report")}},
        {"user", {QStringLiteral("logs")}},
        {"follow", {QStringLiteral("logs")}},
        {"wait", {QStringLiteral("runbook")}},
        {"report", {QStringLiteral("runbook")}},
        {"out", {QStringLiteral("report"), QStringLiteral("classroom")}},
        {"pdf", {QStringLiteral("report"), QStringLiteral("runbook")}},
    };
    for (const auto &[name, commands] : owners)
        if (parser.isSet(opt(name)) && !commands.contains(command))
            return CtlOptions::tr("--%1 belongs to %2, not to %3")
                .arg(opt(name), commands.join(QStringLiteral(", ")), command);
    return {};
}

QString readTarget(const QCommandLineParser &parser, CtlOptions &o)
{
    o.language = parser.value(opt("lang"));
    if (parser.isSet(opt("lang")) && !Translations::available().contains(o.language))
        return CtlOptions::tr("unknown language \u201c%1\u201d").arg(o.language);
    o.scenario = parser.value(opt("scenario"));
    o.scenarioGiven = parser.isSet(opt("scenario"));
    if (!Scenarios::names().contains(o.scenario))
        return CtlOptions::tr("unknown scenario \u201c%1\u201d; choose one of: %2")
            .arg(o.scenario, Scenarios::names().join(QStringLiteral(", ")));
    o.baseUrl = parser.value(opt("base-url"));
    if (parser.isSet(opt("base-url"))) {
        if (!UrlPolicy::isWebAddress(QUrl(o.baseUrl, QUrl::StrictMode)))
            return CtlOptions::tr("--base-url needs an http(s) URL");
    }
    if (parser.isSet(opt("pin"))) {
        o.pin = CertificatePin::normalize(parser.value(opt("pin")));
        if (o.pin.isEmpty())
            return CtlOptions::tr("--pin needs a SHA-256 fingerprint: 32 bytes in hex, as "
                                  "AB:CD:…");
    }
    o.groupId = parser.value(opt("group"));
    o.app = parser.value(opt("app"));
    o.profile = parser.value(opt("profile"));
    return {};
}

QString readDurations(const QCommandLineParser &parser, CtlOptions &o)
{
    const QList<QPair<const char *, int *>> durations {
        {"timeout", &o.timeoutSeconds}, {"wait", &o.waitSeconds}};
    for (const auto &[name, field] : durations) {
        *field = CtlOptions::parseDuration(parser.value(opt(name)));
        if (*field < 0)
            return CtlOptions::tr("--%1 needs a duration such as 90s, 10m or 2h").arg(opt(name));
    }
    const QString interval = parser.value(opt("interval"));
    bool ms = interval.endsWith(QLatin1String("ms"));
    const int value = ms ? interval.chopped(2).toInt(&ms) : CtlOptions::parseDuration(interval);
    o.intervalMs = ms ? value : value * 1000;
    if (o.intervalMs <= 0)
        return CtlOptions::tr("--interval needs a duration such as 500ms or 2s");
    if (parser.isSet(opt("count"))) {
        bool ok = false;
        o.count = parser.value(opt("count")).toInt(&ok);
        if (!ok || o.count < 1)
            return CtlOptions::tr("--count needs a whole number, at least 1");
    }
    return {};
}

QString readCommand(const QCommandLineParser &parser, CtlOptions &o)
{
    o.json = parser.isSet(opt("json"));
    o.yes = parser.isSet(opt("yes"));
    o.dryRun = parser.isSet(opt("dry-run"));
    o.watch = parser.isSet(opt("watch"));
    o.fromSnapshot = parser.isSet(opt("from-snapshot"));
    o.configFile = parser.value(opt("config"));
    if (o.fromSnapshot && !o.configFile.isEmpty())
        return CtlOptions::tr("give --from-snapshot or --config, not both");
    o.deploymentName = parser.value(opt("name"));
    o.logType = parser.value(opt("type")).toUpper();
    if (!o.logType.isEmpty() && SyncProtocol::logTypeFromWire(o.logType) == SyncLogType::Unknown)
        return CtlOptions::tr("unknown log type \u201c%1\u201d").arg(o.logType);
    o.errorsOnly = parser.isSet(opt("errors"));
    o.userId = parser.value(opt("user"));
    o.follow = parser.isSet(opt("follow"));
    o.reportFile = parser.value(opt("report"));
    o.outFile = parser.value(opt("out"));
    o.pdf = parser.isSet(opt("pdf"));
    if (parser.isSet(opt("since"))) {
        const QString since = parser.value(opt("since"));
        const int ago = CtlOptions::parseDuration(since);
        o.since = ago >= 0 ? QDateTime::currentDateTimeUtc().addSecs(-ago)
                           : QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!o.since.isValid())
            return CtlOptions::tr("--since needs a time (2026-05-01T10:00:00Z) or a duration "
                                  "(10m, 2h)");
    }
    if (o.command == QLatin1String("report") && !o.since.isValid())
        return CtlOptions::tr("report needs --since TIME (2026-05-01T10:00:00Z, or 2h)");
    if (o.pdf && o.outFile.isEmpty() && o.reportFile.isEmpty())
        return CtlOptions::tr("--pdf needs a file: --out FILE (report) or --report FILE "
                              "(runbook)");
    if (o.dryRun && !o.isChange())
        return CtlOptions::tr("--dry-run goes with a change, not with %1").arg(o.command);

    const QStringList args = o.arguments;
    const auto expect = [&](int n, const QString &what) {
        return args.size() == n ? QString() : CtlOptions::tr("%1 takes %2").arg(o.command, what);
    };
    if (o.command == QLatin1String("redeploy"))
        return expect(1, CtlOptions::tr("the id of a deployment"));
    if (o.command == QLatin1String("runbook")) {
        if (args != QStringList {QStringLiteral("terminate-and-reenable")})
            return CtlOptions::tr("runbook takes one name: terminate-and-reenable");
        return {};
    }
    if (o.command == QLatin1String("time")) {
        if (args.size() != 1 || CtlOptions::parseDuration(args[0]) < 0)
            return CtlOptions::tr("time takes how far to move the simulator's clock, e.g. 10m");
        return {};
    }
    if (o.command == QLatin1String("drafts")) {
        if (args.size() > 1
            || (args.size() == 1 && args[0] != QLatin1String("on")
                && args[0] != QLatin1String("off")))
            return CtlOptions::tr("drafts takes nothing, on or off");
        return {};
    }
    return expect(0, CtlOptions::tr("no arguments"));
}

} // namespace

QStringList CtlOptions::commands()
{
    return {QStringLiteral("status"), QStringLiteral("pause"), QStringLiteral("resume"),
        QStringLiteral("terminate"), QStringLiteral("enable"), QStringLiteral("drafts"),
        QStringLiteral("diff"), QStringLiteral("deploy"), QStringLiteral("discard"),
        QStringLiteral("deployments"), QStringLiteral("redeploy"), QStringLiteral("logs"),
        QStringLiteral("scenarios"), QStringLiteral("runbook"), QStringLiteral("devices"),
        QStringLiteral("time"), QStringLiteral("report"), QStringLiteral("classroom")};
}

bool CtlOptions::isChange() const
{
    static const QStringList changes {QStringLiteral("pause"), QStringLiteral("resume"),
        QStringLiteral("terminate"), QStringLiteral("enable")};
    return changes.contains(command);
}

bool CtlOptions::needsApp() const
{
    return command != QLatin1String("scenarios");
}

bool CtlOptions::wantsPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--pdf" || a.toLower().endsWith(".pdf"))
            return true;
    }
    return false;
}

int CtlOptions::parseDuration(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,7})([smhd]?)$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2);
    const int scale = unit == QLatin1String("m") ? 60
        : unit == QLatin1String("h")             ? 3600
        : unit == QLatin1String("d")             ? 86400
                                                 : 1;
    return n > (INT_MAX / scale) ? -1 : n * scale;
}

CtlOptions CtlOptions::parse(const QStringList &arguments)
{
    CtlOptions o = parseArguments(arguments);
    // --json holds for usage errors too: a script reads one document whatever happened.
    o.json = arguments.contains(QStringLiteral("--json"));
    if (!o.exitNow || o.exitCode == 0 || !o.json)
        return o;
    const QStringList lines = o.text.split(QLatin1Char('\n'));
    QString message = lines.first();
    message.remove(QStringLiteral("sync-consolectl: "));
    QStringList positional;
    for (const QString &a : arguments.mid(1))
        if (!a.startsWith(QLatin1Char('-')))
            positional.append(a);
    const QString command
        = commands().contains(positional.value(0)) ? positional.value(0) : QStringLiteral("status");
    o.text = QString::fromUtf8(QJsonDocument(
        QJsonObject {{QStringLiteral("command"), command}, {QStringLiteral("ok"), false},
            {QStringLiteral("exitCode"), o.exitCode},
            {QStringLiteral("message"),
                message}}).toJson(QJsonDocument::Indented));
    return o;
}

CtlOptions CtlOptions::parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(opt("help")) || parser.isSet(opt("version"))) {
        CtlOptions o;
        o.exitNow = true;
        o.text = parser.isSet(opt("help"))
            ? parser.helpText()
            : QStringLiteral("sync-consolectl %1").arg(QCoreApplication::applicationVersion());
        return o;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return failure(tr("name a command: %1").arg(commands().join(QStringLiteral(", "))));
    CtlOptions o;
    o.command = positional.takeFirst();
    o.arguments = positional;
    if (!commands().contains(o.command))
        return failure(tr("unknown command \u201c%1\u201d; the commands are: %2")
                           .arg(o.command, commands().join(QStringLiteral(", "))));
    QString problem = misplaced(parser, o.command);
    if (problem.isEmpty())
        problem = readTarget(parser, o);
    if (problem.isEmpty())
        problem = readDurations(parser, o);
    if (problem.isEmpty())
        problem = readCommand(parser, o);
    return problem.isEmpty() ? o : failure(problem);
}
