// WireTime writes and reads the wire's common time form exactly as QDateTime's ISO format does,
// and hands every other form to QDateTime.
#include "WireTime.h"

#include <QRandomGenerator>
#include <QtTest>

class TestWireTime : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatQtWrites_data();
    void writesWhatQtWrites();
    void writesWhatQtWritesAcrossTheCalendar();
    void readsWhatQtReads_data();
    void readsWhatQtReads();
    void readsBackWhatItWrites();
};

void TestWireTime::writesWhatQtWrites_data()
{
    QTest::addColumn<qint64>("secs");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("a second before the epoch") << qint64(-1);
    QTest::newRow("leap day 2024") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC)
                                             .toSecsSinceEpoch();
    QTest::newRow("2000-03-01") << QDateTime(QDate(2000, 3, 1), QTime(0, 0), Qt::UTC)
                                         .toSecsSinceEpoch();
    QTest::newRow("1900-03-01") << QDateTime(QDate(1900, 3, 1), QTime(12, 0), Qt::UTC)
                                         .toSecsSinceEpoch();
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC)
                                        .toSecsSinceEpoch();
    QTest::newRow("year 10000 (Qt's own form)")
        << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QTest::newRow("year 0 (Qt's own form)")
        << QDateTime(QDate(0, 6, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

void TestWireTime::writesWhatQtWrites()
{
    QFETCH(qint64, secs);
    QCOMPARE(WireTime::utcSeconds(secs),
        QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate));
}

void TestWireTime::writesWhatQtWritesAcrossTheCalendar()
{
    QRandomGenerator random(24); // the same times on every run
    const qint64 from = QDateTime(QDate(1600, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2400, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const qint64 secs = from + qint64(random.bounded(quint64(to - from)));
        const QString qt = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
        QCOMPARE(WireTime::utcSeconds(secs), qt);
        QCOMPARE(WireTime::parseIso(qt), QDateTime::fromString(qt, Qt::ISODate));
    }
}

void TestWireTime::readsWhatQtReads_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"2026-12-03T22:00:00Z", "1970-01-01T00:00:00Z", "2024-02-29T12:00:00Z",
             "2023-02-29T12:00:00Z", "2100-02-29T00:00:00Z", "2000-02-29T00:00:00Z",
             "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-04-31T00:00:00Z",
             "2026-04-00T00:00:00Z", "2026-12-03T24:00:00Z", "2026-12-03T23:60:00Z",
             "2026-12-03T23:59:60Z", "2026-12-03T22:00:00", "2026-12-03T22:00:00+01:00",
             "2026-12-03T22:00:00.250Z", "2026-12-03 22:00:00Z", "2026-12-0xT22:00:00Z",
             "0000-01-01T00:00:00Z", "2026-12-03T22:00Z", "", "not a time"})
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestWireTime::readsWhatQtReads()
{
    QFETCH(QString, text);
    const QDateTime ours = WireTime::parseIso(text);
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODate);
    QCOMPARE(ours.isValid(), qt.isValid());
    QCOMPARE(ours, qt);
    if (qt.isValid())
        QCOMPARE(ours.timeSpec(), qt.timeSpec());
}

void TestWireTime::readsBackWhatItWrites()
{
    for (qint64 secs = -86400 * 3; secs < 86400 * 800; secs += 86400 / 5 + 7) {
        const QDateTime back = WireTime::parseIso(WireTime::utcSeconds(secs));
        QCOMPARE(back.toSecsSinceEpoch(), secs);
        QCOMPARE(back.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestWireTime)
#include "tst_wiretime.moc"
