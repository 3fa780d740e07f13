#pragma once

#include <QStringList>

class QTextStream;

namespace madoguchi::app {

// The headless command line, madoguchi-cli. `arguments` excludes the program name.
// Exit codes: 0 success, 1 bad input or output that cannot be written, `out` included (the message on
// `err` names what is wrong), 2 usage error.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Whether the command `arguments` (program name excluded) draws (export): it needs a QApplication
// for fonts and painting. The others run on a QCoreApplication, without a platform plugin.
bool cliCommandPaints(const QStringList &arguments);

} // namespace madoguchi::app
