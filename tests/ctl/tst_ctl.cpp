// sync-consolectl against the simulator over loopback: every command, with drafts on and off,
// its --json checked against tests/ctl/ctl-output.schema.json (valijson), and every exit code.
// The commands run in-process through CtlRun, the object the program's main() drives; a few
// run through the built program itself.
#include "CtlExit.h"
#include "CtlOptions.h"
#include "CtlRun.h"
#include "CtlTerminal.h"
#include "MemorySecretStore.h"
#include "ProcessRun.h"
#include "ProfileStore.h"
#include "SimFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace {

// A person at a terminal whose answers the test writes in advance.
class ScriptedTerminal final : public CtlTerminal
{
public:
    bool isInteractive = false;
    QStringList answers;
    QStringList prompts;

    bool interactive() const override { return isInteractive; }
    void ask(const QString &prompt, QObject *context, Answer answer) override
    {
        prompts.append(prompt);
        const QString line = answers.isEmpty() ? QString() : answers.takeFirst();
        QTimer::singleShot(0, context, [answer, line] { answer(line); });
    }
    void progress(const QString &) override { }
    void endProgress() override { }
};

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject document; // --json: the document, or the last line when streaming
    QList<QJsonObject> lines; // --json with --watch or --follow: every line before the last
};

} // namespace

