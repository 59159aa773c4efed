#include "Translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>
#include <utility>

namespace {
const QString resourceDir = QStringLiteral(":/i18n");
const QString baseName = QStringLiteral("sync-console_");
QString installed = QStringLiteral("en");
QList<QPointer<QTranslator>> translators; // the ones install() put in place
} // namespace

QStringList Translations::available()
{
    QStringList out;
    const QStringList files
        = QDir(resourceDir).entryList({baseName + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        out.append(file.mid(baseName.size()).section(QLatin1Char('.'), 0, 0));
    return out;
}

QString Translations::resolve(const QString &requested)
{
    const QStringList languages = available();
    if (languages.contains(requested))
        return requested;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString language = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (languages.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void Translations::install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    installed = language;
    for (const QPointer<QTranslator> &t : std::exchange(translators, {}))
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    const QLocale locale(language);
    // The system's own locale stays when it speaks the language (en_GB dates for a British
    // English user); another language brings its own conventions.
    QLocale::setDefault(
        QLocale::system().language() == locale.language() ? QLocale::system() : locale);
    const auto add = [app, &locale](const QString &name, const QString &directory) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            translators.append(translator);
        } else {
            delete translator;
        }
    };
    add(QStringLiteral("sync-console"), resourceDir);
    // Qt's own texts (standard buttons, context menus, file dialogs); absent for English.
    add(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QString Translations::current()
{
    return installed;
}

QString Translations::fromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}
