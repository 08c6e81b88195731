#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace sdstudy::core {

namespace {
const QString kChoiceKey = QStringLiteral("appearance/language");
const QString kQmFolder = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("sdstudy_");

// Leaves the translator with the application when it loads, so it lives as long.
void installIfLoaded(QTranslator *translator, bool loaded)
{
    if (loaded)
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

QList<Translations::Language> Translations::available()
{
    QList<Language> languages;
    const QStringList files = QDir(kQmFolder).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(kPrefix.size()).chopped(3);
        if (code == QStringLiteral("en"))
            continue; // plural forms only
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "français" heads a list item as "Français"
        languages.append({code, name});
    }
    return languages;
}

QString Translations::savedChoice()
{
    return QSettings().value(kChoiceKey).toString();
}

void Translations::saveChoice(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kChoiceKey);
    else
        settings.setValue(kChoiceKey, code);
}

void Translations::install(const QString &code)
{
    QLocale locale = QLocale::system();
    if (!code.isEmpty()) {
        locale = QLocale(code);
        QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    }
    auto *app = QCoreApplication::instance();

    // English plural forms first: a later translator is asked first, so they only
    // answer what the chosen language leaves open, and all of it in English.
    auto *plurals = new QTranslator(app);
    installIfLoaded(plurals, plurals->load(kPrefix + QStringLiteral("en"), kQmFolder));

    // For each, the first of the locale's languages (LANGUAGE=fr:de, say) that has a
    // file wins; for English that is the plural forms again, which is harmless.
    auto *qt = new QTranslator(app);
    installIfLoaded(qt,
                    qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    auto *own = new QTranslator(app);
    installIfLoaded(own, own->load(locale, QStringLiteral("sdstudy"), QStringLiteral("_"), kQmFolder));
}

} // namespace sdstudy::core
