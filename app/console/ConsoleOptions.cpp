#include "ConsoleOptions.h"

#include "ScenarioCatalog.h"
#include "Translations.h"
#include "UrlPolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>
#include <optional>

namespace {
ConsoleOptions failure(const QString &message)
{
    ConsoleOptions o;
    o.exitNow = true;
    o.exitCode = 2;
    o.text
        = ConsoleOptions::tr("sync-console: %1\nTry \u201csync-console --help\u201d.").arg(message);
    return o;
}
} // namespace

QStringList ConsoleOptions::withoutQtOptions(const QStringList &arguments, bool *platformGiven)
{
    // QGuiApplication's and QApplication's own options (qguiapplication.cpp, qapplication.cpp).
    static const QStringList withValue {QStringLiteral("platform"),
        QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"), QStringLiteral("geometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("icon"), QStringLiteral("qwindowtitle"),
        QStringLiteral("title"), QStringLiteral("display"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("session"), QStringLiteral("name"),
        QStringLiteral("qmljsdebugger")};
    static const QStringList alone {QStringLiteral("reverse"), QStringLiteral("nograb"),
        QStringLiteral("dograb"), QStringLiteral("sync"), QStringLiteral("widgetcount")};
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (i == 0 || !a.startsWith(QLatin1Char('-')) || a.startsWith(QLatin1String("--"))) {
            out.append(a);
            continue;
        }
        const QString name = a.mid(1).section(QLatin1Char('='), 0, 0);
        if (name == QLatin1String("platform") && platformGiven)
            *platformGiven = true;
        if (withValue.contains(name)) {
            if (!a.contains(QLatin1Char('=')))
                ++i; // its value
            continue;
        }
        if (!alone.contains(name))
            out.append(a);
    }
    return out;
}

QStringList ConsoleOptions::procedures()
{
    return {QStringLiteral("terminate"), QStringLiteral("pause"), QStringLiteral("resume"),
        QStringLiteral("enable")};
}

namespace {

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(ConsoleOptions::tr(
        "Sync Console: pause, terminate and re-enable Atlas Device Sync, and review and deploy the "
        "draft, on the App Services Admin API v3.0 or on the built-in simulator (the default).\n"
        "Credentials for --base-url come from MONGODB_ATLAS_PUBLIC_API_KEY and "
        "MONGODB_ATLAS_PRIVATE_API_KEY."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {opt("scenario"), ConsoleOptions::tr("The built-in simulator's scenario."),
            ConsoleOptions::tr("NAME"), Scenarios::defaultName()},
        {opt("base-url"),
            ConsoleOptions::tr("An Admin API to use instead of the simulator, e.g. "
                               "https://services.cloud.mongodb.com/api/admin/v3.0."),
            ConsoleOptions::tr("URL")},
        {opt("group"),
            ConsoleOptions::tr("The project (group) id; default: the first one of your profile."),
            ConsoleOptions::tr("ID")},
        {opt("app"),
            ConsoleOptions::tr("The app: its _id, client app id or name; default: the first."),
            ConsoleOptions::tr("APP")},
        {opt("autoplay"),
            ConsoleOptions::tr(
                "Play a procedure through the real widgets: terminate, pause, resume or enable."),
            ConsoleOptions::tr("PROCEDURE")},
        {opt("autoplay-delay"),
            ConsoleOptions::tr("Milliseconds between autoplay steps (0 for scripts)."),
            ConsoleOptions::tr("MS"), QStringLiteral("1200")},
        {opt("exit-when-done"),
            ConsoleOptions::tr(
                "Quit once the server confirms the result (status 0), or with the error on "
                "stderr and a non-zero status.")},
        {opt("capture-docs"),
            ConsoleOptions::tr(
                "Play the pause and terminate procedures and write their figures as PNG into "
                "DIR."),
            ConsoleOptions::tr("DIR")},
        {opt("type-to-confirm"),
            ConsoleOptions::tr(
                "Confirm Terminate Sync by typing \u201cTerminate Sync\u201d instead of a "
                "checkbox.")},
        {opt("classroom-view"),
            ConsoleOptions::tr(
                "Open the instructor's view of a classroom simulator (sync-console-sim "
                "--classroom N) once connected with the instructor's key.")},
        {opt("list-scenarios"), ConsoleOptions::tr("List the simulator's scenarios and exit.")},
        {opt("lang"),
            ConsoleOptions::tr(
                "The language of the console: %1; default: the one chosen in Settings, else "
                "the system's.")
                .arg(Translations::available().join(QStringLiteral(", "))),
            ConsoleOptions::tr("LANGUAGE", "value of --lang")},
        {opt("ui"),
            ConsoleOptions::tr(
                "The generation of the Sync page: 2021 (the classic page) or 2023 (the Device "
                "Sync page with its Dashboard); default: the one chosen in Settings."),
            ConsoleOptions::tr("YEAR", "value of --ui")},
    });
}

