// The procedure report as a PDF: a terminate-and-re-enable on the simulator and a report
// --since, written by sync-consolectl with Qt's PDF writer, read back with poppler's pdftotext
// and drawn with pdftoppm: every section present, in the run's language, and no secret in it.
#include "CtlExit.h"
#include "CtlOptions.h"
#include "CtlRun.h"
#include "CtlTerminal.h"
#include "MemorySecretStore.h"
#include "ProcedureReport.h"
#include "ProcessRun.h"
#include "SimFixture.h"
#include "Translations.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

class YesTerminal final : public CtlTerminal
{
public:
    bool interactive() const override { return false; }
    void ask(const QString &, QObject *, Answer answer) override { answer(QString()); }
    void progress(const QString &) override { }
    void endProgress() override { }
};

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_secrets;
    QString m_pdftotext;
    QString m_pdftoppm;

    // Runs sync-consolectl in this process (a QGuiApplication: the test's) against the fixture.
    int run(QStringList args, QJsonObject *document = nullptr)
    {
        args << QStringLiteral("--json") << QStringLiteral("--base-url")
             << m_sim->server.baseUrl().toString();
        args.prepend(QStringLiteral("sync-consolectl"));
        const CtlOptions options = CtlOptions::parse(args);
        if (options.exitNow)
            return options.exitCode;
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        YesTerminal terminal;
        CtlRun ctl(options, m_settings.get(), &m_secrets, &terminal, &outStream, &errStream);
        ctl.setSnapshotDirectory(m_dir->path());
        ctl.setPollIntervalMs(10);
        QSignalSpy finished(&ctl, &CtlRun::finished);
        ctl.start();
        if (finished.isEmpty() && !finished.wait(20000))
            return -1;
        outStream.flush();
        if (document)
            *document = QJsonDocument::fromJson(out.toUtf8()).object();
        return finished.first().first().toInt();
    }

    QString pdfText(const QString &pdf)
    {
        // NFKC: pdftotext gives ligatures (ﬁ) and, from the CJK font's tables, Kangxi radicals
        // (⼿) where the text had the plain letters (fi, 手).
        const ProcessRun text = ProcessRun::of(m_pdftotext, {pdf, QStringLiteral("-")});
        return text.exitCode == 0 ? text.out.normalized(QString::NormalizationForm_KC)
                                  : QString();
    }

    // What no report may hold: the private key and every token the simulator gave out.
    QStringList secrets() const
    {
        QStringList all {SimDefaults::privateKey(), QStringLiteral("Bearer"),
            QStringLiteral("access_token"), QStringLiteral("refresh_token")};
        all += m_sim->backend.sessions().refreshTokensForTests();
        all += m_sim->backend.sessions().accessTokensForTests();
        return all;
    }

private slots:
    void initTestCase()
    {
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        m_pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        // poppler-utils is in scripts/deps: without it this test would prove nothing.
        QVERIFY2(!m_pdftotext.isEmpty() && !m_pdftoppm.isEmpty(),
            "pdftotext and pdftoppm (poppler-utils) are needed: run scripts/deps");
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
    }

    void cleanup() { Translations::install(QStringLiteral("en")); }

    void terminateAndReenableAsPdf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title"); // as the language writes it
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("Procedure report: terminate and");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Ablaufbericht");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("手順レポート");
    }

    void terminateAndReenableAsPdf()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        Translations::install(language);
        const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
        QJsonObject d;
        QCOMPARE(run({QStringLiteral("runbook"), QStringLiteral("terminate-and-reenable"),
                         QStringLiteral("--wait"), QStringLiteral("0"), QStringLiteral("--yes"),
                         QStringLiteral("--report"), pdf},
                     &d),
            0);
        QCOMPARE(d.value(QStringLiteral("report")).toString(), pdf);

        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(title.normalized(QString::NormalizationForm_KC)),
            qPrintable(text.left(400)));
        // Every section, by its heading in this language (pdftotext may break a long one).
        for (const char *heading : {"Who", "Where", "App", "Started", "Ended", "Wait",
                 "Client resets, before", "Configuration before (the snapshot)", "Deployments",
                 "Configuration after", "Client resets, after", "Devices", "Log errors seen",
                 "API calls"}) {
            const QString words = ProcedureReport::tr(heading).simplified().normalized(
                QString::NormalizationForm_KC);
            QVERIFY2(text.simplified().contains(words), qPrintable(words));
        }
        QCOMPARE(text.count(QStringLiteral(": successful")), 2); // both deployments
        QVERIFY(text.contains(QStringLiteral("\"state\": \"enabled\"")));
        QVERIFY(text.contains(QStringLiteral("/deployments/")));
        for (const QString &secret : secrets())
            QVERIFY2(!text.contains(secret), qPrintable(secret));
        QFile raw(pdf);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        for (const QString &secret : secrets())
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));

        // Drawn: its first page is a picture with text on it, not a blank page.
        const QString prefix = m_dir->filePath(QStringLiteral("page"));
        const ProcessRun drawn = ProcessRun::of(m_pdftoppm,
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
        QCOMPARE(drawn.exitCode, 0);
        QImage page(prefix + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        int dark = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                dark += qGray(page.pixel(x, y)) < 128;
        QVERIFY2(dark > 500, qPrintable(QString::number(dark)));
        if (language == QLatin1String("ja")) {
            // The Japanese glyphs came from a font that has them (fonts-noto-cjk), embedded.
            const ProcessRun fonts = ProcessRun::of(QStandardPaths::findExecutable(
                                                        QStringLiteral("pdffonts")),
                {pdf});
            QVERIFY2(fonts.out.contains(QStringLiteral("CJK")), qPrintable(fonts.out));
        }
    }

    // The built program writes a PDF with no display: it makes its QGuiApplication offscreen.
    // (On its built-in simulator: this process cannot answer while it waits for the program.)
    void theProgramWritesAPdfWithoutADisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const QString pdf = m_dir->filePath(QStringLiteral("since.pdf"));
        const ProcessRun r = ProcessRun::of(QStringLiteral(CTL_BINARY),
            {QStringLiteral("report"), QStringLiteral("--since"), QStringLiteral("1h"),
                QStringLiteral("--out"), pdf},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Procedure report: Sync since")), qPrintable(text));
        for (const QString &secret : secrets())
            QVERIFY2(!text.contains(secret), qPrintable(secret));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
