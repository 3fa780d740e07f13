// madoguchi-cli's dispatcher: reads the command word, prints the general help and the version, and
// routes to the commands (clicommands.h); prints the usage errors and the bad input they report.
#include "app/cli/cli.h"
#include "app/lib/version.h"

#include "app/cli/clicommands.h"
#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"
#include "core/diagnostic.h"

#include <QTextStream>

namespace madoguchi::app {

using namespace cli;

namespace {

QString generalHelp()
{
    return Cli::tr("Usage: madoguchi-cli COMMAND [OPTIONS]\n"
              "\n"
              "Evaluates the branch offices (出張所) of a Madoguchi project against the policy's criteria.\n"
              "\n"
              "Commands:\n"
              "  evaluate PROJECT   one row per branch office: the nearest ward office and the geodesic\n"
              "                     distance to it, the own ward's office, the threshold test, the ward and\n"
              "                     school district at the site, and the catchment population; with\n"
              "                     --scenario NAME also the scenario's decision, the recommendation and\n"
              "                     its reasons, the receiving counter and the impact\n"
              "  export KIND PROJECT --out FILE\n"
              "                     writes the evaluation to FILE; KIND is one of:\n"
              "%1\n"
              "  optimise PROJECT   which counters to close so that residents are harmed least: for each\n"
              "                     number of closures the best set (residents beyond the distance guide,\n"
              "                     those aged 65+, the mean distance), proven optimal or not; with\n"
              "                     --scenario NAME the scenario's own closures beside it; with\n"
              "                     --save-scenario NAME --project-out FILE a copy of the project with the\n"
              "                     set as a new scenario\n"
              "  scenarios PROJECT  the project's scenarios: name, decisions per kind, description\n"
              "\n"
              "Run 'madoguchi-cli COMMAND --help' for a command's options.\n"
              "  --help       show this help\n"
              "  --version    show the version\n"
              "\n"
              "Exit status: 0 success, 1 bad input (the message says what is wrong), 2 usage error.\n")
        .arg(exportKindList());
}

// Runs `command` (the help, the version or a command of clicommands.h) with the `arguments` after it.
// Throws UsageError for a command there is not.
int runCommand(const QString &command, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << generalHelp();
        return ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << QStringLiteral("madoguchi-cli %1").arg(QString::fromLatin1(kVersion)) << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("evaluate"))
        return evaluateCommand(arguments, out, err);
    if (command == QLatin1String("export"))
        return exportCommand(arguments, out, err);
    if (command == QLatin1String("optimise"))
        return optimiseCommand(arguments, out, err);
    if (command == QLatin1String("scenarios"))
        return scenariosCommand(arguments, out, err);
    throw UsageError{Cli::tr("unknown command \"%1\"").arg(command)};
}

} // namespace

bool cliCommandPaints(const QStringList &arguments)
{
    return !arguments.isEmpty() && arguments.front() == QLatin1String("export");
}

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    if (arguments.isEmpty()) {
        err << generalHelp();
        return ExitUsage;
    }
    try {
        const int status = runCommand(arguments.front(), arguments.mid(1), out, err);
        // A command succeeds only if what it printed reached standard output.
        flushStandardOutput(out);
        return status;
    } catch (const UsageError &error) {
        err << Cli::tr("madoguchi-cli: %1").arg(error.message) << Qt::endl
            << Cli::tr("Run 'madoguchi-cli --help' for usage.") << Qt::endl;
        return ExitUsage;
    } catch (const InputError &error) {
        err << Cli::tr("error: %1").arg(error.diagnostic().toString()) << Qt::endl;
        return ExitBadInput;
    } catch (const OutputError &error) {
        err << Cli::tr("error: %1").arg(Cli::tr("cannot write to standard output: %1").arg(error.reason)) << Qt::endl;
        return ExitBadInput;
    } catch (const Cancelled &) {
        err << Cli::tr("cancelled") << Qt::endl;
        return ExitBadInput;
    }
}

} // namespace madoguchi::app
