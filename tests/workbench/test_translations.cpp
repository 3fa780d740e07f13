#include "testsupport.h"

#include "app/lib/languagesettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace madoguchi::test;

namespace {

const char MainWindowContext[] = "madoguchi::app::MainWindow";
const char WizardContext[] = "madoguchi::app::NewProjectWizard";

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
    int lineNumber = 0;
};

std::vector<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    INFO("cannot open " << path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<TsMessage> messages;
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) { // <context><name>…</name><message>…
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message.lineNumber = int(xml.lineNumber());
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.push_back(message);
            message = TsMessage();
        }
    }
    INFO("XML error in " << path.toStdString() << ": " << xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QString tsPath(const QString &language)
{
    return sourceDir() + QStringLiteral("/resources/translations/madoguchi_%1.ts").arg(language);
}

// The argument placeholders of a message (%1 … %99, %n, %L1), as a set.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

// Points the application's settings at a temporary folder for the test's lifetime.
class TemporarySettings
{
public:
    TemporarySettings()
    {
        REQUIRE(mDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, mDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, mDir.path());
    }

private:
    QTemporaryDir mDir;
};

} // namespace

TEST_CASE("the Japanese and English translations are compiled into the resources", "[translations]")
{
    CHECK(QFile::exists(QStringLiteral(":/i18n/madoguchi_ja.qm")));
    CHECK(QFile::exists(QStringLiteral(":/i18n/madoguchi_en.qm")));
    CHECK(madoguchi::app::availableLanguages() == QStringList{QStringLiteral("en"), QStringLiteral("ja")});
}

TEST_CASE("the Japanese translation translates the main window and the new project wizard", "[translations]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/madoguchi_ja.qm")));
    REQUIRE(QCoreApplication::installTranslator(&translator));

    CHECK(QCoreApplication::translate(MainWindowContext, "&File") == QStringLiteral("ファイル(&F)"));
    CHECK(QCoreApplication::translate(MainWindowContext, "&Open…") == QStringLiteral("開く(&O)…"));
    CHECK(QCoreApplication::translate(WizardContext, "Project name:") == QStringLiteral("プロジェクト名："));
    CHECK(QCoreApplication::translate(WizardContext, "Ward name field:") == QStringLiteral("区名の属性："));
    // Numerus: Japanese has one form, with the number in it.
    const QString read = QCoreApplication::translate(
        WizardContext,
        "%n office(s) read. Ward offices (区役所): %1, general branch offices (総合出張所): %2, branch offices "
        "(出張所): %3.",
        nullptr, 19);
    CHECK(read.startsWith(QStringLiteral("19 件")));
    CHECK(read.contains(QStringLiteral("区役所 %1")));

    QCoreApplication::removeTranslator(&translator);
    CHECK(QCoreApplication::translate(MainWindowContext, "&File") == QStringLiteral("&File"));
}

TEST_CASE("the English translation supplies the plural forms of the source strings", "[translations]")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/madoguchi_en.qm")));
    REQUIRE(QCoreApplication::installTranslator(&translator));
    CHECK(QCoreApplication::translate(WizardContext, "%n feature(s) (%1).", nullptr, 1)
          == QStringLiteral("1 feature (%1)."));
    CHECK(QCoreApplication::translate(WizardContext, "%n feature(s) (%1).", nullptr, 1622)
          == QStringLiteral("1622 features (%1)."));
    QCoreApplication::removeTranslator(&translator);
}

TEST_CASE("every message in madoguchi_ja.ts is translated, keeping its placeholders and shortcuts",
          "[translations]")
{
    const std::vector<TsMessage> messages = readTs(tsPath(QStringLiteral("ja")));
    REQUIRE(messages.size() > 100);
    for (const TsMessage &message : messages) {
        INFO("madoguchi_ja.ts line " << message.lineNumber << ", context " << message.context.toStdString()
                                     << ": " << message.source.toStdString());
        CHECK(message.translationType.isEmpty());
        REQUIRE_FALSE(message.translations.isEmpty());
        for (const QString &translation : message.translations) {
            CHECK_FALSE(translation.trimmed().isEmpty());
            CHECK(placeholders(translation) == placeholders(message.source));
            // A menu or button shortcut (&F) must survive translation: "ファイル(&F)".
            if (QString(message.source).remove(QStringLiteral("&&")).contains(QLatin1Char('&')))
                CHECK(QString(translation).remove(QStringLiteral("&&")).contains(QLatin1Char('&')));
        }
    }
}

TEST_CASE("every plural message in madoguchi_en.ts has its English forms", "[translations]")
{
    const std::vector<TsMessage> messages = readTs(tsPath(QStringLiteral("en")));
    int numerus = 0;
    for (const TsMessage &message : messages) {
        if (!message.numerus)
            continue;
        ++numerus;
        INFO("madoguchi_en.ts line " << message.lineNumber << ": " << message.source.toStdString());
        CHECK(message.translationType.isEmpty());
        REQUIRE(message.translations.size() == 2);
        CHECK(message.translations.at(0) != message.translations.at(1));
        for (const QString &translation : message.translations)
            CHECK(translation.contains(QStringLiteral("%n")));
    }
    CHECK(numerus > 0);
}

TEST_CASE("installTranslators follows the saved language and replaces the translators it installed before",
          "[translations]")
{
    const TemporarySettings settings;
    QCoreApplication &app = *QCoreApplication::instance();

    madoguchi::app::setLanguage(QStringLiteral("ja"));
    CHECK(madoguchi::app::currentLanguage() == QStringLiteral("ja"));
    madoguchi::app::installTranslators(app);
    CHECK(QCoreApplication::translate(MainWindowContext, "&File") == QStringLiteral("ファイル(&F)"));
    const auto installed = app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size();

    madoguchi::app::setLanguage(QStringLiteral("en"));
    madoguchi::app::installTranslators(app);
    CHECK(QCoreApplication::translate(MainWindowContext, "&File") == QStringLiteral("&File"));
    CHECK(QCoreApplication::translate(WizardContext, "%n feature(s) (%1).", nullptr, 2)
          == QStringLiteral("2 features (%1)."));
    CHECK(app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size() <= installed);

    // Anything but "ja", "en" or "" (a hand-edited settings file) means "follow the system".
    madoguchi::app::setLanguage(QStringLiteral("tlh"));
    CHECK(madoguchi::app::currentLanguage().isEmpty());
    QSettings(QStringLiteral("Madoguchi"), QStringLiteral("Madoguchi"))
        .setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    CHECK(madoguchi::app::currentLanguage().isEmpty());
    CHECK(madoguchi::app::effectiveLanguage(QStringLiteral("ja")) == QStringLiteral("ja"));
    CHECK(madoguchi::app::effectiveLanguage(QStringLiteral("xx")).isEmpty());

    madoguchi::app::setLanguage(QString());
    madoguchi::app::installTranslators(app);
    for (QTranslator *translator : app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
