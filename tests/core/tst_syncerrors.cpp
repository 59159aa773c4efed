// The one table of Sync errors (SyncErrors): every protocol session error 200-231 and every
// translator error of the documentation has a meaning, a client-reset answer and what support
// does; and every error the simulator can put in a log, in every scenario, is one it explains.
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDeviceRunner.h"
#include "SyncErrors.h"
#include "SyncLogEntry.h"

#include <QSet>
#include <QTest>

class TestSyncErrors : public QObject
{
    Q_OBJECT

    static bool explained(const SyncErrorInfo &e)
    {
        return e.isValid() && !e.meaning.isEmpty() && !e.support.isEmpty()
            && !SyncErrors::explanation(e).isEmpty();
    }

    static SyncLogEntry entryOf(const QJsonObject &json)
    {
        SyncLogEntry e;
        e.error = json.value(QStringLiteral("error")).toString();
        e.errorCode = json.value(QStringLiteral("error_code")).toString();
        return e;
    }

private slots:
    void everyDocumentedErrorIsInTheTable()
    {
        QSet<int> codes;
        QSet<QString> names;
        for (const SyncErrorInfo &e : SyncErrors::all()) {
            QVERIFY2(explained(e), qPrintable(e.name));
            QVERIFY2(!names.contains(e.name), qPrintable(e.name));
            names.insert(e.name);
            if (e.kind == SyncErrorInfo::Kind::Protocol)
                codes.insert(e.code);
        }
        for (int code : {200, 201, 202, 203, 204, 205, 206})
            QVERIFY2(codes.contains(code), qPrintable(QString::number(code)));
        for (int code = 207; code <= 231; ++code)
            QVERIFY2(codes.contains(code), qPrintable(QString::number(code)));
        for (const char *name : {"ChangeStreamHistoryLost", "MaxIntegrationAttempts",
                 "TranslatorCorrectiveErasure", "MongoEncodingError"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
    }

    void theClientResetAnswersFollowTheProtocol()
    {
        for (int code : {208, 209, 210, 211, 217, 222, 228, 230})
            QVERIFY2(SyncErrors::protocol(code).clientReset, qPrintable(QString::number(code)));
        for (int code : {202, 206, 213, 226, 229, 231})
            QVERIFY2(!SyncErrors::protocol(code).clientReset, qPrintable(QString::number(code)));
        QVERIFY(SyncErrors::translator(TranslatorError::ChangeStreamHistoryLost).clientReset);
        QVERIFY(!SyncErrors::translator(TranslatorError::MongoEncodingError).clientReset);
    }

    void anEntryIsFoundByNumberNameOrText()
    {
        QCOMPARE(
            SyncErrors::of(208, QString(), QString()).name, QStringLiteral("BadClientFileIdent"));
        QCOMPARE(SyncErrors::of(0, QStringLiteral("BadQuery"), QString()).code, 226);
        const SyncErrorInfo lost = SyncErrors::of(0, QStringLiteral("TranslatorFatalError"),
            QStringLiteral("encountered non-recoverable resume token error: "
                           "(ChangeStreamHistoryLost) Resume of change stream was not possible"));
        QCOMPARE(lost.name, QStringLiteral("ChangeStreamHistoryLost"));
        QCOMPARE(lost.kind, SyncErrorInfo::Kind::Translator);
        QVERIFY(!SyncErrors::of(0, QStringLiteral("Unheard"), QStringLiteral("odd")).isValid());
        QVERIFY(SyncErrors::heading(lost).contains(QStringLiteral("ChangeStreamHistoryLost")));
    }

    // Whatever a device is refused with, its log entry carries a number the table explains.
    void everyRefusalTheDevicesSendIsExplained()
    {
        for (ProtocolError error : SyncProtocol::protocolErrors()) {
            SyncLogEntry e;
            e.error = SimDeviceRunner::errorText(error);
            e.errorCode = SyncProtocol::errorName(error);
            const SyncErrorInfo info = SyncErrors::of(e.protocolErrorCode(), e.errorCode, e.error);
            QVERIFY2(explained(info), qPrintable(e.error));
            QCOMPARE(info.code, SyncProtocol::code(error));
        }
    }

    // Every error entry of every scenario, as built and after the devices ran for a day.
    void everyErrorOfEveryScenarioIsExplained()
    {
        int errors = 0;
        for (const QString &name : Scenarios::names()) {
            SimBackend backend;
            QVERIFY(Scenarios::load(name, backend));
            for (int hour = 0; hour < 24; ++hour)
                backend.advanceClock(3600);
            for (const SimApp &app : backend.apps())
                for (const SimLogEntry &log : app.logs) {
                    const SyncLogEntry e = entryOf(log.json);
                    if (!e.isError())
                        continue;
                    ++errors;
                    const SyncErrorInfo info
                        = SyncErrors::of(e.protocolErrorCode(), e.errorCode, e.error);
                    QVERIFY2(explained(info),
                        qPrintable(QStringLiteral("%1: %2 %3").arg(name, e.errorCode, e.error)));
                }
        }
        QVERIFY(errors > 10);
    }
};

QTEST_GUILESS_MAIN(TestSyncErrors)
#include "tst_syncerrors.moc"
