#pragma once

#include "AppRef.h"
#include "CtlOptions.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

class AdminApiClient;
class CtlOutput;
class QTimer;
struct SyncLogPage;

// `logs`: one page of the app's logs (--type, --errors, --since, --user), oldest first; with
// --follow, the entries that come after it, read every --interval, as text or JSON lines.
class CtlLogs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlLogs)

public:
    CtlLogs(const CtlOptions &options, AdminApiClient *client, const AppRef &app, CtlOutput *output,
        QObject *parent = nullptr);
    ~CtlLogs() override;

    void start();

signals:
    void finished(int exitCode, const QString &message);

private:
    void read();
    void print(const SyncLogPage &page);

    CtlOptions m_options;
    AdminApiClient *m_client;
    AppRef m_app;
    CtlOutput *m_output;
    QTimer *m_timer;
    QDateTime m_after; // the newest entry printed
    QSet<QString> m_printedAtNewest; // entries started at m_after, printed already
    int m_printed = 0;
    bool m_first = true;
};
