#include "ConsoleOptions.h"

#include "ScenarioCatalog.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

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

ConsoleOptions ConsoleOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Sync Console: pause, terminate and re-enable Atlas Device Sync, and review and deploy the "
        "draft, on the App Services Admin API v3.0 or on the built-in simulator (the default).\n"
        "Credentials for --base-url come from MONGODB_ATLAS_PUBLIC_API_KEY and "
        "MONGODB_ATLAS_PRIVATE_API_KEY."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        tr("The built-in simulator's scenario."), tr("NAME"), Scenarios::defaultName());
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        tr("An Admin API to use instead of the simulator, e.g. "
           "https://services.cloud.mongodb.com/api/admin/v3.0."),
        tr("URL"));
    const QCommandLineOption group(QStringLiteral("group"),
        tr("The project (group) id; default: the first one of your profile."), tr("ID"));
    const QCommandLineOption app(QStringLiteral("app"),
        tr("The app: its _id, client app id or name; default: the first."), tr("APP"));
    const QCommandLineOption autoplay(QStringLiteral("autoplay"),
        tr("Play a procedure through the real widgets: terminate, pause, resume or enable."),
        tr("PROCEDURE"));
    const QCommandLineOption delay(QStringLiteral("autoplay-delay"),
        tr("Milliseconds between autoplay steps (0 for scripts)."), tr("MS"),
        QStringLiteral("1200"));
    const QCommandLineOption exitWhenDone(QStringLiteral("exit-when-done"),
        tr("Quit once the server confirms the result (status 0), or with the error on "
           "stderr and a non-zero status."));
    const QCommandLineOption capture(QStringLiteral("capture-docs"),
        tr("Play the pause and terminate procedures and write their figures as PNG into DIR."),
        tr("DIR"));
    const QCommandLineOption typeToConfirm(QStringLiteral("type-to-confirm"),
        tr("Confirm Terminate Sync by typing \u201cTerminate Sync\u201d instead of a checkbox."));
    const QCommandLineOption list(
        QStringLiteral("list-scenarios"), tr("List the simulator's scenarios and exit."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        tr("The language of the console: %1; default: the one chosen in Settings, else the "
           "system's.")
            .arg(Translations::available().join(QStringLiteral(", "))),
        tr("LANGUAGE", "value of --lang"));
    parser.addOptions({scenario, baseUrl, group, app, autoplay, delay, exitWhenDone, capture,
        typeToConfirm, list, lang});
    if (!parser.parse(withoutQtOptions(arguments, nullptr)))
        return failure(parser.errorText());
    if (parser.isSet(list)) {
        ConsoleOptions o;
        o.exitNow = true;
        for (const QString &name : Scenarios::names())
            o.text += QStringLiteral("%1\t%2\n").arg(name, Scenarios::description(name));
        o.text.chop(1);
        return o;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        ConsoleOptions o;
        o.exitNow = true;
        o.text = parser.isSet(QStringLiteral("help"))
            ? parser.helpText()
            : QStringLiteral("sync-console %1").arg(QCoreApplication::applicationVersion());
        return o;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(
            tr("unexpected argument \u201c%1\u201d").arg(parser.positionalArguments().first()));

    ConsoleOptions o;
    o.language = parser.value(lang);
    if (parser.isSet(lang) && !Translations::available().contains(o.language))
        return failure(tr("unknown language \u201c%1\u201d; the console speaks: %2")
                           .arg(o.language, Translations::available().join(QStringLiteral(", "))));
    o.scenario = parser.value(scenario);
    o.scenarioGiven = parser.isSet(scenario);
    if (!Scenarios::names().contains(o.scenario))
        return failure(tr("unknown scenario \u201c%1\u201d; choose one of: %2")
                           .arg(o.scenario, Scenarios::names().join(QStringLiteral(", "))));
    o.baseUrl = parser.value(baseUrl);
    // An empty URL given on purpose is a mistake to report, not a wish for the simulator.
    if (parser.isSet(baseUrl)) {
        const QUrl url(o.baseUrl, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            return failure(tr("--base-url needs an http(s) URL such as "
                              "https://services.cloud.mongodb.com/api/admin/v3.0"));
    }
    o.groupId = parser.value(group);
    o.app = parser.value(app);
    o.autoplay = parser.value(autoplay);
    if (!o.autoplay.isEmpty() && !procedures().contains(o.autoplay))
        return failure(
            tr("--autoplay takes one of: %1").arg(procedures().join(QStringLiteral(", "))));
    bool ok = false;
    o.autoplayDelayMs = parser.value(delay).toInt(&ok);
    if (!ok || o.autoplayDelayMs < 0)
        return failure(tr("--autoplay-delay needs a whole number of milliseconds, at least 0"));
    o.exitWhenDone = parser.isSet(exitWhenDone);
    o.captureDocsDir = parser.value(capture);
    o.typeToConfirm = parser.isSet(typeToConfirm);
    o.showBriefings = o.autoplay.isEmpty() && o.captureDocsDir.isEmpty() && !o.exitWhenDone;
    if (!o.captureDocsDir.isEmpty() && !o.autoplay.isEmpty()
        && o.autoplay != QLatin1String("terminate"))
        return failure(tr("--capture-docs plays the procedures it pictures; it cannot be combined "
                          "with --autoplay %1")
                           .arg(o.autoplay));
    return o;
}
