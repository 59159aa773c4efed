#include "DocCapture.h"

#include "Autoplay.h"
#include "ConsoleDialog.h"
#include "DeviceSyncPage.h"
#include "GuidePanel.h"
#include "MainWindow.h"
#include "ObjectNames.h"
#include "SimulatorControlClient.h"
#include "SyncConfigurationView.h"
#include "SyncController.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace {
// What the figures show is laid out: layout requests are delivered, no other event runs here.
void settleLayout()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

// The figures whose reference outlines the control to use in red (the others show the page
// unmarked, or the pointer on the control). Without the mark pause-sync-review-and-deploy would
// be the page just paused again, the same picture as pause-sync-confirm.
bool marksControl(const QString &figure)
{
    static const QStringList marked {QStringLiteral("pause-sync-modal"),
        QStringLiteral("pause-sync-review-and-deploy"), QStringLiteral("pause-sync-deploy-button")};
    return marked.contains(figure);
}

// The reference figures' mark: a thin red rectangle a few pixels outside the control.
void drawMark(QPainter &painter, const QRect &control)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(QColor(0xE5, 0x39, 0x35), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(control.adjusted(-6, -5, 6, 5));
    painter.restore();
}

// The console's dialogs are rounded as the admin UI's modals (a mask cuts their corners): the
// figures draw them so with soft edges. `radius` in logical pixels.
QPixmap rounded(const QPixmap &modal, qreal radius)
{
    QPixmap out(modal.size());
    out.setDevicePixelRatio(modal.devicePixelRatio());
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    p.drawRoundedRect(QRectF(QPointF(0, 0), modal.deviceIndependentSize()), radius, radius);
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.drawPixmap(0, 0, modal);
    return out;
}

qreal radiusOf(const QDialog *dialog)
{
    const auto *own = qobject_cast<const ConsoleDialog *>(dialog);
    return own ? own->cornerRadius() : 0;
}

// Around a dialog written alone, the dimmed page shows (as in the reference).
constexpr int DialogAloneMargin = 10;
const QColor Dim(33, 49, 60, 140);

// Where a modal over `area` is drawn: where the console places it over its window (centred
// across, a little below the middle, as the references' modals stand), at least 24 px down;
// `atTop`: 30 px from the top, where 2021's terminate modal stands in its reference
// (Bootstrap's place for a modal).
QPoint modalAt(const QSize &area, const QSize &size, bool atTop = false)
{
    const QPoint placed = ConsoleDialog::placeOver(QRect(QPoint(0, 0), area), size);
    return {placed.x(), atTop ? 30 : qMax(24, placed.y())};
}

bool modalAtTop(const QString &path)
{
    return QFileInfo(path).completeBaseName() == QLatin1String("terminate-sync-model");
}

// The names of the references' app where the scenario's differ: the pause figures' diff names
// the linked cluster "mongodb-atlas" in sync/config.json (their page: Example-Service), and the
// type-to-confirm modal terminates Sync for "RealmTasks - (Service: mongodb-atlas)".
const QLatin1String ReferenceDataSource("mongodb-atlas");
const QLatin1String ReferenceCluster("RealmTasks");
const QLatin1String ReferenceService("mongodb-atlas");

// The moment each 2023 figure's reference was taken, as its header shows it (in UTC, where the
// figures are written): press-pause-sync-button's Latest Sync Event 04/03/2023 09:27:01 and
// Last Cluster Event Processed 09:27:00 (the simulator's events 2 s and 3 s before its now),
// pause-sync-confirm's Sync Paused Since 04/03/2023 09:33:22 (the pause's own moment).
qint64 referenceMomentOf(const QString &figure)
{
    const auto at = [](int hour, int minute, int second) {
        return QDateTime(QDate(2023, 4, 3), QTime(hour, minute, second), Qt::UTC)
            .toSecsSinceEpoch();
    };
    if (figure == QLatin1String("press-pause-sync-button"))
        return at(9, 27, 3);
    if (figure == QLatin1String("pause-sync-confirm"))
        return at(9, 33, 22);
    return DocCapture::ReferenceMoment;
}

bool savePng(const QPixmap &shot, const QString &path, QString *problem)
{
    if (shot.save(path, "PNG"))
        return true;
    *problem = QStringLiteral("cannot write %1").arg(path);
    return false;
}
} // namespace