class TestCtl : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_secrets;
    QJsonObject m_schema;

    QString baseUrl() const { return m_sim->server.baseUrl().toString(); }

    // Runs `args` (no program name) against the fixture's simulator unless `args` names where
    // to go itself.
    Outcome run(QStringList args, ScriptedTerminal *terminal = nullptr)
    {
        if (!args.contains(QStringLiteral("--base-url"))
            && !args.contains(QStringLiteral("--profile")))
            args << QStringLiteral("--base-url") << baseUrl();
        args.prepend(QStringLiteral("sync-consolectl"));
        Outcome o;
        const CtlOptions options = CtlOptions::parse(args);
        if (options.exitNow) {
            o.code = options.exitCode;
            (options.json ? o.out : o.err) = options.text;
            o.document = QJsonDocument::fromJson(o.out.toUtf8()).object();
            return o;
        }
        QTextStream out(&o.out);
        QTextStream err(&o.err);
        ScriptedTerminal script;
        CtlRun ctl(
            options, m_settings.get(), &m_secrets, terminal ? terminal : &script, &out, &err);
        ctl.setSnapshotDirectory(m_dir->path());
        ctl.setPollIntervalMs(10);
        QSignalSpy finished(&ctl, &CtlRun::finished);
        ctl.start();
        if (finished.isEmpty() && !finished.wait(20000))
            return o;
        out.flush();
        err.flush();
        o.code = finished.first().first().toInt();
        if (options.json) {
            const QByteArray bytes = o.out.toUtf8();
            QJsonParseError e;
            const QJsonDocument whole = QJsonDocument::fromJson(bytes, &e);
            if (e.error == QJsonParseError::NoError) {
                o.document = whole.object();
            } else {
                for (const QByteArray &line : bytes.split('\n'))
                    if (!line.trimmed().isEmpty())
                        o.lines.append(QJsonDocument::fromJson(line).object());
                if (!o.lines.isEmpty())
                    o.document = o.lines.takeLast();
            }
        }
        return o;
    }

    // Empty when `value` is valid against the schema's definition `name`.
    QString validate(const QJsonObject &value, const QString &name) const
    {
        QJsonObject root = m_schema;
        root.insert(QStringLiteral("allOf"),
            QJsonArray {
                QJsonObject {{QStringLiteral("$ref"), QStringLiteral("#/definitions/") + name}}});
        valijson::Schema compiled;
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        parser.populateSchema(valijson::adapters::QtJsonAdapter(root), compiled);
        valijson::Validator validator;
        valijson::ValidationResults results;
        if (validator.validate(compiled, valijson::adapters::QtJsonAdapter(value), &results))
            return {};
        QStringList errors;
        valijson::ValidationResults::Error error;
        while (results.popError(error)) {
            QString context;
            for (const std::string &c : error.context)
                context += QString::fromStdString(c);
            errors.append(
                context + QStringLiteral(": ") + QString::fromStdString(error.description));
        }
        return errors.join(QStringLiteral("; ")) + QStringLiteral("\n")
            + QString::fromUtf8(QJsonDocument(value).toJson());
    }

    // Runs a --json command and checks its document against the schema and its exit code.
    QJsonObject runJson(QStringList args, int expectedCode, ScriptedTerminal *terminal = nullptr)
    {
        args << QStringLiteral("--json");
        const Outcome o = run(args, terminal);
        [&] {
            QVERIFY2(o.code == expectedCode,
                qPrintable(QStringLiteral("%1: exit %2, expected %3\n%4\n%5")
                               .arg(args.join(QLatin1Char(' ')))
                               .arg(o.code)
                               .arg(expectedCode)
                               .arg(o.out, o.err)));
            const QString problem = validate(o.document, QStringLiteral("document"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(o.document.value(QStringLiteral("exitCode")).toInt(), expectedCode);
        }();
        return o.document;
    }

    QString state()
    {
        return runJson({QStringLiteral("status")}, 0)
            .value(QStringLiteral("status"))
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
    }

    bool draftsOff()
    {
        const QJsonObject d = runJson({QStringLiteral("drafts"), QStringLiteral("off")}, 0);
        return d.value(QStringLiteral("draftsEnabled")) == QJsonValue(false);
    }

private slots:
    void initTestCase()
    {
        QFile schema(QStringLiteral(CTL_SCHEMA));
        QVERIFY(schema.open(QIODevice::ReadOnly));
        m_schema = QJsonDocument::fromJson(schema.readAll()).object();
        QVERIFY(!m_schema.isEmpty());
        qputenv("MONGODB_ATLAS_PUBLIC_API_KEY", SimDefaults::publicKey().toUtf8());
        qputenv("MONGODB_ATLAS_PRIVATE_API_KEY", SimDefaults::privateKey().toUtf8());
    }

    void init()
    {
        m_sim = std::make_unique<SimFixture>();
        QVERIFY(m_sim->started);
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_secrets.secrets.clear();
    }

    void statusReadsTheApp()
    {
        const QJsonObject d = runJson({QStringLiteral("status")}, 0);
        const QJsonObject s = d.value(QStringLiteral("status")).toObject();
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
        QCOMPARE(s.value(QStringLiteral("appId")).toString(), m_sim->appRef().appId);
        QCOMPARE(s.value(QStringLiteral("draftsEnabled")).toBool(), true);
        const Outcome text = run({QStringLiteral("status")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("enabled")), qPrintable(text.out));
    }

    void watchPrintsJsonLines()
    {
        const Outcome o = run({QStringLiteral("status"), QStringLiteral("--watch"),
            QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--interval"),
            QStringLiteral("20ms"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.lines.size(), 1);
        const QString problem = validate(o.lines.first(), QStringLiteral("status"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(validate(o.document, QStringLiteral("document")).isEmpty());
    }

    // Drafts on: the change goes into a draft, its diff is printed, and it is deployed.
    void pauseAndResumeThroughADraft()
    {
        const QJsonObject paused = runJson({QStringLiteral("pause"), QStringLiteral("--yes")}, 0);
        QVERIFY(!paused.value(QStringLiteral("diff")).toArray().isEmpty());
        QCOMPARE(
            paused.value(QStringLiteral("deployment")).toObject().value(QStringLiteral("status")),
            QJsonValue(QStringLiteral("successful")));
        QCOMPARE(state(), QStringLiteral("paused"));
        // Already paused: nothing to do, and that is done.
        runJson({QStringLiteral("pause"), QStringLiteral("--yes")}, 0);
        runJson({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--name"),
                    QStringLiteral("x")},
            2); // --name belongs to deploy
        runJson({QStringLiteral("resume"), QStringLiteral("--yes")}, 0);
        QCOMPARE(state(), QStringLiteral("enabled"));
    }

    void aChangeNeedsAConfirmationWithDraftsOn()
    {
        const QJsonObject refused = runJson({QStringLiteral("pause")}, CtlExit::Usage);
        QVERIFY(
            refused.value(QStringLiteral("message")).toString().contains(QStringLiteral("--yes")));
        QCOMPARE(state(), QStringLiteral("enabled"));
        const QJsonObject drafts = runJson({QStringLiteral("drafts")}, 0);
        QVERIFY(drafts.value(QStringLiteral("draft")).isNull());
    }

    void dryRunShowsTheDiffAndLeavesNothing()
    {
        const QJsonObject d = runJson({QStringLiteral("pause"), QStringLiteral("--dry-run")}, 0);
        const QJsonArray diff = d.value(QStringLiteral("diff")).toArray();
        QVERIFY2(!diff.isEmpty() && QJsonDocument(diff).toJson().contains("disabled"),
            QJsonDocument(diff).toJson().constData());
        QVERIFY(!d.contains(QStringLiteral("deployment")));
        QCOMPARE(state(), QStringLiteral("enabled"));
        QVERIFY(runJson({QStringLiteral("drafts")}, 0).value(QStringLiteral("draft")).isNull());
    }

    void aPendingDraftIsAConflict()
    {
        QVERIFY(m_sim->login());
        const auto draft = m_sim->run<Draft>([this](QObject *c, auto done) {
            m_sim->client->createDraft(m_sim->appRef(), c, done);
        });
        QVERIFY(draft.ok());
        runJson({QStringLiteral("pause"), QStringLiteral("--yes")}, CtlExit::Conflict);
        runJson({QStringLiteral("runbook"), QStringLiteral("terminate-and-reenable"),
                    QStringLiteral("--yes"), QStringLiteral("--wait"), QStringLiteral("0")},
            CtlExit::Conflict);
        const QJsonObject drafts = runJson({QStringLiteral("drafts")}, 0);
        QCOMPARE(
            drafts.value(QStringLiteral("draft")).toObject().value(QStringLiteral("id")).toString(),
            draft.value.id);
        runJson({QStringLiteral("diff")}, 0);
        runJson({QStringLiteral("discard")}, 0);
        QVERIFY(runJson({QStringLiteral("drafts")}, 0).value(QStringLiteral("draft")).isNull());
        runJson({QStringLiteral("discard")}, 0); // nothing left to discard
        runJson({QStringLiteral("deploy"), QStringLiteral("--yes")}, CtlExit::Refused);
        const QJsonObject noDiff = runJson({QStringLiteral("diff")}, 0);
        QVERIFY(noDiff.value(QStringLiteral("diff")).toArray().isEmpty());
    }

    void deployAPendingDraftWithAName()
    {
        QVERIFY(m_sim->login());
        // A change saved into a draft elsewhere (the console, another script).
        QVERIFY(m_sim
                    ->run<Draft>([this](QObject *c, auto done) {
                        m_sim->client->createDraft(m_sim->appRef(), c, done);
                    })
                    .ok());
        runJson({QStringLiteral("deploy")}, CtlExit::Usage); // no --yes, no terminal
        const QJsonObject d
            = runJson({QStringLiteral("deploy"), QStringLiteral("--yes"), QStringLiteral("--name"),
                          QStringLiteral("from the command line")},
                0);
        QCOMPARE(d.value(QStringLiteral("deployment")).toObject().value(QStringLiteral("name")),
            QJsonValue(QStringLiteral("from the command line")));
    }

    void deploymentsAndRedeploy()
    {
        runJson({QStringLiteral("pause"), QStringLiteral("--yes")}, 0);
        const QJsonArray all = runJson({QStringLiteral("deployments")}, 0)
                                   .value(QStringLiteral("deployments"))
                                   .toArray();
        QVERIFY(!all.isEmpty());
        const QString id = all.first().toObject().value(QStringLiteral("id")).toString();
        runJson({QStringLiteral("redeploy")}, CtlExit::Usage); // no id
        runJson({QStringLiteral("redeploy"), id}, CtlExit::Usage); // not confirmed
        const QJsonObject again
            = runJson({QStringLiteral("redeploy"), id, QStringLiteral("--yes")}, 0);
        QVERIFY(again.value(QStringLiteral("deployment")).toObject().value(QStringLiteral("id"))
            != QJsonValue(id));
        runJson({QStringLiteral("redeploy"), QStringLiteral("000000000000000000000000"),
                    QStringLiteral("--yes")},
            CtlExit::Refused);
    }

    void terminateAndEnableFromTheSnapshot()
    {
        runJson({QStringLiteral("enable"), QStringLiteral("--yes")}, 0); // already enabled
        runJson({QStringLiteral("terminate")}, CtlExit::Usage); // no typed phrase, no --yes
        QCOMPARE(state(), QStringLiteral("enabled"));
        runJson({QStringLiteral("terminate"), QStringLiteral("--yes")}, 0);
        QCOMPARE(state(), QStringLiteral("terminated"));
        runJson({QStringLiteral("resume"), QStringLiteral("--yes")}, CtlExit::Refused);
        runJson({QStringLiteral("enable"), QStringLiteral("--yes"), QStringLiteral("--config"),
                    m_dir->filePath(QStringLiteral("missing.json"))},
            CtlExit::Usage);
        runJson(
            {QStringLiteral("enable"), QStringLiteral("--yes"), QStringLiteral("--from-snapshot")},
            0);
        QCOMPARE(state(), QStringLiteral("enabled"));
    }

    void enableFromAConfigFile()
    {
        QVERIFY(draftsOff());
        runJson({QStringLiteral("terminate"), QStringLiteral("--yes")}, 0);
        QFile file(m_dir->filePath(QStringLiteral("sync.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"flexible_sync": {"state": "enabled", "database_name": "todo",
            "queryable_fields_names": ["owner_id"], "permissions": {"rules": {}, "defaultRoles": []}}})");
        file.close();
        runJson({QStringLiteral("enable"), QStringLiteral("--config"), file.fileName()}, 0);
        QCOMPARE(state(), QStringLiteral("enabled"));
    }

    // Drafts off: a change is live at once, without a draft or a confirmation.
    void draftsOffChangesAtOnce()
    {
        QVERIFY(draftsOff());
        runJson({QStringLiteral("drafts"), QStringLiteral("off")}, 0); // already off
        const QJsonObject paused = runJson({QStringLiteral("pause")}, 0);
        QVERIFY(!paused.contains(QStringLiteral("diff")));
        QCOMPARE(state(), QStringLiteral("paused"));
        runJson({QStringLiteral("resume"), QStringLiteral("--dry-run")}, CtlExit::Usage);
        runJson({QStringLiteral("resume")}, 0);
        QCOMPARE(state(), QStringLiteral("enabled"));
        runJson({QStringLiteral("drafts"), QStringLiteral("on")}, 0);
        QCOMPARE(runJson({QStringLiteral("status")}, 0)
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("draftsEnabled")),
            QJsonValue(true));
    }

    void aPersonConfirmsAtTheTerminal()
    {
        ScriptedTerminal no;
        no.isInteractive = true;
        no.answers = {QStringLiteral("n")};
        runJson({QStringLiteral("pause")}, CtlExit::Usage, &no);
        QCOMPARE(no.prompts.size(), 1);
        QCOMPARE(state(), QStringLiteral("enabled"));
        QVERIFY(runJson({QStringLiteral("drafts")}, 0).value(QStringLiteral("draft")).isNull());

        ScriptedTerminal yes;
        yes.isInteractive = true;
        yes.answers = {QStringLiteral("y")};
        runJson({QStringLiteral("pause")}, 0, &yes);
        QCOMPARE(state(), QStringLiteral("paused"));

        ScriptedTerminal wrongPhrase;
        wrongPhrase.isInteractive = true;
        wrongPhrase.answers = {QStringLiteral("yes")};
        runJson({QStringLiteral("terminate")}, CtlExit::Usage, &wrongPhrase);
        QCOMPARE(state(), QStringLiteral("paused"));

        ScriptedTerminal phrase;
        phrase.isInteractive = true;
        phrase.answers = {QStringLiteral("Terminate Sync")};
        runJson({QStringLiteral("terminate")}, 0, &phrase);
        QCOMPARE(phrase.prompts.size(), 1); // the phrase confirms the deployment too
        QCOMPARE(state(), QStringLiteral("terminated"));
    }

    void logs()
    {
        const QJsonArray entries
            = runJson({QStringLiteral("logs")}, 0).value(QStringLiteral("entries")).toArray();
        QVERIFY(!entries.isEmpty());
        const QJsonObject some = runJson(
            {QStringLiteral("logs"), QStringLiteral("--type"), QStringLiteral("sync_session_start"),
                QStringLiteral("--since"), QStringLiteral("1d")},
            0);
        for (const QJsonValue &e : some.value(QStringLiteral("entries")).toArray())
            QCOMPARE(e.toObject().value(QStringLiteral("type")).toString(),
                QStringLiteral("SYNC_SESSION_START"));
        runJson({QStringLiteral("logs"), QStringLiteral("--errors"), QStringLiteral("--user"),
                    QStringLiteral("nobody")},
            0);
        runJson({QStringLiteral("logs"), QStringLiteral("--type"), QStringLiteral("nonsense")},
            CtlExit::Usage);
        const Outcome followed = run({QStringLiteral("logs"), QStringLiteral("--follow"),
            QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--interval"),
            QStringLiteral("20ms"), QStringLiteral("--json")});
        QCOMPARE(followed.code, 0);
        QCOMPARE(followed.lines.size(), 2);
        for (const QJsonObject &line : followed.lines)
            QVERIFY(validate(line, QStringLiteral("logEntry")).isEmpty());
    }

    void scenarios()
    {
        const QJsonObject d = runJson({QStringLiteral("scenarios")}, 0);
        QVERIFY(d.value(QStringLiteral("scenarios")).toArray().size() > 3);
    }

    void theSimulatorsDevicesAndClock()
    {
        const QJsonArray devices
            = runJson({QStringLiteral("devices")}, 0).value(QStringLiteral("devices")).toArray();
        QVERIFY(!devices.isEmpty()); // the default scenario's app has five
        for (const QJsonValue &d : devices)
            QVERIFY(!d.toObject().value(QStringLiteral("id")).toString().isEmpty());
        const QDateTime before = m_sim->backend.now();
        const QJsonObject moved = runJson({QStringLiteral("time"), QStringLiteral("10m")}, 0);
        QCOMPARE(moved.value(QStringLiteral("advancedSeconds")).toInt(), 600);
        QVERIFY(m_sim->backend.now() >= before.addSecs(600));
        runJson({QStringLiteral("time")}, CtlExit::Usage);
        runJson({QStringLiteral("time"), QStringLiteral("20y")}, CtlExit::Usage);
    }

    void runbookTerminatesAndReenables()
    {
        runJson(
            {QStringLiteral("runbook"), QStringLiteral("terminate-and-reenable")}, CtlExit::Usage);
        const QJsonObject d
            = runJson({QStringLiteral("runbook"), QStringLiteral("terminate-and-reenable"),
                          QStringLiteral("--wait"), QStringLiteral("0"), QStringLiteral("--yes")},
                0);
        QVERIFY(d.contains(QStringLiteral("preview")));
        QVERIFY(d.contains(QStringLiteral("tally")));
        QCOMPARE(state(), QStringLiteral("enabled"));
    }

    // The procedure report: every section, both deployments, and no secret.
    void runbookWritesTheReport()
    {
        const QString path = m_dir->filePath(QStringLiteral("report.md"));
        const QJsonObject d
            = runJson({QStringLiteral("runbook"), QStringLiteral("terminate-and-reenable"),
                          QStringLiteral("--wait"), QStringLiteral("0"), QStringLiteral("--yes"),
                          QStringLiteral("--report"), path},
                0);
        QCOMPARE(d.value(QStringLiteral("report")).toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(file.readAll());
        for (const char *section :
            {"# Procedure report", "| Who |", "| App |", "| Wait |", "## Client resets, before",
                "## Configuration before (the snapshot)", "## Deployments",
                "## Configuration after", "## Client resets, after", "## Log errors seen",
                "## API calls", "\"state\": \"enabled\"", "`POST http", "/deployment"})
            QVERIFY2(report.contains(QString::fromUtf8(section)), section);
        QCOMPARE(report.count(QStringLiteral(": successful")), 2);
        for (const QString &secret : {SimDefaults::privateKey(), QStringLiteral("access_token"),
                 QStringLiteral("refresh_token"), QStringLiteral("Bearer")})
            QVERIFY2(!report.contains(secret), qPrintable(secret));
        runJson({QStringLiteral("status"), QStringLiteral("--report"), path}, CtlExit::Usage);
    }

    // report --since: what happened on the app since then, as Markdown, a file or JSON.
    void reportSinceATime()
    {
        runJson({QStringLiteral("report")}, CtlExit::Usage); // --since is needed
        runJson({QStringLiteral("report"), QStringLiteral("--since"), QStringLiteral("1h"),
                    QStringLiteral("--pdf")},
            CtlExit::Usage); // a PDF goes into a file
        runJson({QStringLiteral("status"), QStringLiteral("--out"), QStringLiteral("x.md")},
            CtlExit::Usage);
        runJson({QStringLiteral("runbook"), QStringLiteral("terminate-and-reenable"),
                    QStringLiteral("--wait"), QStringLiteral("0"), QStringLiteral("--yes")},
            0);
        const QJsonObject d = runJson(
            {QStringLiteral("report"), QStringLiteral("--since"), QStringLiteral("10m")}, 0);
        const QJsonObject report = d.value(QStringLiteral("procedureReport")).toObject();
        QVERIFY2(validate(report, QStringLiteral("procedureReport")).isEmpty(),
            qPrintable(validate(report, QStringLiteral("procedureReport"))));
        const QJsonArray deployments = report.value(QStringLiteral("deployments")).toArray();
        QCOMPARE(deployments.size(), 2); // the terminate and the enable, oldest first
        QVERIFY(deployments.at(0).toObject().value(QStringLiteral("deployedAt")).toString()
            <= deployments.at(1).toObject().value(QStringLiteral("deployedAt")).toString());
        QCOMPARE(report.value(QStringLiteral("before"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
            QStringLiteral("enabled")); // the snapshot terminate saved
        QVERIFY(!report.value(QStringLiteral("tally")).toString().isEmpty());
        QVERIFY(!report.value(QStringLiteral("devices")).toArray().isEmpty());
        QVERIFY(!report.value(QStringLiteral("calls")).toArray().isEmpty());
        QCOMPARE(report.value(QStringLiteral("waitSeconds")).toInt(), -1);

        // Markdown on stdout, without --json; into a file with --out.
        const Outcome text
            = run({QStringLiteral("report"), QStringLiteral("--since"), QStringLiteral("10m")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("# Procedure report: Sync since")),
            qPrintable(text.out));
        for (const char *section : {"## Deployments", "## Devices", "## Log errors seen",
                 "## API calls", "## Configuration before (the snapshot)"})
            QVERIFY2(text.out.contains(QString::fromUtf8(section)), section);
        const QString path = m_dir->filePath(QStringLiteral("since.md"));
        const QJsonObject written = runJson({QStringLiteral("report"), QStringLiteral("--since"),
                                                QStringLiteral("10m"), QStringLiteral("--out"), path},
            0);
        QCOMPARE(written.value(QStringLiteral("report")).toString(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(file.readAll());
        QVERIFY(md.contains(QStringLiteral("## Client resets, after")));
        for (const QString &secret : {SimDefaults::privateKey(), QStringLiteral("access_token"),
                 QStringLiteral("refresh_token"), QStringLiteral("Bearer")})
            QVERIFY2(!md.contains(secret), qPrintable(secret));
        // A PDF needs a QGuiApplication, which this test (and a QCoreApplication) does not
        // have: it says so instead of writing an empty file.
        const QJsonObject pdf = runJson({QStringLiteral("report"), QStringLiteral("--since"),
                                            QStringLiteral("10m"), QStringLiteral("--out"),
                                            m_dir->filePath(QStringLiteral("since.pdf"))},
            CtlExit::Refused);
        QVERIFY(pdf.value(QStringLiteral("message")).toString().contains(QStringLiteral("PDF")));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("since.pdf"))));
    }

    void theServerRefuses()
    {
        QVERIFY(draftsOff());
        QVERIFY(m_sim->inject(QStringLiteral("PATCH */config status=400")));
        const QJsonObject d = runJson({QStringLiteral("pause")}, CtlExit::Refused);
        QCOMPARE(
            d.value(QStringLiteral("error")).toObject().value(QStringLiteral("httpStatus")), 400);
    }

    void networkAndSignInFailures()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString url
            = QStringLiteral("http://127.0.0.1:%1/api/admin/v3.0").arg(closed.serverPort());
        closed.close();
        runJson(
            {QStringLiteral("status"), QStringLiteral("--base-url"), url}, CtlExit::Unreachable);
        qputenv("MONGODB_ATLAS_PRIVATE_API_KEY", "wrong");
        const QJsonObject d = runJson({QStringLiteral("status")}, CtlExit::Unreachable);
        qputenv("MONGODB_ATLAS_PRIVATE_API_KEY", SimDefaults::privateKey().toUtf8());
        QVERIFY(!d.value(QStringLiteral("message")).toString().isEmpty());
    }

    void aServerThatNeverAnswersTimesOut()
    {
        QTcpServer silent; // accepts, and never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString url
            = QStringLiteral("http://127.0.0.1:%1/api/admin/v3.0").arg(silent.serverPort());
        runJson({QStringLiteral("status"), QStringLiteral("--base-url"), url,
                    QStringLiteral("--timeout"), QStringLiteral("1")},
            CtlExit::TimedOut);
    }

    void usageErrors()
    {
        for (const QStringList &args : {QStringList {}, QStringList {QStringLiteral("bogus")},
                 QStringList {QStringLiteral("status"), QStringLiteral("extra")},
                 QStringList {QStringLiteral("status"), QStringLiteral("--follow")},
                 QStringList {QStringLiteral("drafts"), QStringLiteral("maybe")},
                 QStringList {QStringLiteral("status"), QStringLiteral("--dry-run")},
                 QStringList {QStringLiteral("enable"), QStringLiteral("--from-snapshot"),
                     QStringLiteral("--config"), QStringLiteral("f")},
                 QStringList {
                     QStringLiteral("status"), QStringLiteral("--timeout"), QStringLiteral("soon")},
                 QStringList {QStringLiteral("status"), QStringLiteral("--base-url"),
                     QStringLiteral("ftp://x")}}) {
            const CtlOptions o
                = CtlOptions::parse(QStringList {QStringLiteral("sync-consolectl")} + args);
            QVERIFY2(
                o.exitNow && o.exitCode == CtlExit::Usage, qPrintable(args.join(QLatin1Char(' '))));
        }
        QCOMPARE(CtlOptions::parseDuration(QStringLiteral("10m")), 600);
        QCOMPARE(CtlOptions::parseDuration(QStringLiteral("0")), 0);
        QCOMPARE(CtlOptions::parseDuration(QStringLiteral("2h")), 7200);
        QCOMPARE(CtlOptions::parseDuration(QStringLiteral("-1")), -1);
    }

    // A saved profile and its key in the keychain, as the console keeps them.
    void theConsolesProfileAndKeychain()
    {
        ConnectionProfile p;
        p.id = QStringLiteral("training");
        p.name = QStringLiteral("Training");
        p.kind = ConnectionProfile::Kind::AppServices;
        p.baseUrl = baseUrl();
        p.publicKey = SimDefaults::publicKey();
        ProfileStore(m_settings.get()).save(p);
        qunsetenv("MONGODB_ATLAS_PRIVATE_API_KEY");
        runJson({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("training")},
            CtlExit::Unreachable); // no key saved
        m_secrets.secrets.insert(p.id, SimDefaults::privateKey());
        runJson(
            {QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("training")}, 0);
        runJson({QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("nobody")},
            CtlExit::Usage);
        qputenv("MONGODB_ATLAS_PRIVATE_API_KEY", SimDefaults::privateKey().toUtf8());
    }

    // The built program: a QCoreApplication that answers without a display.
    void theProgram()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const QString ctl = QStringLiteral(CTL_BINARY);
        QCOMPARE(ProcessRun::of(ctl, {QStringLiteral("--help")}, env).exitCode, 0);
        QCOMPARE(ProcessRun::of(ctl, {QStringLiteral("nonsense")}, env).exitCode, 2);
        const ProcessRun status
            = ProcessRun::of(ctl, {QStringLiteral("status"), QStringLiteral("--json")}, env);
        QCOMPARE(status.exitCode, 0);
        const QJsonObject d = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QVERIFY2(validate(d, QStringLiteral("document")).isEmpty(), qPrintable(status.out));
        const ProcessRun pause = ProcessRun::of(ctl, {QStringLiteral("pause")}, env);
        QCOMPARE(pause.exitCode, 2); // not a terminal, no --yes
        QVERIFY(pause.out.isEmpty()); // silent progress: nothing but the error, on stderr
        QVERIFY(!pause.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
