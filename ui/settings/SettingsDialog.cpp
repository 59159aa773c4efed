#include "SettingsDialog.h"

#include "ObjectNames.h"
#include "TerminateDialog.h"
#include "WheelGuard.h"
#include "WrappedLabel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QString languageName(const QString &code)
{
    // Qt names English after the United States ("American English"); the console's is plain.
    const QString name = code == QLatin1String("en") ? QStringLiteral("English")
                                                     : QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

// The language the console starts in when none is chosen: the first of the system's that it
// speaks, else English (as Translations::resolve() decides).
QString systemLanguage(const QStringList &languages)
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (languages.contains(code))
            return code;
    }
    return QStringLiteral("en");
}
} // namespace

SettingsDialog::SettingsDialog(const ConsoleSettings &settings, const QStringList &languages,
    const QString &running, QWidget *parent)
    : QDialog(parent)
    , m_running(running)
    , m_language(new QComboBox(this))
    , m_confirmation(new QComboBox(this))
    , m_dates(new QComboBox(this))
    , m_generation(new QComboBox(this))
    , m_poll(new QSpinBox(this))
    , m_follow(new QSpinBox(this))
{
    setObjectName(ObjectName::settingsDialog);
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(ObjectName::settingsLanguage);
    m_systemLanguage = systemLanguage(languages);
    m_language->addItem(
        tr("As the system is set (%1)").arg(languageName(m_systemLanguage)), QString());
    for (const QString &code : languages)
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    auto *note
        = new WrappedLabel(tr("The new language is used when Sync Console starts again."), this);
    note->setObjectName(ObjectName::settingsRestartNote);
    note->setWordWrap(true);
    m_restartNote = note;

    m_confirmation->setObjectName(ObjectName::settingsConfirmation);
    m_confirmation->addItem(tr("Tick a checkbox"), false);
    m_confirmation->addItem(
        tr("Type the phrase \u201c%1\u201d").arg(TerminateDialog::confirmationPhrase()), true);
    m_confirmation->setCurrentIndex(settings.typeToConfirm ? 1 : 0);

    m_dates->setObjectName(ObjectName::settingsDateFormat);
    const QDateTime sample(QDate(2021, 2, 26), QTime(22, 14, 19));
    const DisplayTime::Style style = DisplayTime::style();
    DisplayTime::setStyle(DisplayTime::Style::Locale);
    m_dates->addItem(
        tr("As the language and region write them (%1)").arg(DisplayTime::dateTime(sample)),
        int(DisplayTime::Style::Locale));
    DisplayTime::setStyle(style);
    m_dates->addItem(
        tr("As in the documentation (MM/DD/YYYY HH:MM:SS)"), int(DisplayTime::Style::Documented));
    m_dates->setCurrentIndex(settings.dateStyle == DisplayTime::Style::Documented ? 1 : 0);

    m_generation->setObjectName(ObjectName::settingsUiGeneration);
    m_generation->addItem(tr("Classic (2021): Sync with its configuration steps"),
        int(UiGeneration::Classic2021));
    m_generation->addItem(tr("Device Sync (2023): a Dashboard with charts, and Configuration"),
        int(UiGeneration::DeviceSync2023));
    m_generation->setCurrentIndex(m_generation->findData(int(settings.uiGeneration)));

    m_poll->setObjectName(ObjectName::settingsPollInterval);
    m_poll->setRange(ConsoleSettings::minPollMs, ConsoleSettings::maxPollMs);
    m_poll->setSingleStep(250);
    m_poll->setSuffix(tr(" ms", "unit after a number of milliseconds"));
    m_poll->setValue(settings.deploymentPollMs);

    m_follow->setObjectName(ObjectName::settingsFollowInterval);
    m_follow->setRange(ConsoleSettings::minFollowMs / 1000, ConsoleSettings::maxFollowMs / 1000);
    m_follow->setSuffix(tr(" s", "unit after a number of seconds"));
    m_follow->setValue(settings.logFollowMs / 1000);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Confirm Terminate Sync by:"), m_confirmation);
    form->addRow(tr("&Dates and times:"), m_dates);
    form->addRow(tr("Sync pa&ge:"), m_generation);
    form->addRow(tr("Read a running de&ployment every:"), m_poll);
    form->addRow(tr("Ask for new log &entries every:"), m_follow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(ObjectName::settingsOk);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(ObjectName::cancelButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    updateRestartNote();
    WheelGuard::guardChildren(this); // the wheel scrolls the page, not the values
}

void SettingsDialog::updateRestartNote()
{
    const QString chosen = m_language->currentData().toString();
    const QString effective = chosen.isEmpty() ? m_systemLanguage : chosen;
    m_restartNote->setVisible(effective != m_running);
}

ConsoleSettings SettingsDialog::settings() const
{
    ConsoleSettings s;
    s.language = m_language->currentData().toString();
    s.typeToConfirm = m_confirmation->currentData().toBool();
    s.dateStyle = DisplayTime::Style(m_dates->currentData().toInt());
    s.uiGeneration = UiGeneration(m_generation->currentData().toInt());
    s.deploymentPollMs = m_poll->value();
    s.logFollowMs = m_follow->value() * 1000;
    return s;
}
