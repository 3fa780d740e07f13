#include "app/workbench/workbenchapplication.h"
#include "app/lib/version.h"

#include "app/lib/languagesettings.h"
#include "app/workbench/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QStringList>

namespace madoguchi::app {

namespace {

// Office and ward names are Japanese: the interface font must have Japanese glyphs, and the Japanese
// forms of the shared Han characters rather than the Chinese ones a fallback font may pick.
void useJapaneseCapableFont(QApplication &app)
{
    const QString preferred = QStringLiteral("Noto Sans CJK JP");
    if (!QFontDatabase::families().contains(preferred))
        return;
    QFont font = app.font();
    font.setFamilies({preferred, font.family()});
    app.setFont(font);
}

// "xmin,ymin,xmax,ymax" in display metres; an invalid rectangle when malformed.
QRectF parseExtent(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return {};
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return {};
    }
    if (values[2] <= values[0] || values[3] <= values[1])
        return {};
    return QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3]));
}

} // namespace

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/madoguchi.svg"));
}

int runWorkbench(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Madoguchi"));
    QCoreApplication::setApplicationName(QStringLiteral("Madoguchi"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QGuiApplication::setDesktopFileName(QStringLiteral(MADOGUCHI_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    installTranslators(app);
    useJapaneseCapableFont(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Workbench", "Madoguchi: plan which branch offices keep their service counters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("Workbench", "The project to open (.madoguchi)."),
                                 QStringLiteral("[PROJECT]"));
    QCommandLineOption dataPath(
        QStringLiteral("data-path"),
        QCoreApplication::translate("Workbench", "A folder in which to look for the project's layer files (repeatable)."),
        QStringLiteral("DIR"));
    parser.addOption(dataPath);
    // For scripted screenshots: the view to show once the project has loaded.
    QCommandLineOption extent(QStringLiteral("extent"),
                              QCoreApplication::translate("Workbench", "Initial map extent in display metres."),
                              QStringLiteral("XMIN,YMIN,XMAX,YMAX"));
    extent.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(extent);
    parser.process(app);

    MainWindow window;
    window.setDataSearchPaths(parser.values(dataPath));
    if (parser.isSet(extent)) {
        const QRectF rect = parseExtent(parser.value(extent));
        if (!rect.isValid()) {
            fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate("Workbench", "--extent expects XMIN,YMIN,XMAX,YMAX, got \"%1\"")
                                   .arg(parser.value(extent))));
            return 2;
        }
        window.setInitialExtent(rect);
    }
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openProject(positional.front());
    return app.exec();
}

} // namespace madoguchi::app
