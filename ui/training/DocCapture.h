#pragma once

#include "Procedures.h"
#include "TerminateDialog.h"
#include "UiGeneration.h"

#include <QObject>
#include <QPointer>
#include <QRect>
#include <QString>

class Autoplay;
class MainWindow;
class QDialog;
class QWidget;
class SyncController;

// The training figures of --capture-docs: plays the documented procedures through the real
// widgets, one after the other, and writes what a person sees at each step that has a figure
// (the step tables in Procedures say which, and name the files). Between the procedures that
// have figures it plays those that bring Sync back to where the next one starts: terminate,
// re-enable, pause, resume, then terminate again with the type-to-confirm dialog. After the first
// terminate it also shows the Guide in the wait of its runbook, for a figure of its own.
class DocCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocCapture)

public:
    DocCapture(MainWindow *window, SyncController *controller, const QString &directory,
        QObject *parent = nullptr);

    // Where --capture-docs stops its built-in simulator's clock: the 2021 reference figures'
    // moment, 07/15/2021 15:04:37 UTC (their "Paused On", and the pause diff's last_disabled).
    static constexpr qint64 ReferenceMoment = 1626361477;

    // Starts with the first procedure; the page must show the server's state.
    void start();

    // The main window, and a modal dialog over the dimmed window, as a PNG; `mark`: a control
    // of either outlined in red, as the reference figures mark the control to use.
    // `crop`: the part of the window written (logical pixels); empty: all of it.
    static bool write(MainWindow *window, const QString &path, QString *problem,
        const QWidget *mark = nullptr, const QRect &crop = QRect());
    // A dialog alone over the dimmed window it stands on, corners rounded, as a PNG.
    static bool writeDialog(QDialog *dialog, const QString &path, QString *problem);

signals:
    void figureWritten(const QString &path);
    // ok: every procedure ended as the server confirmed; otherwise `message` says what failed.
    void finished(bool ok, const QString &message);

private:
    struct Run
    {
        Procedure::Kind procedure;
        TerminateDialog::Confirmation confirmation;
        bool stepFigures; // the figures of the step table
        // The figure of the step's dialog alone, taken before its button is used; empty: none.
        QLatin1String dialogFigure;
        // The generation whose draft dialog REVIEW & DEPLOY opens: the pause figures' reference
        // shows the Deployment Draft, the terminate figures' Review & Deploy Changes.
        UiGeneration dialogs = UiGeneration::Classic2021;
        // The app named as the run's reference names it (the cluster and its service), from
        // this run on.
        bool referenceNames = false;
    };
    static const QList<Run> &runs();

    void play();
    // The simulator's app laid out and named as the run's reference figures have it: the 2023
    // figures' diff is of sync/config.json, the 2021 ones' of services/<service>/config.json;
    // the last figure's cluster and service have other names. Asked of the built-in simulator
    // before the run starts (the names read again after it); false: no call was needed.
    bool prepareApp(const Run &run);
    void startRun();
    void beforeStep(const Run &run, const ProcedureStep &step);
    void writePendingResult();
    // The step's control on screen, in `dialog` or the window; nullptr: none shown.
    const QWidget *control(const ProcedureStep &step, QDialog *dialog) const;
    void writeGuideFigure();
    void hideResultBanner();
    void save(bool written, const QString &path, const QString &problem);
    static bool isDeviceSyncFigure(const QString &figure);
    void writeDeviceSyncFigure(const QString &figure);

    MainWindow *m_window;
    SyncController *m_controller;
    QString m_directory;
    int m_run = -1;
    QPointer<Autoplay> m_autoplay;
    bool m_syncDirectory = false; // the app's layout as last set (it starts as the services')
    bool m_renamed = false; // the app has the reference's names
    bool m_switching = false; // the app is being changed (or read again after it)
    QString m_problem; // the first figure that could not be written
    QString m_pendingResult; // the procedure's result figure, until it is written
};
