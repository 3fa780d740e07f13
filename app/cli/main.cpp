#include "app/cli/cli.h"
#include "app/lib/languagesettings.h"

#include <QGuiApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Exports paint text, which needs a QGuiApplication (fonts); without a display (a server, a scheduled
    // job) the offscreen platform serves and draws the same pages. A platform the user chose wins.
    std::unique_ptr<QCoreApplication> app;
    if (madoguchi::app::cliCommandPaints(arguments)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The command line speaks English; its English translation gives the counted words their plural forms.
    madoguchi::app::installTranslators(*app, QStringLiteral("en"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return madoguchi::app::runCli(QCoreApplication::arguments().mid(1), out, err);
}
