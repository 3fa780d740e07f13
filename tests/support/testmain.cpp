#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef MADOGUCHI_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication; // gis needs it for fonts and painting
#endif

int main(int argc, char *argv[])
{
    // Tests run without a display unless QT_QPA_PLATFORM says otherwise (e.g. xcb under Xvfb).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Numbers and dates are checked as the C locale writes them ("1.68 km", "89,792"), whatever the
    // caller's locale: set before Qt reads the system locale.
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
