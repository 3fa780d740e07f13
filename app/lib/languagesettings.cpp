#include "app/lib/languagesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace madoguchi::app {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
// Marks the translators installed here, so a second call can find and replace them.
const QString TranslatorObjectName = QStringLiteral("madoguchi.translator");
const QString TranslationsResource = QStringLiteral(":/i18n");

QSettings settings()
{
    return QSettings(QStringLiteral("Madoguchi"), QStringLiteral("Madoguchi"));
}

QString normalizedLanguage(const QString &language)
{
    const QString code = language.trimmed().toLower();
    return availableLanguages().contains(code) ? code : QString();
}

// "ja-JP", "ja_JP", "ja" -> "ja".
QString languagePart(const QString &uiLanguage)
{
    return uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

void installTranslator(QCoreApplication &app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(TranslatorObjectName);
    if (translator->load(fileName, directory)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

} // namespace

QString currentLanguage()
{
    return normalizedLanguage(settings().value(LanguageKey).toString());
}

void setLanguage(const QString &language)
{
    QSettings store = settings();
    store.setValue(LanguageKey, normalizedLanguage(language));
    store.sync();
}

QStringList availableLanguages()
{
    // What the build compiled in (resources/translations.cmake), so a language without a .qm is never
    // offered.
    QStringList languages;
    const QStringList files = QDir(TranslationsResource)
                                  .entryList({QStringLiteral("madoguchi_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << QFileInfo(file).completeBaseName().section(QLatin1Char('_'), 1);
    return languages;
}

QString effectiveLanguage(const QString &language)
{
    const QStringList available = availableLanguages();
    const QString chosen = language.trimmed().toLower();
    if (!chosen.isEmpty())
        return available.contains(chosen) ? chosen : QString();
    for (const QString &uiLanguage : QLocale::system().uiLanguages()) {
        const QString code = languagePart(uiLanguage);
        if (available.contains(code))
            return code;
    }
    // English is the source language; its translation adds the plural forms ("1 office", "2 offices").
    return available.contains(QStringLiteral("en")) ? QStringLiteral("en") : QString();
}

Language interfaceLanguage()
{
    return translationLanguage();
}

void installTranslators(QCoreApplication &app)
{
    installTranslators(app, effectiveLanguage(currentLanguage()));
}

void installTranslators(QCoreApplication &app, const QString &language)
{
    const QList<QTranslator *> previous =
        app.findChildren<QTranslator *>(TranslatorObjectName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    if (language.isEmpty())
        return; // no translation compiled in: the source strings
    // Qt's own strings first: translators installed later are searched first, so Madoguchi's wording
    // wins where both translate the same text.
    installTranslator(app, QStringLiteral("qtbase_") + language,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(app, QStringLiteral("madoguchi_") + language, TranslationsResource);
}

} // namespace madoguchi::app
