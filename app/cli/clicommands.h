#pragma once

// The commands of madoguchi-cli, one run function each, that runCli (cli.cpp) routes to. Each takes the
// arguments after its command word ("export" and its kind words excluded), writes what it produces to
// `out` and its messages to `err`, and returns the exit status. They report a usage error by throwing
// UsageError (clioptions.h), bad input by throwing InputError and a failed write to standard output by
// throwing OutputError (clitext.h); runCli prints those.

#include <QString>
#include <QStringList>

class QTextStream;

namespace madoguchi::app::cli {

constexpr int ExitOk = 0;
constexpr int ExitBadInput = 1;
constexpr int ExitUsage = 2;

int evaluateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int scenariosCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// optimise: the closure optimiser's sets (optimisecommand.cpp).
int optimiseCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// export KIND: finds the kind and runs it.
int exportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int exportTableCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int exportMapCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int exportChartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int exportReportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The kinds of export, one per line with what each writes, for the help texts.
QString exportKindList();

} // namespace madoguchi::app::cli
