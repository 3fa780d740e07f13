#pragma once

#include <QIcon>

namespace madoguchi::app {

// The application icon (packaging/linux/madoguchi.svg, installed as the hicolor icon <app id>.svg),
// compiled into the workbench so that its windows show it whether installed or not. Drawn by Qt's SVG
// icon engine plugin (libqt6svg6); needs a QGuiApplication.
QIcon applicationIcon();

// Runs the workbench: creates the QApplication, installs the translation for the chosen or system
// language, opens the project named on the command line (without one: the empty map; File ▸ Open
// Recent lists the last projects), and runs the event loop. --data-path adds folders in which the
// project's layer files are looked up. Windows carry the application icon, and the window system learns
// the desktop file name (MADOGUCHI_APP_ID) that links them to the installed menu entry.
// Usage: madoguchi [PROJECT.madoguchi] [--data-path DIR]…
int runWorkbench(int argc, char *argv[]);

} // namespace madoguchi::app
