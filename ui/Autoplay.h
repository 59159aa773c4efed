#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class MainWindow;
class QTimer;
class QWidget;
class SyncController;

// Plays a documented procedure through the real widgets, as a person would: find the next
// control, outline it, wait, use it, wait for the console to react. For demos, recorded
// training and scripts (--autoplay). It never calls the controller itself.
class Autoplay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autoplay)

public:
    enum class Procedure { Terminate, Pause, Resume, Enable };

    Autoplay(MainWindow *window, SyncController *controller, Procedure procedure,
        QObject *parent = nullptr);

    static Procedure fromName(const QString &name);
    void setDelayMs(int ms) { m_delayMs = ms; }
    void setHighlight(bool highlight) { m_highlight = highlight; }
    // Called with a step's name once its control is on screen (outlined), before it is used.
    void setBeforeStep(std::function<void(const QString &step)> hook)
    {
        m_beforeStep = std::move(hook);
    }
    void start();

signals:
    void stepStarted(const QString &step, const QString &description);
    // ok: the server confirmed the result; otherwise `message` says what went wrong.
    void finished(bool ok, const QString &message);

private:
    struct Step
    {
        QString name;
        QString description;
        std::function<QWidget *()> target; // the control to use, once it is there and enabled
        std::function<void(QWidget *)> act; // what the person does with it
        std::function<bool()> done; // the console's reaction to wait for
    };

    void buildSteps();
    void addDraftSteps(const QString &prefix);
    void next();
    void tick();
    void setOutlined(QWidget *widget, bool on);
    void fail(const QString &message);
    QWidget *inDialog(const char *dialogName, const char *childName) const;

    MainWindow *m_window;
    SyncController *m_controller;
    Procedure m_procedure;
    QList<Step> m_steps;
    int m_index = -1;
    enum class Phase { Finding, Acting, Waiting } m_phase = Phase::Finding;
    QTimer *m_timer;
    int m_waitedMs = 0;
    int m_delayMs = 1200;
    bool m_highlight = true;
    QPointer<QWidget> m_current;
    std::function<void(const QString &)> m_beforeStep;
    bool m_deploymentEnded = false;
    bool m_deploymentOk = false;
    QString m_deploymentMessage;
    bool m_finished = false;
};
