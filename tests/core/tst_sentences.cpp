// Sentences translated one by one, joined as their language writes them.
#include "Sentences.h"

#include <QTest>

class TestSentences : public QObject
{
    Q_OBJECT

private slots:
    void aServersMessageEndsItsSentence()
    {
        QCOMPARE(Sentences::ended(QStringLiteral("cannot resume: the oplog rolled over ")),
            QStringLiteral("cannot resume: the oplog rolled over."));
        QCOMPARE(Sentences::ended(QStringLiteral("Refused.")), QStringLiteral("Refused."));
        QCOMPARE(Sentences::ended(QStringLiteral("再開できません。")),
            QStringLiteral("再開できません。"));
        QVERIFY(Sentences::ended(QString()).isEmpty());
    }

    void joined()
    {
        QCOMPARE(Sentences::join({QStringLiteral("One."), QString(), QStringLiteral(" Two. ")}),
            QStringLiteral("One. Two."));
        QCOMPARE(Sentences::join({QStringLiteral("同期を終了しました。"),
                     QStringLiteral("デバイスはリセットされます。"), QStringLiteral("(code 208)")}),
            QStringLiteral("同期を終了しました。デバイスはリセットされます。(code 208)"));
        QCOMPARE(
            Sentences::join({QStringLiteral("Sync beenden."), QStringLiteral("（コード 208）")}),
            QStringLiteral("Sync beenden. （コード 208）"));
        QVERIFY(Sentences::join({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSentences)
#include "tst_sentences.moc"
