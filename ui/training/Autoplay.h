#pragma once

#include "Procedures.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class ControlOutline;
class MainWindow;
class QTimer;
class QWidget;
class SyncController;

// Plays a documented procedure (its step table, see Procedures) through the real widgets, as a
// person would: find the step's control, outline it, wait until it is usable, use it, wait for
// the console to react. For demos, recorded training and scripts (--autoplay). It never calls
// the controller itself.
class Autoplay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autoplay)

public:
    Autoplay(MainWindow *window, SyncController *controller, const Procedure &procedure,
        QObject *parent = nullptr);
    ~Autoplay() override;

    void setDelayMs(int ms) { m_delayMs = ms; }
    void setHighlight(bool highlight) { m_highlight = highlight; }
    // Called with a step once its control is on screen (outlined), before it is used.
    void setBeforeStep(std::function<void(const ProcedureStep &step)> hook)
    {
        m_beforeStep = std::move(hook);
    }
    void start();

signals:
    void stepStarted(const QString &step, const QString &description);
    // ok: the server confirmed the result; otherwise `message` says what went wrong.
    void finished(bool ok, const QString &message);

private:
    QWidget *target(const ProcedureStep &step) const;
    void act(const ProcedureStep &step, QWidget *control);
    bool done(const ProcedureStep &step) const;
    void next();
    void tick();
    void setOutlined(QWidget *widget, bool on);
    void fail(const QString &message);

    MainWindow *m_window;
    SyncController *m_controller;
    Procedure m_procedure;
    QList<ProcedureStep> m_steps;
    int m_index = -1;
    enum class Phase { Finding, Acting, Waiting } m_phase = Phase::Finding;
    QTimer *m_timer;
    int m_waitedMs = 0;
    int m_delayMs = 1200;
    bool m_highlight = true;
    QPointer<QWidget> m_current;
    QPointer<ControlOutline> m_outline;
    std::function<void(const ProcedureStep &)> m_beforeStep;
    bool m_deploymentEnded = false;
    bool m_deploymentOk = false;
    QString m_deploymentMessage;
    bool m_finished = false;
};
