#pragma once

#include "ConsoleDialog.h"
#include "FigureWording.h"

class QCheckBox;
class QLineEdit;
class QPushButton;
class SyncController;

// "Terminate Sync for <cluster - (Service: name)>": the metadata warning, the unsynced-changes
// warning with client-reset guidance per SDK, and a confirmation that alone enables the red
// button: a checkbox, or (the stricter setting) typing "Terminate Sync". Accepting the dialog
// means "terminate"; the caller forwards that intent. In a reference figure's era wording
// (--capture-docs) it is the admin UI's own, which has no word on the devices.
class TerminateDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminateDialog)

public:
    enum class Confirmation { Checkbox, TypePhrase };

    TerminateDialog(const SyncController &controller, Confirmation confirmation,
        QWidget *parent = nullptr, const FigureWording &wording = {});

    static QString confirmationPhrase();
    QPushButton *terminateButton() const { return m_terminate; }

private:
    void addUnsyncedChangesWarning(const SyncController &controller);
    void updateButton();

    QCheckBox *m_check = nullptr;
    QLineEdit *m_phrase = nullptr;
    QPushButton *m_terminate;
};
