#pragma once

#include <QList>
#include <QString>

namespace sdstudy::core {

// The app's translations (translations/*.ts, built in as :/i18n/sdstudy_*.qm) and
// Qt's own (its dialogs' buttons), for the system's language or the one chosen in
// Preferences. English, the language of the source, needs only its plural forms.
class Translations final
{
public:
    struct Language
    {
        QString code;       // "de"
        QString nativeName; // "Deutsch"
    };

    // The languages the app can speak besides English, from the built-in files.
    static QList<Language> available();

    // The choice made in Preferences: a code from available(), "en", or "" for the system's.
    static QString savedChoice();
    static void saveChoice(const QString &code);

    // Installs the translators for `code` ("" = the system's languages) on the
    // running application. Call once, before any window is made.
    static void install(const QString &code);
};

} // namespace sdstudy::core
