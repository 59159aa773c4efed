// The contract: every simulator response validates against the OpenAPI document's schemas
// (valijson), and every request the client can send matches a documented path and method.
#include "ApiRequests.h"
#include "Checked.h"
#include "SimFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <map>
#include <memory>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace {

struct Exchange
{
    QByteArray method;
    QString path;
    int status = 0;
    QByteArray requestBody;
    QByteArray body;
};

// The document's own slips, mended before use: `required` written as a string.
QJsonValue mended(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(mended(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("required") && it.value().isString())
            out.insert(it.key(), QJsonArray {it.value()});
        else
            out.insert(it.key(), mended(it.value()));
    }
    return out;
}

class Contract
{
public:
    bool load(QString *problem)
    {
        QFile file(QStringLiteral(OPENAPI_DOCUMENT));
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = file.errorString();
            return false;
        }
        m_document = mended(QJsonDocument::fromJson(file.readAll()).object()).toObject();
        return m_document.contains(QStringLiteral("paths"));
    }

    // The documented path template that `path` is an instance of, for `method`; empty if none.
    QString templateFor(const QByteArray &method, const QString &path) const
    {
        const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QJsonObject paths = m_document.value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('/'), Qt::SkipEmptyParts);
            if (parts.size() != segments.size())
                continue;
            bool same = true;
            for (qsizetype i = 0; i < parts.size() && same; ++i)
                same = parts[i].startsWith(QLatin1Char('{')) || parts[i] == segments[i];
            if (same && it.value().toObject().contains(QString::fromLatin1(method).toLower()))
                return it.key();
        }
        return {};
    }

    QJsonObject operation(const QString &pathTemplate, const QByteArray &method) const
    {
        return m_document.value(QStringLiteral("paths"))
            .toObject()
            .value(pathTemplate)
            .toObject()
            .value(QString::fromLatin1(method).toLower())
            .toObject();
    }

    // Validates `body` against `schema` (which may $ref the document's components).
    QString validate(const QJsonValue &schema, const QJsonValue &body) const
    {
        QJsonObject root = m_document;
        root.insert(QStringLiteral("allOf"), QJsonArray {schema});
        valijson::Schema compiled;
        try {
            valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
            parser.populateSchema(valijson::adapters::QtJsonAdapter(root), compiled);
        } catch (const std::exception &e) {
            return QStringLiteral("the schema could not be compiled: %1")
                .arg(QString::fromUtf8(e.what()));
        }
        valijson::Validator validator;
        valijson::ValidationResults results;
        if (validator.validate(compiled, valijson::adapters::QtJsonAdapter(body), &results))
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
        return errors.join(QStringLiteral("; "));
    }

    QJsonValue errorSchema() const
    {
        return QJsonObject {{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/Error")}};
    }

private:
    QJsonObject m_document;
};

QJsonValue parsed(const QByteArray &body)
{
    const QJsonDocument d = QJsonDocument::fromJson(body);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

    Contract m_contract;
    QList<Exchange> m_exchanges;

    // The 200 reply of GET .../logs as the document describes it, but with its entries left to
    // logEntriesMatchTheirSchemas (AppLog's oneOf cannot tell apart the types whose schemas
    // require nothing) and, on the last page (`more` false), without nextEndDate and nextSkip:
    // the document's prose and the service leave them out there, though its schema requires
    // them.
    QJsonObject logsEnvelope(bool more) const
    {
        const QString t = m_contract.templateFor("GET", QStringLiteral("/groups/g/apps/a/logs"));
        QJsonObject envelope = m_contract.operation(t, "GET")
                                   .value(QStringLiteral("responses"))
                                   .toObject()
                                   .value(QStringLiteral("200"))
                                   .toObject()
                                   .value(QStringLiteral("content"))
                                   .toObject()
                                   .value(QStringLiteral("application/json"))
                                   .toObject()
                                   .value(QStringLiteral("schema"))
                                   .toObject();
        QJsonObject properties = envelope.value(QStringLiteral("properties")).toObject();
        QJsonObject logs = properties.value(QStringLiteral("logs")).toObject();
        logs.insert(QStringLiteral("items"), QJsonObject());
        properties.insert(QStringLiteral("logs"), logs);
        envelope.insert(QStringLiteral("properties"), properties);
        if (!more)
            envelope.remove(QStringLiteral("required"));
        return envelope;
    }

    // Every parameter the console can send to GET .../logs.
    static SyncLogQuery logQuery()
    {
        SyncLogQuery q;
        q.type = SyncLogType::Error;
        q.errorsOnly = true;
        q.userId = QStringLiteral("u");
        q.coId = QStringLiteral("c");
        q.startDate = QDateTime::currentDateTimeUtc().addDays(-1);
        q.endDate = QDateTime::currentDateTimeUtc();
        q.skip = 1;
        q.limit = 10;
        return q;
    }

    QList<ApiRequest> everyRequest() const
    {
        const AppRef app {QStringLiteral("g"), QStringLiteral("a")};
        SyncConfig sync;
        sync.mode = SyncConfig::Mode::Flexible;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return {ApiRequests::login(QStringLiteral("p"), QStringLiteral("k")),
            ApiRequests::refreshSession(), ApiRequests::deleteSession(), ApiRequests::profile(),
            ApiRequests::listApps(QStringLiteral("g")), ApiRequests::appInfo(app),
            ApiRequests::listServices(app), ApiRequests::serviceConfig(app, QStringLiteral("s")),
            ApiRequests::patchServiceConfig(app, QStringLiteral("s"),
                ApiRequests::syncStatePatch(sync, SyncConfig::State::Paused)),
            ApiRequests::deployConfig(app),
            ApiRequests::patchDeployConfig(app, DeployConfig(), true), ApiRequests::listDrafts(app),
            ApiRequests::createDraft(app), ApiRequests::deleteDraft(app, QStringLiteral("d")),
            ApiRequests::draftDiff(app, QStringLiteral("d")),
            ApiRequests::deployDraft(app, QStringLiteral("d"), QStringLiteral("n")),
            ApiRequests::deployDraft(app, QStringLiteral("d"), QString()),
            ApiRequests::listDeployments(app), ApiRequests::deployment(app, QStringLiteral("x")),
            ApiRequests::redeploy(app, QStringLiteral("x")),
            ApiRequests::metrics(app, now.addSecs(-60), now, QStringLiteral("PT1M"), {}),
            ApiRequests::logs(app, logQuery())};
    }

    // Drives every client operation against the simulator, success and error paths alike.
    void driveEverything(SimFixture &f)
    {
        using State = SyncConfig::State;
        QVERIFY(!f.run<AuthTokens>([&](QObject *c, auto d) {
                      f.client->login(QStringLiteral("x"), QStringLiteral("y"), c, d);
                  }).ok());
        QVERIFY(f.login());
        QVERIFY(f.run<AdminProfile>([&](QObject *c, auto d) { f.client->profile(c, d); }).ok());
        QVERIFY(f.run<QList<AppSummary>>([&](QObject *c, auto d) {
                     f.client->listApps(f.backend.groupId(), c, d);
                 }).ok());
        QVERIFY(f.run<AppSummary>([&](QObject *c, auto d) {
                     f.client->appInfo(f.appRef(), c, d);
                 }).ok());
        QVERIFY(f.run<QList<ServiceSummary>>([&](QObject *c, auto d) {
                     f.client->listServices(f.appRef(), c, d);
                 }).ok());
        const auto config = f.run<ServiceConfig>(
            [&](QObject *c, auto d) { f.client->serviceConfig(f.appRef(), f.serviceId(), c, d); });
        QVERIFY(config.ok());
        const auto deployConfig = f.run<DeployConfig>(
            [&](QObject *c, auto d) { f.client->deployConfig(f.appRef(), c, d); });
        QVERIFY(deployConfig.ok());
        QVERIFY(f.run<std::optional<Draft>>([&](QObject *c, auto d) {
                     f.client->currentDraft(f.appRef(), c, d);
                 }).ok());
        const auto draft
            = f.run<Draft>([&](QObject *c, auto d) { f.client->createDraft(f.appRef(), c, d); });
        QVERIFY(draft.ok());
        QCOMPARE(f.run<Draft>([&](QObject *c, auto d) {
                      f.client->createDraft(f.appRef(), c, d);
                  }).error.httpStatus,
            409);
        QVERIFY(f.run<Done>([&](QObject *c, auto d) {
                     f.client->patchServiceConfig(f.appRef(), f.serviceId(),
                         ApiRequests::syncStatePatch(config.value.sync, State::Terminated), c, d);
                 }).ok());
        QVERIFY(f.run<std::optional<Draft>>([&](QObject *c, auto d) {
                     f.client->currentDraft(f.appRef(), c, d);
                 }).value.has_value());
        QVERIFY(f.run<DraftDiff>([&](QObject *c, auto d) {
                     f.client->draftDiff(f.appRef(), draft.value.id, c, d);
                 }).ok());
        const auto deployment = f.run<Deployment>([&](QObject *c, auto d) {
            f.client->deployDraft(f.appRef(), draft.value.id, QStringLiteral("terminate"), c, d);
        });
        QVERIFY(deployment.ok());
        QSignalSpy finished(&f.backend, &SimBackend::deploymentFinished);
        QVERIFY(finished.wait(5000));
        QVERIFY(f.run<Deployment>([&](QObject *c, auto d) {
                     f.client->deployment(f.appRef(), deployment.value.id, c, d);
                 }).ok());
        QVERIFY(f.run<QList<Deployment>>([&](QObject *c, auto d) {
                     f.client->listDeployments(f.appRef(), c, d);
                 }).ok());
        QVERIFY(f.run<Done>([&](QObject *c, auto d) {
                     f.client->redeploy(f.appRef(), deployment.value.id, c, d);
                 }).ok());
        QCOMPARE(f.run<Done>([&](QObject *c, auto d) {
                      f.client->redeploy(f.appRef(), QStringLiteral("missing"), c, d);
                  }).error.httpStatus,
            404);
        QCOMPARE(f.run<Deployment>([&](QObject *c, auto d) {
                      f.client->deployment(f.appRef(), QStringLiteral("missing"), c, d);
                  }).error.httpStatus,
            404);
        QCOMPARE(f.run<Done>([&](QObject *c, auto d) {
                      f.client->patchServiceConfig(f.appRef(), f.serviceId(),
                          ApiRequests::enableSyncPatch(SyncConfig::Mode::Flexible, {}), c, d);
                  }).error.httpStatus,
            400);
        QVERIFY(f.run<Done>([&](QObject *c, auto d) {
                     f.client->patchServiceConfig(f.appRef(), f.serviceId(),
                         ApiRequests::enableSyncPatch(
                             SyncConfig::Mode::Flexible, config.value.sync.block),
                         c, d);
                 }).ok());
        const auto second = f.run<std::optional<Draft>>(
            [&](QObject *c, auto d) { f.client->currentDraft(f.appRef(), c, d); });
        QVERIFY(second.value.has_value());
        QVERIFY(f.run<Done>([&](QObject *c, auto d) {
                     f.client->discardDraft(f.appRef(), second.value->id, c, d);
                 }).ok());
        QCOMPARE(f.run<Done>([&](QObject *c, auto d) {
                      f.client->discardDraft(f.appRef(), second.value->id, c, d);
                  }).error.httpStatus,
            404);
        QVERIFY(f.run<Done>([&](QObject *c, auto d) {
                     f.client->setUiDraftsDisabled(f.appRef(), deployConfig.value, true, c, d);
                 }).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(f.run<AppMetrics>([&](QObject *c, auto d) {
                     f.client->metrics(
                         f.appRef(), now.addSecs(-600), now, QStringLiteral("PT1M"), {}, c, d);
                 }).ok());
        QVERIFY(f.run<SyncLogPage>([&](QObject *c, auto d) {
                     f.client->logs(f.appRef(), logQuery(), c, d);
                 }).ok());
        f.backend.sessions().expireAccessTokens(); // 401, then POST /auth/session
        QVERIFY(f.run<QList<AppSummary>>([&](QObject *c, auto d) {
                     f.client->listApps(f.backend.groupId(), c, d);
                 }).ok());
        QVERIFY(f.run<Done>([&](QObject *c, auto d) { f.client->logout(c, d); }).ok());
        // A second DELETE with a refresh token the server no longer knows: 401 InvalidSession.
        ApiRequest again = ApiRequests::deleteSession();
        again.auth = ApiRequest::Auth::None;
        std::optional<ApiReply> reply;
        QObject context;
        f.client->send(again, &context, [&reply](const ApiReply &r) { reply = r; });
        QTRY_VERIFY(reply.has_value());
        QCOMPARE(reply->httpStatus, 401);
    }

private slots:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(m_contract.load(&problem), qPrintable(problem));
        SimFixture f;
        QVERIFY(f.started);
        QObject context;
        connect(&f.server, &SimServer::exchanged, &context,
            [this](const SimRequest &rq, const SimReply &rp) {
                m_exchanges.append({rq.method, rq.path, rp.status, rq.body, rp.body});
            });
        CHECKED(driveEverything(f));
        QVERIFY(m_exchanges.size() > 25);
    }

    void everyClientRequestIsDocumented()
    {
        for (const ApiRequest &r : everyRequest()) {
            const QString t = m_contract.templateFor(r.method, r.path);
            QVERIFY2(!t.isEmpty(),
                qPrintable(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path));
        }
    }

    void requestBodiesMatchTheirSchemas()
    {
        // The document's oneOf for PATCH config matches a cluster config and a third-party
        // service constructor at once (the latter requires nothing), so no body can satisfy
        // it; its flexible_sync block is checked against FlexibleSync instead.
        for (const ApiRequest &r : everyRequest()) {
            if (r.body.isEmpty())
                continue;
            const bool servicePatch
                = r.method == "PATCH" && r.path.contains(QLatin1String("/services/"));
            if (servicePatch) {
                const QJsonValue block
                    = parsed(r.body).toObject().value(QStringLiteral("flexible_sync"));
                QVERIFY(block.isObject());
                const QString problem
                    = m_contract.validate(QJsonObject {{QStringLiteral("$ref"),
                                              QStringLiteral("#/components/schemas/FlexibleSync")}},
                        block);
                QVERIFY2(problem.isEmpty(), qPrintable(r.path + QStringLiteral(": ") + problem));
                continue;
            }
            const QJsonObject op
                = m_contract.operation(m_contract.templateFor(r.method, r.path), r.method);
            const QJsonValue schema = op.value(QStringLiteral("requestBody"))
                                          .toObject()
                                          .value(QStringLiteral("content"))
                                          .toObject()
                                          .value(QStringLiteral("application/json"))
                                          .toObject()
                                          .value(QStringLiteral("schema"));
            QVERIFY2(!schema.isUndefined(), qPrintable(r.path));
            const QString problem = m_contract.validate(schema, parsed(r.body));
            QVERIFY2(problem.isEmpty(), qPrintable(r.path + QStringLiteral(": ") + problem));
        }
    }

    void everyEndpointWasExercised()
    {
        QSet<QString> seen;
        for (const Exchange &e : m_exchanges)
            seen.insert(QString::fromLatin1(e.method) + QLatin1Char(' ')
                + m_contract.templateFor(e.method, e.path));
        for (const ApiRequest &r : everyRequest()) {
            const QString key = QString::fromLatin1(r.method) + QLatin1Char(' ')
                + m_contract.templateFor(r.method, r.path);
            QVERIFY2(seen.contains(key), qPrintable(key));
        }
    }

    void everyResponseMatchesTheDocument()
    {
        int validated = 0;
        for (const Exchange &e : m_exchanges) {
            const QString t = m_contract.templateFor(e.method, e.path);
            const QString label = QStringLiteral("%1 %2 -> %3")
                                      .arg(QString::fromLatin1(e.method), e.path)
                                      .arg(e.status);
            QVERIFY2(!t.isEmpty(), qPrintable(label));
            const QJsonObject responses
                = m_contract.operation(t, e.method).value(QStringLiteral("responses")).toObject();
            const QJsonObject documented = responses.value(QString::number(e.status)).toObject();
            if (documented.isEmpty()) {
                // Undocumented error statuses still speak the documented Error shape.
                QVERIFY2(
                    e.status >= 400, qPrintable(QStringLiteral("undocumented success: ") + label));
                const QString problem
                    = m_contract.validate(m_contract.errorSchema(), parsed(e.body));
                QVERIFY2(problem.isEmpty(), qPrintable(label + QStringLiteral(": ") + problem));
                ++validated;
                continue;
            }
            const QJsonValue schema = documented.value(QStringLiteral("content"))
                                          .toObject()
                                          .value(QStringLiteral("application/json"))
                                          .toObject()
                                          .value(QStringLiteral("schema"));
            if (schema.isUndefined()) {
                QVERIFY2(e.body.isEmpty(),
                    qPrintable(QStringLiteral("body where none is documented: ") + label));
                continue;
            }
            QJsonValue body = parsed(e.body);
            if (e.method == "GET" && t.endsWith(QLatin1String("/logs"))) {
                // Entries are checked against their own types' schemas in
                // logEntriesMatchTheirSchemas; here the envelope, as the service sends it.
                const QString problem = m_contract.validate(
                    logsEnvelope(body.toObject().contains(QStringLiteral("nextEndDate"))), body);
                QVERIFY2(problem.isEmpty(), qPrintable(label + QStringLiteral(": ") + problem));
                ++validated;
                continue;
            }
            // Where the document and the live service differ the simulator answers as the
            // service does: GET drafts is a list of DeploymentDraft, not one.
            if (e.method == "GET" && t.endsWith(QLatin1String("/drafts")) && body.isArray()) {
                for (const QJsonValue &item : body.toArray()) {
                    const QString problem = m_contract.validate(schema, item);
                    QVERIFY2(problem.isEmpty(), qPrintable(label + QStringLiteral(": ") + problem));
                }
                ++validated;
                continue;
            }
            const QString problem = m_contract.validate(schema, body);
            QVERIFY2(problem.isEmpty(), qPrintable(label + QStringLiteral(": ") + problem));
            ++validated;
        }
        QVERIFY(validated > 20);
    }

    // GET .../logs against the document: each Sync entry the simulated devices leave (a
    // terminate and re-enable, so 208 errors and resets too) against its Logs/* schema, and
    // each page's envelope, followed through nextEndDate/nextSkip with a small limit.
    void logEntriesMatchTheirSchemas()
    {
        SimFixture f;
        QVERIFY(f.started);
        f.backend.setUiDraftsDisabled(f.app(), true);
        const QJsonObject block = f.app().deployed.block;
        QVERIFY(!f.backend
                     .changeSync(f.app(), SyncConfig::Mode::Flexible,
                         {{QStringLiteral("state"), QStringLiteral("")}})
                     .isRefused());
        QVERIFY(!f.backend.changeSync(f.app(), SyncConfig::Mode::Flexible, block).isRefused());
        f.backend.advanceClock(15 * 60); // the Swift and .NET devices come back and reset

        const QString path
            = QStringLiteral("/groups/%1/apps/%2/logs").arg(f.backend.groupId(), f.app().id);
        const QString t = m_contract.templateFor("GET", path);
        QVERIFY(!t.isEmpty());
        const QJsonObject envelope = logsEnvelope(true);
        QVERIFY(envelope.contains(QStringLiteral("required")));
        const QJsonObject lastPage = logsEnvelope(false);

        const QHash<QString, QString> schemas {
            {QStringLiteral("SYNC_CONNECTION_START"), QStringLiteral("SyncConnectionStart")},
            {QStringLiteral("SYNC_CONNECTION_END"), QStringLiteral("SyncConnectionEnd")},
            {QStringLiteral("SYNC_SESSION_START"), QStringLiteral("SyncSessionStart")},
            {QStringLiteral("SYNC_SESSION_END"), QStringLiteral("SyncSessionEnd")},
            {QStringLiteral("SYNC_CLIENT_WRITE"), QStringLiteral("SyncClientWrite")},
            {QStringLiteral("SYNC_ERROR"), QStringLiteral("SyncError")},
            {QStringLiteral("SYNC_OTHER"), QStringLiteral("SyncOther")}};
        QSet<QString> typesSeen;
        int entries = 0;
        for (const bool errors : {false, true}) {
            QString query = QStringLiteral("?limit=4")
                + (errors ? QStringLiteral("&errors_only=true") : QString());
            for (int page = 0; page < 500; ++page) {
                const auto [status, body] = f.http("GET", path + query);
                QCOMPARE(status, 200);
                const QJsonObject reply = QJsonDocument::fromJson(body).object();
                const bool more = reply.contains(QStringLiteral("nextEndDate"));
                const QString problem = m_contract.validate(more ? envelope : lastPage, reply);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                for (const QJsonValue &entry : reply.value(QStringLiteral("logs")).toArray()) {
                    const QString type = entry.toObject().value(QStringLiteral("type")).toString();
                    QVERIFY2(schemas.contains(type), qPrintable(type));
                    typesSeen.insert(type);
                    const QString entryProblem = m_contract.validate(
                        QJsonObject {{QStringLiteral("$ref"),
                            QStringLiteral("#/components/schemas/Logs/") + schemas.value(type)}},
                        entry);
                    QVERIFY2(entryProblem.isEmpty(),
                        qPrintable(type + QStringLiteral(": ") + entryProblem));
                    ++entries;
                }
                if (!more)
                    break;
                QUrlQuery next;
                next.addQueryItem(QStringLiteral("limit"), QStringLiteral("4"));
                if (errors)
                    next.addQueryItem(QStringLiteral("errors_only"), QStringLiteral("true"));
                next.addQueryItem(QStringLiteral("end_date"),
                    reply.value(QStringLiteral("nextEndDate")).toString());
                next.addQueryItem(QStringLiteral("skip"),
                    QString::number(reply.value(QStringLiteral("nextSkip")).toInt()));
                query = QLatin1Char('?') + next.toString(QUrl::FullyEncoded);
            }
        }
        QCOMPARE(entries, int(f.app().logs.size()));
        for (const char *type :
            {"SYNC_CONNECTION_START", "SYNC_CONNECTION_END", "SYNC_SESSION_START",
                "SYNC_SESSION_END", "SYNC_CLIENT_WRITE", "SYNC_ERROR", "SYNC_OTHER"})
            QVERIFY2(typesSeen.contains(QLatin1String(type)), type);
    }

    void theValidatorCatchesAWrongShape()
    {
        // A contract check that cannot fail proves nothing: a wrong body must be refused.
        const QJsonValue schema = QJsonObject {
            {QStringLiteral("$ref"), QStringLiteral("#/components/schemas/Deployment")}};
        QVERIFY(
            m_contract.validate(schema, QJsonObject {{QStringLiteral("_id"), QStringLiteral("x")}})
                .isEmpty());
        QVERIFY(!m_contract
                     .validate(schema,
                         QJsonObject {{QStringLiteral("deployed_at"), QStringLiteral("yesterday")}})
                     .isEmpty());
        QVERIFY(!m_contract
                     .validate(m_contract.errorSchema(), QJsonObject {{QStringLiteral("error"), 5}})
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
