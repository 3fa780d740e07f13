// Command-line usage: help, version and the exit codes for usage errors.
#include "clirunner.h"

using namespace madoguchi::test;

TEST_CASE("the options --help and --version succeed and say what the program is")
{
    const CliResult help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("evaluate PROJECT")));
    const CliResult version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("madoguchi-cli ")));
    const CliResult evaluateHelp = runCli({QStringLiteral("evaluate"), QStringLiteral("--help")});
    CHECK(evaluateHelp.exitCode == 0);
    CHECK(evaluateHelp.out.contains(QStringLiteral("--threshold-km")));
}

TEST_CASE("usage errors exit with status 2 and a message")
{
    const QList<QStringList> cases = {
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("evaluate")},
        {QStringLiteral("evaluate"), QStringLiteral("a.madoguchi"), QStringLiteral("b.madoguchi")},
        {QStringLiteral("evaluate"), QStringLiteral("a.madoguchi"), QStringLiteral("--threshold-km"), QStringLiteral("five")},
        {QStringLiteral("evaluate"), QStringLiteral("a.madoguchi"), QStringLiteral("--threshold-km"), QStringLiteral("-1")},
        {QStringLiteral("evaluate"), QStringLiteral("a.madoguchi"), QStringLiteral("--out"), QStringLiteral("x.xlsx")},
        {QStringLiteral("evaluate"), QStringLiteral("a.madoguchi"), QStringLiteral("--no-such-option")},
        {QStringLiteral("evaluate"), QStringLiteral("a.madoguchi"), QStringLiteral("--crs"), QStringLiteral("roads=EPSG:6668")},
        {QStringLiteral("evaluate"), QStringLiteral("a.madoguchi"), QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("a.madoguchi"), QStringLiteral("--out"),
         QStringLiteral("x.png"), QStringLiteral("--chart"), QStringLiteral("impact"), QStringLiteral("--per-ward"),
         QStringLiteral("--per-counter")},
    };
    for (const QStringList &arguments : cases) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = runCli(arguments);
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.err.trimmed().isEmpty());
    }
}
