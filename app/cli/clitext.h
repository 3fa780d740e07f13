#pragma once

// The command line's shared text output: the "Cli" translation context, the help of a command, the
// loading messages and the summaries on standard error.

#include "core/diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class QCommandLineParser;
class QTextStream;

namespace madoguchi {
struct Office;
struct Scenario;
} // namespace madoguchi

namespace madoguchi::app {
struct ScenarioAnalysis;
} // namespace madoguchi::app

namespace madoguchi::app::cli {

// Messages are looked up in the "Cli" context of the translations (lupdate files them there).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The help of a command. QCommandLineParser's usage line names the program as it was started and not the
// command, so it is replaced by `usage` ("madoguchi-cli evaluate [options] PROJECT").
QString commandHelp(const QCommandLineParser &parser, const QString &usage);

// Prints the diagnostics on `err`, warnings and errors with their prefix; `quiet` leaves out the others.
void printDiagnostics(QTextStream &err, const Diagnostics &diagnostics, bool quiet);

// "keep 6, close 7, upgrade 1": how many branch offices `scenario` gives each decision.
QString decisionCountsText(const Scenario &scenario, const std::vector<Office> &offices);

// The summaries that close evaluate and export on standard error.
void printSummaries(const ScenarioAnalysis &analysis, bool quiet, QTextStream &err);

// The cells as a table for reading in a terminal: each column as wide as its widest cell (an East Asian
// wide character takes two columns), two spaces between columns, the columns whose indexes are in
// `rightAligned` aligned right (numbers); one line per row after the header, each ending in a newline.
QString alignedTable(const QStringList &header, const std::vector<QStringList> &rows, const QList<int> &rightAligned);

// "Wrote FILE" on `err` unless `quiet`.
void printWritten(QTextStream &err, const QString &path, bool quiet);

// Standard output could not be written (a full disk, a closed descriptor): runCli prints
// "error: cannot write to standard output: REASON" and exits with status 1.
struct OutputError
{
    QString reason;
};

// Flushes `out`, the standard output, and throws OutputError when a write to it failed.
void flushStandardOutput(QTextStream &out);

// While it lives, texts are translated into `language`: the drawing's texts come out in it, while the
// command line's own messages stay in English (its English translation, installed again afterwards).
class DrawingLanguage
{
public:
    explicit DrawingLanguage(const QString &language);
    ~DrawingLanguage();
    DrawingLanguage(const DrawingLanguage &) = delete;
    DrawingLanguage &operator=(const DrawingLanguage &) = delete;
};

} // namespace madoguchi::app::cli
