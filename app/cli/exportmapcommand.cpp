// madoguchi-cli export map: the map of a scenario on a page as PDF, SVG or PNG.
#include "app/cli/clicommands.h"
#include "app/cli/clioptions.h"
#include "app/cli/clitext.h"

#include "app/lib/mapexport.h"
#include "app/lib/outputpath.h"
#include "app/lib/scenarioanalysis.h"
#include "gis/mapsettings.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace madoguchi::app::cli {

namespace {

// "wards", "offices", … for --layers.
struct MapLayerKey
{
    const char *key;
    gis::MapLayer layer;
};
constexpr MapLayerKey kMapLayerKeys[] = {
    {"population", gis::MapLayer::Population},       {"wards", gis::MapLayer::Wards},
    {"schoolDistricts", gis::MapLayer::SchoolDistricts}, {"thresholdCircles", gis::MapLayer::ThresholdCircles},
    {"nearestLines", gis::MapLayer::NearestLines},   {"schools", gis::MapLayer::Schools},
    {"offices", gis::MapLayer::Offices},             {"impact", gis::MapLayer::Impact},
};

QString mapLayerKeys()
{
    QStringList keys;
    for (const MapLayerKey &entry : kMapLayerKeys)
        keys << QString::fromLatin1(entry.key);
    return keys.join(QStringLiteral(", "));
}

// --layers: either the layers to show ("wards,offices,impact"), or changes to the default set
// ("+impact,-schools"); keys compared without case.
void applyLayerOption(gis::MapSettings &map, const QString &value)
{
    const QStringList items = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty())
        throw UsageError{Cli::tr("--layers expects a list of layers, e.g. wards,offices or +impact")};
    const bool changes = std::all_of(items.begin(), items.end(), [](const QString &item) {
        const QString trimmed = item.trimmed();
        return trimmed.startsWith(QLatin1Char('+')) || trimmed.startsWith(QLatin1Char('-'));
    });
    if (!changes) {
        for (gis::LayerSettings &layer : map.layers)
            layer.visible = false;
    }
    for (const QString &item : items) {
        QString key = item.trimmed();
        bool show = true;
        if (changes) {
            show = key.startsWith(QLatin1Char('+'));
            key.remove(0, 1);
        } else if (key.startsWith(QLatin1Char('+')) || key.startsWith(QLatin1Char('-'))) {
            throw UsageError{Cli::tr("--layers mixes a list with +/- changes (\"%1\"); give either the layers to "
                                     "show or only changes")
                                 .arg(value)};
        }
        const MapLayerKey *found = nullptr;
        for (const MapLayerKey &entry : kMapLayerKeys)
            if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
                found = &entry;
        if (!found)
            throw UsageError{Cli::tr("--layers: unknown layer \"%1\"; the layers are %2").arg(key, mapLayerKeys())};
        map.layer(found->layer).visible = show;
        // The population layer is drawn as a choropleth: asked for without one chosen, the density.
        if (found->layer == gis::MapLayer::Population && show
            && map.populationChoropleth == gis::PopulationChoropleth::Off)
            map.populationChoropleth = gis::PopulationChoropleth::Density;
    }
}

} // namespace

int exportMapCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Draws the map of PROJECT for a scenario, as the workbench shows it, on a page with a title "
                "block (title, scenario, date), a legend, a scale bar, a north arrow and the sources, and "
                "writes it to --out: FILE.pdf (vector, fonts embedded, text searchable), FILE.svg (vector) "
                "or FILE.png (an image that records its dpi). Needs no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Cli::tr("The project file (*.madoguchi)."));
    parser.addOption({QStringLiteral("out"), Cli::tr("The file to write: .pdf, .svg or .png (required)."),
                      Cli::tr("FILE")});
    addScenarioOption(parser, Cli::tr("the map"));
    addPageOptions(parser, QStringLiteral("A4"));
    parser.addOption({QStringLiteral("title"), Cli::tr("The title at the top of the page (default: the project's name)."),
                      Cli::tr("TEXT")});
    parser.addOption({QStringLiteral("date"),
                      Cli::tr("The date under the title, as YYYY-MM-DD (default: today)."), Cli::tr("DATE")});
    parser.addOption({QStringLiteral("layers"),
                      Cli::tr("The layers to show, e.g. wards,offices,thresholdCircles, or changes to the default "
                              "ones, e.g. +impact,-schools. Layers: %1. By default every layer the project has "
                              "is shown except the impact.")
                          .arg(mapLayerKeys()),
                      Cli::tr("LIST")});
    addLoadOptions(parser);
    if (!parseExportArguments(parser, arguments, QStringLiteral("map"), QStringLiteral(".pdf, .svg, .png"),
                              isDrawnExport, out))
        return ExitOk;
    const QString outPath = parser.value(QStringLiteral("out"));

    // The page options first: a wrong one fails before the project is loaded.
    MapExportOptions options = optionsFromView(gis::MapSettings(), QString(), QString());
    const ExportPage page = pageFromOptions(parser);
    options.page = page;
    options.date = dateFromOptions(parser);
    if (parser.isSet(QStringLiteral("layers")))
        applyLayerOption(options.map, parser.value(QStringLiteral("layers")));
    mapPageLayout(options, outPath); // throws InputError for a resolution or size that cannot work

    const ScenarioAnalysis run = runDrawnAnalysis(parser, err, true);
    options.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title"))
                                                          : defaultMapTitle(*run.project);
    options.scenarioName = run.scenario->name;
    options.protectedPaths = projectInputFiles(*run.project);
    exportMap(QFileInfo(outPath).absoluteFilePath(), *run.mapContent, options);
    printWritten(err, outPath, parser.isSet(QStringLiteral("quiet")));
    return ExitOk;
}

} // namespace madoguchi::app::cli
