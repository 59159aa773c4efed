#include "SimOptions.h"

#include "Scenarios.h"
#include "TlsIdentity.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

SimOptions failure(const QString &message)
{
    SimOptions o;
    o.exitNow = true;
    o.exitCode = 2;
    o.text = SimOptions::tr("sync-console-sim: %1\nTry \u201csync-console-sim --help\u201d.")
                 .arg(message);
    return o;
}

// The command line's options, declared on a parser.
struct Flags
{
    QCommandLineOption help, version, port, listen, apiKey, scenario, list, state, lifetime, delay,
        fault, lang, classroom, tls, tlsCert, tlsKey, tlsName;
};

Flags declare(QCommandLineParser &parser)
{
    parser.setApplicationDescription(SimOptions::tr(
        "A simulated MongoDB Atlas App Services Admin API v3.0 for Sync Console: pause, "
        "terminate and re-enable Sync, drafts, deployments, expiring sessions and injected "
        "faults, on your own machine.\n\n"
        "The first line printed is the base URL of the API. Loopback clients can also use "
        "the control API: GET|POST|DELETE /_sim/faults, POST /_sim/expire-tokens, "
        "POST /_sim/clock?advance=SECONDS, POST /_sim/settings, GET /_sim/state, "
        "POST /_sim/reset (back to the scenario's start: its apps, drafts, devices, logs, "
        "faults and clock; sessions stay signed in), "
        "GET|POST /_sim/apps/APP/devices, GET|PATCH|DELETE /_sim/apps/APP/devices/ID, "
        "POST /_sim/apps/APP/devices/ID/reset (a device waiting in error), "
        "POST /_sim/apps/APP/logs (add log entries).\n\n"
        "Each app has client devices that sync while Sync runs, are refused while it is "
        "paused (213), and after a terminate and re-enable are refused (208) and reset by "
        "their client reset mode; GET .../apps/APP/logs shows what they did."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")},
        SimOptions::tr("The port to listen on; 0 picks a free one."), SimOptions::tr("N"),
        QStringLiteral("0"));
    const QCommandLineOption listen(QStringLiteral("listen"),
        SimOptions::tr(
            "The address to listen on (a training room may use 0.0.0.0, with --api-key)."),
        SimOptions::tr("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
        SimOptions::tr("The accepted API key pair (a default pair is printed at start-up)."),
        SimOptions::tr("PUBLIC:PRIVATE"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        SimOptions::tr("The scenario to start with (see --list-scenarios)."),
        SimOptions::tr("NAME"), Scenarios::defaultName());
    const QCommandLineOption list(
        QStringLiteral("list-scenarios"), SimOptions::tr("List the scenarios and exit."));
    const QCommandLineOption state(QStringLiteral("state"),
        SimOptions::tr("Keep the state in FILE across restarts (written atomically)."),
        SimOptions::tr("FILE"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
        SimOptions::tr("How long access tokens live, in seconds."), SimOptions::tr("SECONDS"),
        QStringLiteral("1800"));
    const QCommandLineOption delay(QStringLiteral("deployment-delay"),
        SimOptions::tr("How long a deployment takes, in milliseconds."), SimOptions::tr("MS"),
        QStringLiteral("1500"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        SimOptions::tr(
            "Inject a fault (repeatable): \u201cMETHOD PATH key=value...\u201d with latency=MS, "
            "status=CODE, retry-after=S, count=N, malformed, drop, redirect=URL, oversize=BYTES, "
            "deploy-error=MESSAGE; PATH is "
            "below /api/admin/v3.0 and * matches anything, e.g. \u201cGET /groups/*/apps "
            "status=503 count=2\u201d."),
        SimOptions::tr("SPEC"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        SimOptions::tr("The language of the simulator's messages and scenarios: %1; default: the "
                       "system's.")
            .arg(Translations::available().join(QStringLiteral(", "))),
        SimOptions::tr("LANGUAGE", "value of --lang"));
    // The simulator's classroom messages are English only.
    const QCommandLineOption classroom(QStringLiteral("classroom"),
        QStringLiteral("Serve a class: N seats (1 to 200), each a project of its own with its own "
                       "key pair, all starting from the scenario; prints the seats' sheet and "
                       "writes it to classroom-sheet.md (with --state: FILE.classroom/, where "
                       "the seats are kept too)."),
        QStringLiteral("N"));
    // The simulator's TLS messages are English only.
    const QCommandLineOption tls(QStringLiteral("tls"),
        QStringLiteral("Serve https. Without --tls-cert the simulator makes its own self-signed "
                       "certificate on the first start, for this host's names and addresses, "
                       "keeps it beside the state (FILE.tls/ with --state, else its data "
                       "directory) and reuses it; it prints the certificate's SHA-256 "
                       "fingerprint, which the consoles compare and pin."));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        QStringLiteral("With --tls: the certificate to serve (PEM), instead of the "
                       "simulator's own."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
        QStringLiteral("With --tls-cert: its private key (PEM, EC or RSA)."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsName(QStringLiteral("tls-name"),
        QStringLiteral("With --tls (repeatable): one more host name or address the simulator's "
                       "own certificate is made for (only when it is made, on the first start)."),
        QStringLiteral("NAME"));
    parser.addOptions({port, listen, apiKey, scenario, list, state, lifetime, delay, fault, lang,
        classroom, tls, tlsCert, tlsKey, tlsName});
    return {help, version, port, listen, apiKey, scenario, list, state, lifetime, delay, fault,
        lang, classroom, tls, tlsCert, tlsKey, tlsName};
}

// --tls and its certificate; a problem in words, or "".
QString readTls(const QCommandLineParser &parser, const Flags &f, SimOptions &o)
{
    o.tls = parser.isSet(f.tls);
    o.tlsCert = parser.value(f.tlsCert);
    o.tlsKey = parser.value(f.tlsKey);
    o.tlsNames = parser.values(f.tlsName);
    if (!o.tls && (parser.isSet(f.tlsCert) || parser.isSet(f.tlsKey) || parser.isSet(f.tlsName)))
        return QStringLiteral("--tls-cert, --tls-key and --tls-name need --tls");
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return QStringLiteral("--tls-cert and --tls-key go together");
    for (const QString &name : std::as_const(o.tlsNames))
        if (!TlsIdentity::isValidName(name))
            return QStringLiteral("--tls-name needs a host name or an IP address, not "
                                  "\u201c%1\u201d")
                .arg(name);
    return {};
}

// Where to listen and which key pair to accept; a problem in words, or "".
QString readNetwork(const QCommandLineParser &parser, const Flags &f, SimOptions &o)
{
    bool ok = false;
    const uint portValue = parser.value(f.port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return SimOptions::tr("--port needs a number from 0 to 65535, not \u201c%1\u201d")
            .arg(parser.value(f.port));
    o.port = static_cast<quint16>(portValue);
    if (!o.address.setAddress(parser.value(f.listen)))
        return SimOptions::tr("--listen needs an IP address, not \u201c%1\u201d")
            .arg(parser.value(f.listen));

    o.publicKey = SimDefaults::publicKey();
    o.privateKey = SimDefaults::privateKey();
    if (parser.isSet(f.apiKey)) {
        const QString pair = parser.value(f.apiKey);
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == pair.size() - 1)
            return SimOptions::tr("--api-key needs PUBLIC:PRIVATE, both parts non-empty");
        o.publicKey = pair.left(colon);
        o.privateKey = pair.mid(colon + 1);
    } else if (!o.address.isLoopback()) {
        // The default pair is printed in every README: off loopback it would let anyone in.
        return SimOptions::tr("--listen %1 makes the simulator reachable from other machines; "
                              "give it a key pair of your own with --api-key PUBLIC:PRIVATE (the "
                              "default pair is published)")
            .arg(o.address.toString());
    }
    return readTls(parser, f, o);
}

// The world to serve: scenario, state file, token lifetime, deployment delay, faults.
QString readWorld(const QCommandLineParser &parser, const Flags &f, SimOptions &o)
{
    o.scenario = parser.value(f.scenario);
    if (!Scenarios::names().contains(o.scenario))
        return SimOptions::tr("unknown scenario \u201c%1\u201d; choose one of: %2")
            .arg(o.scenario, Scenarios::names().join(QStringLiteral(", ")));
    o.statePath = parser.value(f.state);

    bool ok = false;
    o.tokenLifetimeSeconds = parser.value(f.lifetime).toInt(&ok);
    if (!ok || o.tokenLifetimeSeconds < 1)
        return SimOptions::tr("--token-lifetime needs a whole number of seconds, at least 1");
    o.deploymentDelayMs = parser.value(f.delay).toInt(&ok);
    if (!ok || o.deploymentDelayMs < 0)
        return SimOptions::tr(
            "--deployment-delay needs a whole number of milliseconds, at least 0");

    if (parser.isSet(f.classroom)) {
        o.classroomSeats = parser.value(f.classroom).toInt(&ok);
        if (!ok || o.classroomSeats < 1 || o.classroomSeats > 200)
            return QStringLiteral("--classroom needs a number of seats from 1 to 200, not "
                                  "\u201c%1\u201d")
                .arg(parser.value(f.classroom));
    }

    for (const QString &spec : parser.values(f.fault)) {
        QString problem;
        const std::optional<FaultRule> rule = FaultRule::parse(spec, &problem);
        if (!rule)
            return problem;
        o.faults.append(*rule);
    }
    return {};
}

} // namespace

SimOptions SimOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Flags f = declare(parser);
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return failure(
            tr("unexpected argument \u201c%1\u201d").arg(parser.positionalArguments().first()));
    if (parser.isSet(f.lang) && !Translations::available().contains(parser.value(f.lang)))
        return failure(
            tr("unknown language \u201c%1\u201d; the simulator speaks: %2")
                .arg(parser.value(f.lang), Translations::available().join(QStringLiteral(", "))));

    SimOptions o;
    if (parser.isSet(f.help) || parser.isSet(f.version)) {
        o.exitNow = true;
        o.text = parser.isSet(f.help)
            ? parser.helpText()
            : QStringLiteral("sync-console-sim %1").arg(QCoreApplication::applicationVersion());
        return o;
    }
    if (parser.isSet(f.list)) {
        o.exitNow = true;
        for (const QString &name : Scenarios::names())
            o.text += QStringLiteral("%1\t%2\n").arg(name, Scenarios::description(name));
        return o;
    }
    if (const QString problem = readNetwork(parser, f, o); !problem.isEmpty())
        return failure(problem);
    if (const QString problem = readWorld(parser, f, o); !problem.isEmpty())
        return failure(problem);
    return o;
}
