#pragma once

#include "ConsoleSettings.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Settings…: language (applies when the console starts again, and says so), how Terminate
// Sync is confirmed, how dates are written, and how often deployments and followed logs are
// read. It only edits a ConsoleSettings; whoever opens it stores and applies the result.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `languages`: the codes the console has translations for; `running`: the language in use.
    SettingsDialog(const ConsoleSettings &settings, const QStringList &languages,
        const QString &running, QWidget *parent = nullptr);

    ConsoleSettings settings() const;

private:
    void updateRestartNote();

    QString m_running;
    QString m_systemLanguage;
    QComboBox *m_language;
    QWidget *m_restartNote;
    QComboBox *m_confirmation;
    QComboBox *m_dates;
    QComboBox *m_generation;
    QSpinBox *m_poll;
    QSpinBox *m_follow;
};
