// --capture-docs: in process, what the figures show (the Deployment Draft, the terminate diff's
// hunk); and sync-console --capture-docs itself (its built-in simulator's clock stands at the
// reference figures' moment), every figure against a golden image of ours in
// tests/data/figures, so a change that moves the figures is seen. SYNC_CONSOLE_UPDATE_GOLDENS=1
// writes the goldens instead (then look at them, and commit them).
#include "DeployDialog.h"
#include "DeviceSyncPage.h"
#include "DiffModel.h"
#include "DisplayTime.h"
#include "DocCapture.h"
#include "GoldenImages.h"
#include "GuideOf.h"
#include "ObjectNames.h"
#include "ProcessRun.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The reference figures' day: 07/15/2021 15:04:37 UTC.
constexpr qint64 referenceMoment = 1626361477;

using GoldenImages::compare;
using GoldenImages::Difference;
} // namespace

class TestDocCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void theFiguresShowWhatTheirReferencesShow()
    {
        UiFixture ui(QStringLiteral("partition"));
        ui.sim.backend.freezeClock(referenceMoment);
        ui.window->setWindowState(Qt::WindowNoState);
        QVERIFY(ui.load());
        guideOf(ui)->hide();
        QTemporaryDir dir;
        auto *capture = new DocCapture(ui.window.get(), ui.controller.get(), dir.path(), ui.window.get());
        QString hunk;
        QString draftTitle;
        QStringList draftFile; // the pause diff's first three lines
        QStringList draftLines; // all of them
        bool flexibleChosen = false;
        QString terminateTitle;
        bool deviceWarning = true;
        QStringList restoreOffered; // the terminate figures that show the console's restore link
        QStringList deviceSyncHeaders; // the 2023 figures' header times, as written
        QStringList banners; // the result figures' banner: its text, and whether × shows
        const auto headerText = [&ui](QLatin1String name) {
            const auto *label = ui.window->deviceSyncPage()->findChild<QLabel *>(name);
            return label && label->isVisible() ? label->text() : QStringLiteral("(hidden)");
        };
        connect(capture, &DocCapture::figureWritten, this, [&](const QString &path) {
            if (path.contains(QLatin1String("/terminating-sync-"))) {
                const auto *restore
                    = ui.window->findChild<QWidget *>(ObjectName::restoreSnapshotButton);
                if (restore && restore->isVisible())
                    restoreOffered << QFileInfo(path).fileName();
            }
            if (path.endsWith(QLatin1String("/press-pause-sync-button.png")))
                deviceSyncHeaders << headerText(ObjectName::deviceSyncLatest)
                                  << headerText(ObjectName::deviceSyncClusterEvent);
            if (path.endsWith(QLatin1String("-deployment-successful.png"))) {
                const auto *text = ui.window->findChild<QLabel *>(ObjectName::resultBannerText);
                const auto *close = ui.window->findChild<QWidget *>(ObjectName::resultBannerClose);
                banners << QFileInfo(path).completeBaseName()
                               + (text && text->isVisible() ? QLatin1String(": ") + text->text()
                                                            : QStringLiteral(": (hidden)"))
                               + (close && close->isVisible() ? QStringLiteral(" ×") : QString());
            }
            if (path.endsWith(QLatin1String("/pause-sync-confirm.png")))
                deviceSyncHeaders << headerText(ObjectName::deviceSyncLatest);
            if (path.endsWith(QLatin1String("/press-pause-sync-button.png"))) {
                const auto *flexible = ui.window->deviceSyncPage()->findChild<QPushButton *>(
                    ObjectName::syncTypeFlexible);
                flexibleChosen = flexible && flexible->isVisible() && flexible->isChecked();
            }
            if (path.endsWith(QLatin1String("/terminate-sync-modal.png"))) {
                if (QDialog *terminate = ui.window->openDialog()) {
                    terminateTitle = terminate->windowTitle();
                    deviceWarning
                        = terminate->findChild<QWidget *>(ObjectName::unsyncedChangesWarning);
                }
            }
            auto *dialog = qobject_cast<DeployDialog *>(ui.window->openDialog());
            if (!dialog)
                return;
            if (path.endsWith(QLatin1String("/terminating-sync-deploy-button.png")))
                hunk = dialog->model()->data(dialog->model()->index(2, 0)).toString();
            if (path.endsWith(QLatin1String("/pause-sync-deploy-button.png"))) {
                draftTitle = dialog->windowTitle();
                for (int row = 0; row < 3; ++row)
                    draftFile << dialog->model()->data(dialog->model()->index(row, 0)).toString();
                for (int row = 0; row < dialog->model()->rowCount(); ++row)
                    draftLines << dialog->model()->data(dialog->model()->index(row, 0)).toString();
            }
        });
        QSignalSpy finished(capture, &DocCapture::finished);
        capture->start();
        QVERIFY(finished.wait(90000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        // The reference's terminate removes the sync block of a Sync never paused: 12 lines.
        QCOMPARE(hunk, QStringLiteral("@@ -5,18 +5,6 @@"));
        QCOMPARE(draftTitle, QStringLiteral("Deployment Draft"));
        // The 2023 figures' app has the newer layout: the pause is a diff of sync/config.json,
        // the block at the top level, as the reference's.
        QCOMPARE(draftFile,
            QStringList({QStringLiteral("--- sync/config.json"),
                QStringLiteral("+++ sync/config.json"), QStringLiteral("@@ -1,5 +1,5 @@")}));
        // Its sync/config.json names the linked cluster as the reference's does.
        QVERIFY2(draftLines.contains(QStringLiteral("     \"service_name\": \"mongodb-atlas\"")),
            qPrintable(draftLines.join(QLatin1Char('\n'))));
        // The 2023 page's reference is of a Flexible Sync app.
        QVERIFY(flexibleChosen);
        // The 2023 figures show the moment of their references (April 2023), while the
        // simulator stands at the 2021 figures' (their "Paused On" and diff need it).
        const auto april = [](int hour, int minute, int second) {
            return DisplayTime::dateTime(
                QDateTime(QDate(2023, 4, 3), QTime(hour, minute, second), Qt::UTC));
        };
        QCOMPARE(deviceSyncHeaders, QStringList({april(9, 27, 1), april(9, 27, 0), april(9, 33, 22)}));
        // The banners as their references show them: mid-2021's (the pause) with the message
        // bold and no ×, February 2021's (the terminate) plain with its ×.
        const QString moment = DisplayTime::dateTime(QDateTime::fromSecsSinceEpoch(referenceMoment));
        QCOMPARE(banners,
            QStringList({QStringLiteral("terminating-sync-deployment-successful: %1 Deployment was "
                                        "successful! ×")
                             .arg(moment),
                QStringLiteral("pause-sync-deployment-successful: %1 <b>Deployment was "
                               "successful!</b>")
                    .arg(moment)}));
        // The type-to-confirm modal: the reference's names, the admin UI's words (no devices).
        QCOMPARE(terminateTitle,
            QStringLiteral("Terminate Sync for RealmTasks - (Service: mongodb-atlas)"));
        QVERIFY(!deviceWarning);
        // The terminate figures' page is the admin UI's: no "Restore the configuration in force
        // before Sync was terminated (saved …)" with the wall clock's time of the save.
        QVERIFY2(restoreOffered.isEmpty(), qPrintable(restoreOffered.join(QLatin1Char(' '))));
    }

    void everyFigureAsItsGolden()
    {
        QTemporaryDir home;
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC")); // the figures show local times
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        const ProcessRun run = ProcessRun::of(
            QStringLiteral(CONSOLE_BINARY), {QStringLiteral("--capture-docs"), dir.path()}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QDir goldens(QStringLiteral(GOLDEN_DIR));
        const QStringList figures = QDir(dir.path()).entryList({QStringLiteral("*.png")});
        QCOMPARE(figures.size(), 13);
        if (qEnvironmentVariableIntValue("SYNC_CONSOLE_UPDATE_GOLDENS") == 1) {
            QVERIFY(QDir().mkpath(goldens.path()));
            for (const QString &name : figures) {
                QFile::remove(goldens.filePath(name));
                QVERIFY(QFile::copy(QDir(dir.path()).filePath(name), goldens.filePath(name)));
            }
            QSKIP("goldens written; look at them, then commit them");
        }
        QStringList failures;
        for (const QString &name : figures) {
            const QImage ours(QDir(dir.path()).filePath(name));
            const QImage golden(goldens.filePath(name));
            QVERIFY2(!golden.isNull(), qPrintable(QStringLiteral("no golden ") + name));
            const Difference d = compare(ours, golden);
            // A few changed digits stay under half a percent; a moved or restyled control not.
            if (!d.sameSize || d.fraction > 0.005) {
                const QString kept = QDir::temp().filePath(QStringLiteral("doccapture-") + name);
                QFile::remove(kept);
                QFile::copy(QDir(dir.path()).filePath(name), kept);
                failures << QStringLiteral("%1: %2 (ours kept as %3)")
                                .arg(name,
                                    d.sameSize ? QStringLiteral("%1 % of the pixels differ")
                                                     .arg(d.fraction * 100, 0, 'f', 2)
                                               : QStringLiteral("another size"),
                                    kept);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // The comparison itself: the same picture passes, one with a control moved does not.
    void theComparisonSeesAMovedControl()
    {
        QImage a(200, 100, QImage::Format_RGB32);
        a.fill(Qt::white);
        QImage b = a;
        QCOMPARE(compare(a, b).fraction, 0.0);
        for (int y = 10; y < 40; ++y)
            for (int x = 10; x < 60; ++x)
                b.setPixel(x, y, qRgb(0x2F, 0x8A, 0x3F));
        QVERIFY(compare(a, b).fraction > 0.005);
        QVERIFY(!compare(a, a.scaled(100, 50)).sameSize);
        QImage c = a;
        c.setPixel(5, 5, qRgb(0xF0, 0xF0, 0xF0)); // antialiasing's kind of change
        QCOMPARE(compare(a, c).fraction, 0.0);
    }
};

int main(int argc, char **argv)
{
    qputenv("TZ", "UTC"); // the figures show local times; the goldens were taken in UTC
    QApplication app(argc, argv);
    TestDocCapture test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_doccapture.moc"
