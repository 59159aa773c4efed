#pragma once

#include "Page.h"

#include <QFrame>

class QLabel;
class QPushButton;

// The App Services navigation on the left: back to the apps, the app's name with a button
// that copies its client app id, the environment tag, and the sections with Sync selected.
// Sections that Sync Console does not manage are shown greyed, for orientation.
class NavigationPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationPanel)

public:
    explicit NavigationPanel(QWidget *parent = nullptr);

    void setApp(const QString &name, const QString &clientAppId, const QString &environment);
    // Marks the entry of the page shown.
    void setCurrentPage(Page page);
    // Greys a page's entry out, or back in (the Logs page needs its model first).
    void setPageAvailable(Page page, bool available);
    // The environment's tag ("development" is DEVELOPMENT), in the console's language.
    static QString environmentTag(const QString &environment);

signals:
    void clientAppIdCopied(const QString &clientAppId);
    void pageRequested(Page page);

protected:
    // Presenter mode restyles the window: the panel's width follows the scale.
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_appName;
    QPushButton *m_copyId;
    QLabel *m_environment;
    QString m_clientAppId;
    QList<QPair<Page, QPushButton *>> m_pages;
};