DocCapture::DocCapture(
    MainWindow *window, SyncController *controller, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_controller(controller)
    , m_directory(directory)
{ }

const QList<DocCapture::Run> &DocCapture::runs()
{
    using Kind = Procedure::Kind;
    using Confirmation = TerminateDialog::Confirmation;
    // The terminate figures come first: their reference terminates a Sync that was never
    // paused, so its diff removes no `last_disabled` (a pause before would leave one, and the
    // hunk would read -5,19 where the reference reads -5,18).
    static const QList<Run> all {
        {Kind::Terminate, Confirmation::Checkbox, true, {}},
        {Kind::Enable, Confirmation::Checkbox, false, {}}, // running again, to pause
        {Kind::Pause, Confirmation::Checkbox, true, {}, UiGeneration::DeviceSync2023},
        {Kind::Resume, Confirmation::Checkbox, false, {}}, // running again, to terminate
        {Kind::Terminate, Confirmation::TypePhrase, false, QLatin1String("terminate-sync-modal"),
            UiGeneration::Classic2021, true},
    };
    return all;
}

void DocCapture::start()
{
    m_window->menuBar()->hide(); // the figures show the page, as the admin UI shows it
    // The next procedure starts once the console has re-read what the last one changed.
    connect(m_controller, &SyncController::activityChanged, this, [this] {
        if (m_run >= 0 && m_run < runs().size() && !m_autoplay && !m_switching
            && m_controller->activity() == SyncController::Activity::Idle)
            play();
    });
    play();
}

void DocCapture::play()
{
    if (++m_run >= runs().size())
        return emit finished(m_problem.isEmpty(), m_problem);
    if (!prepareApp(runs()[m_run]))
        startRun();
}

bool DocCapture::prepareApp(const Run &run)
{
    SimulatorControlClient *simulator = m_controller->simulatorControl();
    if (!simulator)
        return false;
    SimulatorControlClient::AppChange change;
    const bool syncDirectory = run.dialogs == UiGeneration::DeviceSync2023;
    if (syncDirectory != m_syncDirectory) {
        change.syncDirectory = syncDirectory;
        if (syncDirectory)
            change.dataSourceName = ReferenceDataSource;
    }
    const bool rename = run.referenceNames && !m_renamed;
    if (rename) {
        change.clusterName = ReferenceCluster;
        change.serviceName = ReferenceService;
    }
    if (!change.syncDirectory && !rename)
        return false;
    m_switching = true;
    simulator->changeApp(m_controller->app().id, change, this,
        [this, syncDirectory, rename](const ApiResult<Done> &r) {
            if (!r.ok()) {
                m_switching = false;
                m_run = int(runs().size());
                return emit finished(false, r.error.message());
            }
            m_syncDirectory = syncDirectory;
            if (!rename) {
                m_switching = false;
                return startRun();
            }
            // The dialogs name the cluster as the console last read it: read it again first.
            m_renamed = true;
            connect(
                m_controller, &SyncController::refreshed, this,
                [this] {
                    m_switching = false;
                    startRun();
                },
                Qt::SingleShotConnection);
            m_controller->refresh();
        });
    return true;
}

void DocCapture::startRun()
{
    const Run &run = runs()[m_run];
    // What the last procedure left on screen (its result, the clients coming back after a
    // resume) is dismissed, as a person would before the next one.
    hideResultBanner();
    if (auto *close = m_window->findChild<QAbstractButton *>(ObjectName::clientRecoveryHide);
        close && close->isVisible())
        close->click();
    m_window->setTerminateConfirmation(run.confirmation);
    m_window->setFigureDraftDialog(run.dialogs);
    // The references are of 2021's Realm UI; the pause figures' of mid-2021, which showed a
    // paused Sync as disabled; the terminate figures' page offers no restore of the configuration
    // saved before the terminate (the console's own; the Enable run uses it).
    m_window->setFigureWording({true, run.procedure == Procedure::Kind::Pause,
        run.procedure == Procedure::Kind::Terminate});
    const Procedure &procedure = Procedures::get(run.procedure);
    m_pendingResult = run.stepFigures ? procedure.resultFigure() : QString();
    m_autoplay = new Autoplay(m_window, m_controller, procedure, this);
    m_autoplay->setDelayMs(150);
    m_autoplay->setHighlight(false);
    m_autoplay->setBeforeStep([this, run](const ProcedureStep &step) { beforeStep(run, step); });
    connect(m_autoplay, &Autoplay::finished, this, [this](bool ok, const QString &message) {
        m_autoplay->deleteLater();
        m_autoplay = nullptr;
        if (ok)
            writePendingResult();
        m_pendingResult.clear();
        if (ok && runs()[m_run].procedure == Procedure::Kind::Terminate
            && runs()[m_run].stepFigures)
            writeGuideFigure();
        if (!ok) {
            m_run = int(runs().size());
            return emit finished(false, message);
        }
        if (m_controller->activity() == SyncController::Activity::Idle)
            play();
    });
    m_autoplay->start();
}

// As its × would (mid-2021's banner, as the pause figures show it, has none).
void DocCapture::hideResultBanner()
{
    if (auto *banner = m_window->findChild<QWidget *>(ObjectName::resultBanner))
        banner->hide();
}

void DocCapture::writeGuideFigure()
{
    // The Guide beside the page, in the wait of the terminate-and-re-enable runbook: the
    // terminate just deployed, the countdown running. Hidden again for the figures after it.
    // The console's own figure: the page offers the restore the Guide's next steps use.
    const FigureWording wording = m_window->figureWording();
    FigureWording withRestore = wording;
    withRestore.withoutRestoreOffer = false;
    m_window->setFigureWording(withRestore);
    GuidePanel *guide = GuidePanel::of(m_window);
    guide->showAt(Runbook::Kind::TerminateAndReEnable, QStringLiteral("wait-before-re-enabling"));
    QString problem;
    const QString path = QDir(m_directory).filePath(QStringLiteral("guide-mid-runbook.png"));
    save(write(m_window, path, &problem), path, problem);
    guide->hide();
    m_window->setFigureWording(wording);
}

void DocCapture::writePendingResult()
{
    if (m_pendingResult.isEmpty() || (isDeviceSyncFigure(m_pendingResult) && m_autoplay))
        return; // the 2023 page shows it once the procedure has ended (its deployment too)
    if (isDeviceSyncFigure(m_pendingResult))
        return writeDeviceSyncFigure(std::exchange(m_pendingResult, QString()));
    QString problem;
    const QString path = QDir(m_directory).filePath(m_pendingResult + QLatin1String(".png"));
    m_pendingResult.clear();
    save(write(m_window, path, &problem), path, problem);
}

void DocCapture::beforeStep(const Run &run, const ProcedureStep &step)
{
    // The procedure's own steps, not the draft steps after them.
    const QList<ProcedureStep> &own = Procedures::get(run.procedure).steps;
    const bool ownStep = std::any_of(
        own.cbegin(), own.cend(), [&step](const ProcedureStep &s) { return s.id == step.id; });
    if (!ownStep)
        writePendingResult(); // the procedure's own steps are done: what they led to is shown
    QString problem;
    QDialog *dialog = m_window->openDialog();
    if (run.stepFigures && step.figure && isDeviceSyncFigure(step.id)) {
        writeDeviceSyncFigure(step.id);
    } else if (run.stepFigures && step.figure) {
        const QString path = QDir(m_directory).filePath(step.id + QLatin1String(".png"));
        const QWidget *mark = marksControl(step.id) ? control(step, dialog) : nullptr;
        save(write(m_window, path, &problem, mark), path, problem);
    }
    if (!run.dialogFigure.isEmpty() && ownStep && !step.dialog.isEmpty()
        && step.action == ProcedureStep::Action::Click && dialog) {
        const QString path = QDir(m_directory).filePath(run.dialogFigure + QLatin1String(".png"));
        save(writeDialog(dialog, path, &problem), path, problem);
    }
}

void DocCapture::save(bool written, const QString &path, const QString &problem)
{
    if (written)
        emit figureWritten(path);
    else if (m_problem.isEmpty())
        m_problem = problem; // said at the end: the other figures are still worth having
}

const QWidget *DocCapture::control(const ProcedureStep &step, QDialog *dialog) const
{
    QWidget *within = step.dialog.isEmpty() ? static_cast<QWidget *>(m_window) : dialog;
    if (!within)
        return nullptr;
    for (const QLatin1String &name : step.controls)
        if (auto *w = within->findChild<QWidget *>(name); w && w->isVisible())
            return w;
    return nullptr;
}

bool DocCapture::write(MainWindow *window, const QString &path, QString *problem,
    const QWidget *mark, const QRect &crop)
{
    settleLayout();
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    if (mark && mark->window() == window)
        drawMark(painter, QRect(mark->mapTo(window, QPoint(0, 0)), mark->size()));
    if (QDialog *dialog = window->openDialog(); dialog && dialog->isVisible()) {
        painter.fillRect(QRect(QPoint(0, 0), shot.deviceIndependentSize().toSize()), Dim);
        const QPixmap modal = dialog->grab();
        const QPoint at = modalAt(shot.deviceIndependentSize().toSize(),
            modal.deviceIndependentSize().toSize(), modalAtTop(path));
        painter.drawPixmap(at, rounded(modal, radiusOf(dialog)));
        if (mark && mark->window() == dialog)
            drawMark(painter, QRect(at + mark->mapTo(dialog, QPoint(0, 0)), mark->size()));
    }
    painter.end();
    if (!crop.isEmpty()) {
        const qreal dpr = shot.devicePixelRatio();
        QPixmap part = shot.copy(QRectF(QPointF(crop.topLeft()) * dpr, QSizeF(crop.size()) * dpr)
                                     .toAlignedRect());
        part.setDevicePixelRatio(dpr);
        shot = part;
    }
    return savePng(shot, path, problem);
}

bool DocCapture::writeDialog(QDialog *dialog, const QString &path, QString *problem)
{
    settleLayout();
    const QPixmap modal = dialog->grab();
    const QSize size = modal.deviceIndependentSize().toSize();
    const int m = DialogAloneMargin;
    // The dimmed window behind it, where the dialog stands over it; a plain dim without one.
    QPixmap shot(QSize(size.width() + 2 * m, size.height() + 2 * m) * modal.devicePixelRatio());
    shot.setDevicePixelRatio(modal.devicePixelRatio());
    shot.fill(Qt::white);
    QPainter painter(&shot);
    if (QWidget *behind = dialog->parentWidget() ? dialog->parentWidget()->window() : nullptr) {
        const QPixmap page = behind->grab();
        const QPoint at = modalAt(page.deviceIndependentSize().toSize(), size);
        painter.drawPixmap(QPoint(m, m) - at, page);
    }
    painter.fillRect(QRect(QPoint(0, 0), shot.deviceIndependentSize().toSize()), Dim);
    painter.drawPixmap(QPoint(m, m), rounded(modal, radiusOf(dialog)));
    painter.end();
    return savePng(shot, path, problem);
}

// The figures whose reference is the 2023 Device Sync page: the header with Pause Sync and
// Terminate Sync, and the page once Sync is paused ("Sync Paused Since").
bool DocCapture::isDeviceSyncFigure(const QString &figure)
{
    return figure == QLatin1String("press-pause-sync-button")
        || figure == QLatin1String("pause-sync-confirm");
}

// Shows the 2023 page on its Configuration tab (the references show its card), writes the
// figure, and goes back to the classic page the procedures are played on.
void DocCapture::writeDeviceSyncFigure(const QString &figure)
{
    hideResultBanner();
    const UiGeneration before = m_window->uiGeneration();
    m_window->setUiGeneration(UiGeneration::DeviceSync2023);
    DeviceSyncPage *page = m_window->deviceSyncPage();
    page->showTab(DeviceSyncPage::Tab::Configuration);
    page->configurationView()->setFigureSyncType(SyncConfig::Mode::Flexible);
    // The simulator stands at the 2021 figures' moment; the page shows its reference's.
    page->setFigureTimeShift(referenceMomentOf(figure) - ReferenceMoment);
    // The references are crops of the page: the header, and the card down to its Sync Type
    // cards, with no tab bar between them.
    QWidget *tabs = page->findChild<QWidget *>(ObjectName::deviceSyncTabs);
    if (tabs)
        tabs->hide();
    settleLayout();
    QRect crop;
    const QWidget *header = page->findChild<QWidget *>(QStringLiteral("deviceSyncHeader"));
    const QWidget *cards = page->findChild<QWidget *>(ObjectName::syncTypePartition);
    if (header && cards && header->isVisible() && cards->isVisible()) {
        const QPoint top = header->mapTo(m_window, QPoint(0, 0));
        const int bottom = cards->mapTo(m_window, QPoint(0, cards->height())).y();
        const int left = page->mapTo(m_window, QPoint(0, 0)).x();
        crop = QRect(QPoint(left, page->mapTo(m_window, QPoint(0, 0)).y()),
            QPoint(top.x() + header->width() + 12, bottom + 18));
    }
    QString problem;
    const QString path = QDir(m_directory).filePath(figure + QLatin1String(".png"));
    save(write(m_window, path, &problem, nullptr, crop), path, problem);
    if (tabs)
        tabs->show();
    page->configurationView()->setFigureSyncType(std::nullopt);
    page->setFigureTimeShift(0);
    m_window->setUiGeneration(before);
}
