#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The languages the programs speak, and loading them: the console's own messages (embedded
// .qm files) and Qt's own (qtbase, from the system's Qt translations).
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // The languages with an embedded translation, e.g. {"de", "en", "ja"}.
    static QStringList available();
    // The language a user gets: `requested` if it is one of available(), else the first of the
    // system's UI languages that is, else English.
    static QString resolve(const QString &requested);
    // Installs the translators for `language` (one of available()) on the running application,
    // which owns them, in place of those installed before, and makes it the default QLocale
    // so dates and numbers follow it.
    static void install(const QString &language);
    // The language install() was last given, "en" before.
    static QString current();
    // The value of --lang in `arguments` (--lang X or --lang=X), or an empty string.
    static QString fromArguments(const QStringList &arguments);
};
