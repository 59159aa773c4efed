#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The command line of sync-consolectl, parsed and checked: one command, its arguments, and the
// options that say where to go (the console's profiles, --base-url or the built-in simulator)
// and how to answer (text or --json).
struct CtlOptions
{
    Q_DECLARE_TR_FUNCTIONS(CtlOptions)

public:
    QString command;
    QStringList arguments; // after the command: drafts on|off, redeploy ID, runbook NAME

    // Where: --base-url with the MONGODB_ATLAS_* keys, a saved --profile, else the console's
    // last profile, else the built-in simulator and its --scenario.
    QString baseUrl;
    QString groupId;
    QString app;
    QString profile;
    QString scenario;
    bool scenarioGiven = false;
    QString language;
    QString pin; // --pin: the certificate's SHA-256 fingerprint, normalized (CertificatePin)

    bool json = false;
    bool yes = false;
    bool dryRun = false;
    int timeoutSeconds = 300;
    int intervalMs = 2000; // --watch and --follow read again this often
    int count = 0; // --watch, --follow: stop after this many updates; 0: never

    bool watch = false;
    bool fromSnapshot = false;
    QString configFile;
    QString deploymentName;
    QString logType; // a wire name: SYNC_ERROR, SYNC_SESSION_START...
    bool errorsOnly = false;
    QDateTime since;
    QString userId;
    bool follow = false;
    int waitSeconds = 600; // runbook terminate-and-reenable
    QString reportFile; // runbook: the procedure report, in Markdown (or PDF)
    QString outFile; // report: where it goes; stdout when empty
    bool pdf = false; // report, runbook: a PDF whatever the file's name

    bool exitNow = false;
    int exitCode = 0;
    QString text;

    static QStringList commands();
    // The commands that change the app (and so go through a draft when drafts are on).
    bool isChange() const;
    bool needsApp() const;
    // `arguments` as main() has them. With --json, a usage error is a JSON document too.
    static CtlOptions parse(const QStringList &arguments);
    // Whether the command line asks for a PDF (--pdf, or a FILE ending in .pdf): main() then
    // needs a QGuiApplication. Read before any application exists, so from argv.
    static bool wantsPdf(int argc, char **argv);
    // "10m", "90s", "2h", "1d" or a number of seconds; -1 when it is none of these.
    static int parseDuration(const QString &text);

private:
    static CtlOptions parseArguments(const QStringList &arguments);
};
