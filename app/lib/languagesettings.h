#pragma once

#include "core/terms.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace madoguchi::app {

// The user interface language: "ja", "en", or "" to follow the system (the first of the system's UI
// languages that Madoguchi is translated into, else English). Kept in
// QSettings("Madoguchi", "Madoguchi") under "ui/language"; a value that is not one of these (a
// hand-edited settings file) reads as "".
QString currentLanguage();
// Saves the choice; `language` must be "ja", "en" or "" (anything else is saved as ""). Takes effect the
// next time installTranslators() runs (the workbench restarts or re-translates its windows).
void setLanguage(const QString &language);

// The languages the user interface is translated into, as codes ("ja", "en").
QStringList availableLanguages();
// The language installTranslators() uses for `language` (as currentLanguage() returns it): the language
// itself, or for "" the system's first UI language that is available, else "en"; "" only when the
// language asked for (or, for "", English) has no translation compiled in.
QString effectiveLanguage(const QString &language);

// Loads :/i18n/madoguchi_<lang>.qm and, when present, Qt's own qtbase_<lang>.qm from
// QLibraryInfo::TranslationsPath (standard buttons and dialogs) for the chosen or system language, and
// installs them on `app`, which owns them. Translators installed by an earlier call are removed first, so
// calling it again after setLanguage() switches the language.
void installTranslators(QCoreApplication &app);
// The same for one language as effectiveLanguage() returns it ("ja", "en"; "" = the source strings),
// whatever the settings say: the command line's exports, which are drawn in the language asked for.
void installTranslators(QCoreApplication &app, const QString &language);

// The language of the translations installTranslators() installed on the application: what the domain's
// words (core/terms.h) and the legend are shown in on screen. English when none is installed.
Language interfaceLanguage();

} // namespace madoguchi::app
