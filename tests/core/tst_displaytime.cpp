// Dates as the console writes them: in the user's locale, or in the documented US form of the
// reference figures.
#include "DisplayTime.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

class TestDisplayTime : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        DisplayTime::setStyle(DisplayTime::Style::Documented);
    }

    void theLocaleWritesIt_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("seconds");
        QTest::addColumn<QString>("milliseconds");
        QTest::addColumn<QString>("minutes");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                                << QStringLiteral("26.02.21 22:14:19")
                                << QStringLiteral("26.02.21 22:14:19.042")
                                << QStringLiteral("26.02.21 22:14");
        QTest::newRow("Japanese") << QLocale(QLocale::Japanese, QLocale::Japan)
                                  << QStringLiteral("2021/02/26 22:14:19")
                                  << QStringLiteral("2021/02/26 22:14:19.042")
                                  << QStringLiteral("2021/02/26 22:14");
    }

    void theLocaleWritesIt()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, seconds);
        QFETCH(QString, milliseconds);
        QFETCH(QString, minutes);
        QLocale::setDefault(locale);
        DisplayTime::setStyle(DisplayTime::Style::Locale);
        const QDateTime t(QDate(2021, 2, 26), QTime(22, 14, 19, 42), Qt::LocalTime);
        QCOMPARE(DisplayTime::dateTime(t), seconds);
        QCOMPARE(DisplayTime::dateTimeMs(t), milliseconds);
        QCOMPARE(DisplayTime::dateTimeMinutes(t), minutes);
    }

    void theDocumentedFormIsTheSameInEveryLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        DisplayTime::setStyle(DisplayTime::Style::Documented);
        const QDateTime t(QDate(2021, 2, 26), QTime(22, 14, 19, 42), Qt::LocalTime);
        QCOMPARE(DisplayTime::dateTime(t), QStringLiteral("02/26/2021 22:14:19"));
        QCOMPARE(DisplayTime::dateTimeMs(t), QStringLiteral("02/26/2021 22:14:19.042"));
        QCOMPARE(DisplayTime::dateTimeMinutes(t), QStringLiteral("02/26/2021 22:14"));
        QVERIFY(DisplayTime::dateTime(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDisplayTime)
#include "tst_displaytime.moc"
