#pragma once

namespace madoguchi::app {

// Runs the workbench: creates the QApplication, installs the translation for the chosen or system
// language, opens the project named on the command line (without one: the empty map; File ▸ Open
// Recent lists the last projects), and runs the event loop. --data-path adds folders in which the
// project's layer files are looked up.
// Usage: madoguchi [PROJECT.madoguchi] [--data-path DIR]…
int runWorkbench(int argc, char *argv[]);

} // namespace madoguchi::app
