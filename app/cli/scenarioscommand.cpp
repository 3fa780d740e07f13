// madoguchi-cli scenarios: the project's scenarios on standard output.
#include "app/cli/clicommands.h"
#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"

#include "app/lib/projectloader.h"
#include "core/office.h"
#include "core/scenario.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace madoguchi::app::cli {

int scenariosCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the scenarios of PROJECT: each one's name, how many branch offices it keeps, turns into a "
           "service corner, closes and upgrades (an office a scenario does not mention is kept), the offices "
           "it does not keep, and its description. Reads the offices table to count and check them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("The project file (*.madoguchi)."));
    addLoadOptions(parser, false);

    if (!parseCommandArguments(parser, arguments, QStringLiteral("scenarios"),
                               QStringLiteral("madoguchi-cli scenarios [options] PROJECT"), out))
        return ExitOk;
    const QString projectPath = projectArgument(parser, Cli::tr("scenarios needs a PROJECT file"),
                                                Cli::tr("scenarios takes one PROJECT file, got %1"));

    ProjectLoadOptions options = loadOptions(parser, false);
    // Only the offices table is needed: the map layers may be missing without harm.
    options.missingLayers = MissingLayers::Skip;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    const LoadedProject project = loadProject(projectPath, options);
    printDiagnostics(err, project.offices.warnings, quiet);

    const std::vector<Office> &offices = project.offices.offices;
    const std::vector<Scenario> &scenarios = project.project.scenarios;
    for (const Scenario &scenario : scenarios)
        validateScenario(scenario, offices, project.projectPath);
    if (scenarios.empty()) {
        out << Cli::tr("The project has no scenarios.") << Qt::endl;
        return ExitOk;
    }

    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario &scenario = scenarios[i];
        if (i > 0)
            out << Qt::endl;
        out << scenario.name << Qt::endl;
        out << QStringLiteral("  ") << decisionCountsText(scenario, offices) << Qt::endl;
        for (Decision decision : {Decision::ServiceCorner, Decision::Close, Decision::Upgrade}) {
            QStringList named;
            for (const Office &office : offices)
                if (office.isBranchOffice() && decisionFor(scenario, office) == decision)
                    named << QStringLiteral("%1 (%2)").arg(office.name, office.id);
            if (!named.isEmpty())
                out << QStringLiteral("  %1: %2").arg(decisionKey(decision), named.join(QStringLiteral(", ")))
                    << Qt::endl;
        }
        if (!scenario.description.isEmpty())
            out << QStringLiteral("  ") << scenario.description << Qt::endl;
    }
    return ExitOk;
}

} // namespace madoguchi::app::cli
