// madoguchi-cli export KIND: finds the kind of export and runs it.
#include "app/cli/clicommands.h"
#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"

#include <QTextStream>

#include <vector>

namespace madoguchi::app::cli {

namespace {

// A kind of export: a command of its own under "export", found by name.
struct ExportKind
{
    QString name;
    const char *summary; // translated in the "Cli" context when shown
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

const std::vector<ExportKind> &exportKinds()
{
    // Each kind parses its own options; a new kind is one more entry here.
    static const std::vector<ExportKind> kinds = {
        {QStringLiteral("table"),
         QT_TRANSLATE_NOOP("Cli", "the evaluation table as .csv, .xlsx (Excel, with notes) or .gpkg (QGIS)"),
         exportTableCommand},
        {QStringLiteral("map"), QT_TRANSLATE_NOOP("Cli", "the map of a scenario as PDF, SVG or PNG"), exportMapCommand},
        {QStringLiteral("chart"),
         QT_TRANSLATE_NOOP("Cli", "the correlation or the impact chart of a scenario as PDF, SVG or PNG"),
         exportChartCommand},
        {QStringLiteral("report"),
         QT_TRANSLATE_NOOP("Cli", "the report of a scenario for the policy document as an A4 PDF"), exportReportCommand},
    };
    return kinds;
}

QString exportKindNames()
{
    QStringList names;
    for (const ExportKind &kind : exportKinds())
        names << kind.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

QString exportKindList()
{
    QStringList lines;
    for (const ExportKind &kind : exportKinds())
        lines << QStringLiteral("    %1  %2").arg(kind.name.leftJustified(8), Cli::tr(kind.summary));
    return lines.join(QLatin1Char('\n'));
}

int exportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString kindName = arguments.value(0);
    if (kindName == QLatin1String("--help") || kindName == QLatin1String("-h")) {
        out << Cli::tr("Usage: madoguchi-cli export KIND PROJECT --out FILE [OPTIONS]\n"
                       "\n"
                       "Writes the evaluation of PROJECT to FILE. KIND is one of:\n"
                       "%1\n"
                       "\n"
                       "Run 'madoguchi-cli export KIND --help' for the options of a kind.\n")
                   .arg(exportKindList());
        return ExitOk;
    }
    if (kindName.isEmpty() || kindName.startsWith(QLatin1Char('-')))
        throw UsageError{Cli::tr("export needs a KIND first, one of: %1").arg(exportKindNames())};
    for (const ExportKind &kind : exportKinds())
        if (kind.name == kindName)
            return kind.run(arguments.mid(1), out, err);
    throw UsageError{Cli::tr("unknown export kind \"%1\"; the kinds available: %2").arg(kindName, exportKindNames())};
}

} // namespace madoguchi::app::cli
