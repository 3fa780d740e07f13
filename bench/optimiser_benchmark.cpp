// Times the closure optimiser (app::optimiseClosures, COIN-OR CBC) and prints what it proved:
//  1. the whole Kumamoto frontier (the bundled sample: 14 branch offices, 1,622 population cells), every
//     number of closures, for each harm measure;
//  2. a generated city of 200 branch offices, 20 ward offices and 50,000 cells of a 500 m mesh, for one
//     number of closures (50 by default), for each measure, with the time, the gap to the proven bound
//     and the size of the program.
//
//   madoguchi_optimiser_bench [--data DIR] [--project FILE] [--closures K] [--time-limit S] [--skip-large]

#include "app/lib/closureoptimiser.h"
#include "app/lib/projectloader.h"
#include "app/lib/scenarioanalysis.h"
#include "core/evaluator.h"
#include "gis/projgeodesic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cmath>
#include <cstdio>
#include <random>

using namespace madoguchi;
using namespace madoguchi::app;

namespace {

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

void printFrontier(const ClosureOptimisation &answer, HarmMeasure measure)
{
    int proven = 0;
    for (const ClosureSet &set : answer.frontier)
        proven += set.provenOptimal ? 1 : 0;
    const ClosureSet &last = answer.frontier.back();
    std::printf("  %-14s %6.3f s  %2zu sets, %2d proven optimal; k = %d: %.1f\n",
                qPrintable(harmMeasureKey(measure)), answer.seconds, answer.frontier.size(), proven, last.closures,
                last.measures.value(measure));
}

int kumamoto(const QString &projectPath, const QString &dataDir)
{
    ProjectLoadOptions options;
    options.dataSearchPaths = {dataDir};
    QElapsedTimer timer;
    timer.start();
    const LoadedProject project = loadProject(projectPath, options);
    std::printf("Kumamoto sample: %zu offices, %zu population cells (loaded in %.2f s)\n",
                project.offices.offices.size(), project.populationCells ? project.populationCells->size() : 0,
                secondsSince(timer));
    timer.restart();
    const ClosureProblem problem =
        ClosureProblem::build(evaluationInputOf(project, project.project.criteria), gis::ProjGeodesic());
    const double prepare = secondsSince(timer);
    std::printf("  prepare (geodesic distances, reach of each cell): %.3f s\n", prepare);
    double total = prepare;
    for (HarmMeasure measure : allHarmMeasures()) {
        OptimiseRequest request;
        request.measure = measure;
        const ClosureOptimisation answer = optimiseClosures(problem, request);
        printFrontier(answer, measure);
        total += answer.seconds;
    }
    std::printf("  whole frontier, every measure: %.3f s (goal: at most 1 s)\n\n", total);
    return 0;
}

// A 500 m mesh of `cells` cells around Kumamoto's latitude, with residents in a few towns and thinly
// between them; offices scattered over it.
EvaluationInput generatedCity(int branches, int wards, int cells)
{
    std::mt19937 random(20161);
    const int side = int(std::ceil(std::sqrt(double(cells))));
    const double latStep = 0.5 / 111.0;
    const double lonStep = 0.5 / (111.0 * std::cos(32.8 * M_PI / 180.0));
    const double lon0 = 130.0;
    const double lat0 = 32.3;
    std::uniform_real_distribution<double> unit(0.0, 1.0);

    std::vector<std::pair<double, double>> towns;
    for (int t = 0; t < 40; ++t)
        towns.push_back({unit(random) * side, unit(random) * side});

    EvaluationInput input;
    input.criteria.distanceThresholdMeters = 5000.0;
    std::vector<PopulationCell> mesh;
    for (int i = 0; i < cells; ++i) {
        const double x = i % side;
        const double y = double(i / side);
        double density = 20.0;
        for (const auto &[tx, ty] : towns)
            density += 3000.0 * std::exp(-((x - tx) * (x - tx) + (y - ty) * (y - ty)) / 40.0);
        PopulationCell cell;
        cell.id = QString::number(i);
        cell.representativePoint = GeoPoint{lon0 + (x + 0.5) * lonStep, lat0 + (y + 0.5) * latStep};
        cell.population = std::round(density * (0.5 + unit(random)));
        cell.population65 = std::round(cell.population * (0.2 + 0.2 * unit(random)));
        mesh.push_back(cell);
    }
    input.population = mesh;
    for (int o = 0; o < wards + branches; ++o) {
        Office office;
        office.kind = o < wards ? OfficeKind::WardOffice : OfficeKind::Branch;
        office.id = QStringLiteral("%1%2").arg(o < wards ? QStringLiteral("w") : QStringLiteral("b")).arg(o, 3, 10,
                                                                                                         QLatin1Char('0'));
        office.name = office.id;
        // Offices sit in the towns more often than not.
        double x = unit(random) * side;
        double y = unit(random) * side;
        if (unit(random) < 0.6) {
            const auto &[tx, ty] = towns[std::size_t(random() % towns.size())];
            x = std::clamp(tx + (unit(random) - 0.5) * 16.0, 0.0, double(side));
            y = std::clamp(ty + (unit(random) - 0.5) * 16.0, 0.0, double(side));
        }
        office.location = GeoPoint{lon0 + x * lonStep, lat0 + y * latStep};
        input.offices.push_back(office);
    }
    return input;
}

void large(int closures, double timeLimit)
{
    const int branches = 200;
    const int wards = 20;
    const int cells = 50000;
    std::printf("Generated city: %d branch offices, %d ward offices, %d cells of a 500 m mesh; k = %d\n", branches,
                wards, cells, closures);
    const EvaluationInput input = generatedCity(branches, wards, cells);
    QElapsedTimer timer;
    timer.start();
    const ClosureProblem problem = ClosureProblem::build(input, gis::ProjGeodesic());
    std::size_t reach = 0;
    for (std::size_t c = 0; c < problem.cellCount(); ++c)
        reach += problem.cellReach(c).size();
    std::printf("  prepare: %.2f s (%.1f counters within reach of a cell on average)\n", secondsSince(timer),
                double(reach) / double(problem.cellCount()));
    for (HarmMeasure measure : allHarmMeasures()) {
        OptimiseRequest request;
        request.measure = measure;
        request.closures = closures;
        request.timeLimitSeconds = timeLimit;
        const ClosureOptimisation answer = optimiseClosures(problem, request);
        const ClosureSet &set = answer.frontier.front();
        const double value = set.measures.value(measure);
        const double gap = set.provenOptimal ? 0.0 : value - set.bound.value_or(value);
        std::printf("  %-14s %7.2f s  %s  value %.2f, gap %.4g (goal: proven within 60 s); program: %d "
                    "variables, %d constraints\n",
                    qPrintable(harmMeasureKey(measure)), answer.seconds,
                    set.provenOptimal ? "proven optimal" : "NOT proven    ", value, gap, answer.programVariables,
                    answer.programConstraints);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data"), QStringLiteral("The shared reference data folder."),
                      QStringLiteral("DIR"), QStringLiteral(MADOGUCHI_BENCH_DATA_DIR)});
    parser.addOption({QStringLiteral("project"), QStringLiteral("The Kumamoto sample project."),
                      QStringLiteral("FILE"), QStringLiteral(MADOGUCHI_BENCH_SAMPLE_PROJECT)});
    parser.addOption({QStringLiteral("closures"), QStringLiteral("Closures in the generated city (default 50)."),
                      QStringLiteral("K"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("time-limit"), QStringLiteral("Seconds per solve (default 300)."),
                      QStringLiteral("S"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("skip-large"), QStringLiteral("Only the Kumamoto frontier.")});
    parser.process(app);
    try {
        kumamoto(parser.value(QStringLiteral("project")), parser.value(QStringLiteral("data")));
        if (!parser.isSet(QStringLiteral("skip-large")))
            large(parser.value(QStringLiteral("closures")).toInt(), parser.value(QStringLiteral("time-limit")).toDouble());
    } catch (const std::exception &error) {
        std::fprintf(stderr, "madoguchi_optimiser_bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
