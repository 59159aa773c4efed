#include "ConsoleSettings.h"

#include <QSettings>

namespace {
const QString languageKey = QStringLiteral("preferences/language");
const QString confirmKey = QStringLiteral("preferences/terminate_confirmation");
const QString dateKey = QStringLiteral("preferences/date_format");
const QString pollKey = QStringLiteral("preferences/deployment_poll_ms");
const QString followKey = QStringLiteral("preferences/log_follow_ms");
const QString presenterKey = QStringLiteral("preferences/presenter_scale");
const QString generationKey = QStringLiteral("preferences/ui_generation");

int bounded(const QSettings &settings, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}
} // namespace

ConsoleSettings ConsoleSettings::load(const QSettings &settings)
{
    ConsoleSettings s;
    s.language = settings.value(languageKey).toString();
    s.typeToConfirm = settings.value(confirmKey).toString() == QLatin1String("type_phrase");
    s.dateStyle = settings.value(dateKey).toString() == QLatin1String("documented")
        ? DisplayTime::Style::Documented
        : DisplayTime::Style::Locale;
    s.deploymentPollMs = bounded(settings, pollKey, s.deploymentPollMs, minPollMs, maxPollMs);
    s.logFollowMs = bounded(settings, followKey, s.logFollowMs, minFollowMs, maxFollowMs);
    const int scale = settings.value(presenterKey).toInt();
    s.presenterScale = scale == 125 || scale == 150 || scale == 200 ? scale : 100;
    s.uiGeneration = settings.value(generationKey).toString() == QLatin1String("2023")
        ? UiGeneration::DeviceSync2023
        : UiGeneration::Classic2021;
    return s;
}

void ConsoleSettings::save(QSettings *settings) const
{
    settings->setValue(languageKey, language);
    settings->setValue(
        confirmKey, typeToConfirm ? QStringLiteral("type_phrase") : QStringLiteral("checkbox"));
    settings->setValue(dateKey,
        dateStyle == DisplayTime::Style::Documented ? QStringLiteral("documented")
                                                    : QStringLiteral("locale"));
    settings->setValue(pollKey, deploymentPollMs);
    settings->setValue(followKey, logFollowMs);
    settings->setValue(presenterKey, presenterScale);
    settings->setValue(generationKey,
        uiGeneration == UiGeneration::DeviceSync2023 ? QStringLiteral("2023")
                                                     : QStringLiteral("2021"));
    settings->sync();
}
