#pragma once

#include "FigureWording.h"

#include <QWidget>

class ClientRecoveryPanel;
class ConfigStepRow;
class EnableSyncForm;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedLayout;
class QStackedWidget;
class QTabBar;
class StatusBadge;
class SyncController;

// The Sync page: title and status badge, header metrics, the Configuration / Development Mode
// tabs, the configuration steps, Pause / Resume, the collapsible TERMINATE SYNC section, and
// the get-started steps with Enable Sync while Sync is disabled. It renders the controller's
// state and asks for intents through its signals; dialogs are the main window's business.
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    explicit SyncPage(SyncController *controller, QWidget *parent = nullptr);

    // The wording of a reference figure's era (--capture-docs only).
    void setFigureWording(const FigureWording &wording);

    // The get-started steps; built when Sync is first seen disabled, null before.

signals:
    void pauseRequested();
    void resumeRequested();
    void terminateRequested();

private:
    void render();
    void renderMetrics();
    QWidget *buildHeader(QWidget *parent);
    QWidget *buildConfigured(QWidget *parent);
    QWidget *buildTerminateSection(QWidget *parent);
    void ensureDevelopmentModeTab();
    EnableSyncForm *ensureEnableForm();
    QLabel *ensureGoneView();

    SyncController *m_controller;
    StatusBadge *m_badge = nullptr;
    QLabel *m_pausedOn = nullptr; // "Paused On: … UTC", in the figures of mid-2021 only
    QLabel *m_intro = nullptr;
    FigureWording m_wording;
    QLabel *m_latestCaption;
    QLabel *m_latest;
    QLabel *m_clusterEventCaption;
    QLabel *m_clusterEvent;
    QLabel *m_lagCaption;
    QLabel *m_lag;
    QTabBar *m_tabs = nullptr;
    QStackedWidget *m_tabPages = nullptr;
    QList<QWidget *> m_untilLoaded; // the tabs, their rule and pages: hidden until loaded
    QStackedLayout *m_stateViews = nullptr; // the configured steps, the Enable Sync form, gone
    QWidget *m_developmentMode = nullptr;
    QWidget *m_configured;
    QLabel *m_goneView = nullptr; // built when the app is first found gone
    ConfigStepRow *m_clusterStep;
    ConfigStepRow *m_fieldsStep;
    ConfigStepRow *m_permissionsStep;
    QComboBox *m_clusterShown;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QWidget *m_terminateSection;
    QPushButton *m_terminateToggle;
    QWidget *m_terminateBody;
    QPushButton *m_terminate;
    EnableSyncForm *m_enableForm;
    ClientRecoveryPanel *m_recovery;
};
