#pragma once

#include <QCoreApplication>
#include <QString>

class GuideTracker;
class QMimeData;

// A runbook as text to paste into a ticket or a chat: its steps numbered, the app's real names
// filled in, and what was done so far ticked ([x] / [ ]). Plain text and Markdown.
struct GuideText
{
    Q_DECLARE_TR_FUNCTIONS(GuideText)

public:
    struct Names
    {
        QString app;
        QString appId; // the client app id, as the App Services UI shows it
        QString cluster;
        QString service;
        QString reason; // why Sync is terminated, when the admin said; empty otherwise
    };

    static QString plain(const GuideTracker &tracker, const Names &names);
    static QString markdown(const GuideTracker &tracker, const Names &names);
    // Both, as text/plain and text/markdown; the caller owns it (the clipboard takes it).
    static QMimeData *mimeData(const GuideTracker &tracker, const Names &names);
};