// --list-scenarios, --help and --version answer and exit; so does a stray argument.
std::optional<ConsoleOptions> answer(const QCommandLineParser &parser)
{
    ConsoleOptions o;
    o.exitNow = true;
    if (parser.isSet(opt("list-scenarios"))) {
        for (const QString &name : Scenarios::names())
            o.text += QStringLiteral("%1\t%2\n").arg(name, Scenarios::description(name));
        o.text.chop(1);
        return o;
    }
    if (parser.isSet(opt("help")) || parser.isSet(opt("version"))) {
        o.text = parser.isSet(opt("help"))
            ? parser.helpText()
            : QStringLiteral("sync-console %1").arg(QCoreApplication::applicationVersion());
        return o;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(ConsoleOptions::tr("unexpected argument \u201c%1\u201d")
                           .arg(parser.positionalArguments().first()));
    return std::nullopt;
}

// Where the console goes: the simulator's scenario, or a service's URL, project and app.
QString readTarget(const QCommandLineParser &parser, ConsoleOptions &o)
{
    o.language = parser.value(opt("lang"));
    if (parser.isSet(opt("lang")) && !Translations::available().contains(o.language))
        return ConsoleOptions::tr("unknown language \u201c%1\u201d; the console speaks: %2")
            .arg(o.language, Translations::available().join(QStringLiteral(", ")));
    if (parser.isSet(opt("ui"))) {
        const QString ui = parser.value(opt("ui"));
        if (ui == QLatin1String("2021"))
            o.uiGeneration = UiGeneration::Classic2021;
        else if (ui == QLatin1String("2023"))
            o.uiGeneration = UiGeneration::DeviceSync2023;
        else
            return ConsoleOptions::tr("--ui takes 2021 or 2023, not \u201c%1\u201d").arg(ui);
    }
    o.scenario = parser.value(opt("scenario"));
    o.scenarioGiven = parser.isSet(opt("scenario"));
    if (!Scenarios::names().contains(o.scenario))
        return ConsoleOptions::tr("unknown scenario \u201c%1\u201d; choose one of: %2")
            .arg(o.scenario, Scenarios::names().join(QStringLiteral(", ")));
    o.baseUrl = parser.value(opt("base-url"));
    // An empty URL given on purpose is a mistake to report, not a wish for the simulator.
    if (parser.isSet(opt("base-url"))) {
        if (!UrlPolicy::isWebAddress(QUrl(o.baseUrl, QUrl::StrictMode)))
            return ConsoleOptions::tr("--base-url needs an http(s) URL such as "
                                      "https://services.cloud.mongodb.com/api/admin/v3.0");
    }
    o.groupId = parser.value(opt("group"));
    o.app = parser.value(opt("app"));
    return {};
}

// What the run plays by itself: a procedure, the documentation's figures, an exit when done.
QString readScript(const QCommandLineParser &parser, ConsoleOptions &o)
{
    o.autoplay = parser.value(opt("autoplay"));
    if (!o.autoplay.isEmpty() && !ConsoleOptions::procedures().contains(o.autoplay))
        return ConsoleOptions::tr("--autoplay takes one of: %1")
            .arg(ConsoleOptions::procedures().join(QStringLiteral(", ")));
    bool ok = false;
    o.autoplayDelayMs = parser.value(opt("autoplay-delay")).toInt(&ok);
    if (!ok || o.autoplayDelayMs < 0)
        return ConsoleOptions::tr(
            "--autoplay-delay needs a whole number of milliseconds, at least 0");
    o.exitWhenDone = parser.isSet(opt("exit-when-done"));
    o.captureDocsDir = parser.value(opt("capture-docs"));
    o.typeToConfirm = parser.isSet(opt("type-to-confirm"));
    o.classroomView = parser.isSet(opt("classroom-view"));
    o.showBriefings = o.autoplay.isEmpty() && o.captureDocsDir.isEmpty() && !o.exitWhenDone;
    if (!o.captureDocsDir.isEmpty() && !o.autoplay.isEmpty()
        && o.autoplay != QLatin1String("terminate"))
        return ConsoleOptions::tr(
            "--capture-docs plays the procedures it pictures; it cannot be combined "
            "with --autoplay %1")
            .arg(o.autoplay);
    return {};
}

} // namespace

ConsoleOptions ConsoleOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    if (!parser.parse(withoutQtOptions(arguments, nullptr)))
        return failure(parser.errorText());
    if (std::optional<ConsoleOptions> exitAnswer = answer(parser))
        return *exitAnswer;
    ConsoleOptions o;
    QString problem = readTarget(parser, o);
    if (problem.isEmpty())
        problem = readScript(parser, o);
    return problem.isEmpty() ? o : failure(problem);
}
