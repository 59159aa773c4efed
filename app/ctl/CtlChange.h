#pragma once

#include "CtlOptions.h"

#include <QObject>
#include <functional>

class CtlOutput;
class SyncController;
struct ApiError;
struct SyncConfig;

// One change made from the command line, through the console's SyncController: pause, resume,
// terminate, enable, deploy, discard, redeploy. With drafts on, a change goes into a draft,
// its diff is printed, and it is deployed once confirmed (--yes, the typed phrase, or "y" at
// the prompt); --dry-run discards the draft after the diff. Everything moves on the
// controller's signals: no loop waits here.
class CtlChange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlChange)

public:
    CtlChange(const CtlOptions &options, SyncController *controller, CtlOutput *output,
        QObject *parent = nullptr);
    ~CtlChange() override;

    void start();

signals:
    void finished(int exitCode, const QString &message);

private:
    using Step = std::function<void()>;
    // The controller is idle again after an intent (or `next` right away if it never started).
    void whenIdle(const Step &next);
    // The controller's next refresh has heard every answer.
    void whenRefreshed(const Step &next);
    void fail(const ApiError &error);
    void done(const QString &message);
    // Asks on the terminal, unless --yes; `ok` runs when confirmed, `declined` (or the end
    // with status 2) otherwise.
    void confirm(const QString &question, const QString &expected, const Step &ok,
        const Step &declined = {});

    void change();
    bool startIntent();
    void reviewDraft(bool confirmed);
    void deploy(bool confirmed);
    void discard(const QString &message);
    void followDeployment();
    void redeploy();
    std::optional<SyncConfig> configToEnable(QString *problem) const;

    CtlOptions m_options;
    SyncController *m_controller;
    CtlOutput *m_output;
    bool m_ownDraft = false; // the draft was made by this change (not deploy's own)
    bool m_declined = false;
};
