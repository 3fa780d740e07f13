// Times MapRenderer::render on the Kumamoto reference layers and on the prefecture's 49 municipalities
// (full-resolution N03 polygons: 天草市 alone has 1,498 parts), at a fixed output size, and prints
// milliseconds per frame. Loading and projecting are timed separately: they happen once per project,
// the render once per frame.
//
//   madoguchi_render_bench [--data DIR] [--frames N] [--size WxH] [--dpi D] [--save DIR]

#include "core/diagnostic.h"
#include "gis/layerreader.h"
#include "gis/mapcontent.h"
#include "gis/maprenderer.h"
#include "gis/mapsettings.h"
#include "gis/officetable.h"
#include "gis/projgeodesic.h"
#include "gis/vectorlayer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace madoguchi;
using namespace madoguchi::gis;

namespace {

struct Timing
{
    double meanMs = 0.0;
    double minMs = 0.0;
    double maxMs = 0.0;
};

Timing timeFrames(const MapContent &content, const MapSettings &settings, int frames, const QString &savePath)
{
    QImage image(settings.outputSize, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> samples;
    // One frame first so font loading and PROJ set-up are not counted.
    {
        QPainter painter(&image);
        MapRenderer::render(painter, content, settings);
    }
    if (!savePath.isEmpty())
        image.save(savePath);
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&image);
        MapRenderer::render(painter, content, settings);
        painter.end();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    Timing timing;
    if (samples.empty())
        return timing;
    double sum = 0.0;
    for (double sample : samples)
        sum += sample;
    timing.meanMs = sum / double(samples.size());
    timing.minMs = *std::min_element(samples.begin(), samples.end());
    timing.maxMs = *std::max_element(samples.begin(), samples.end());
    return timing;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

void printRow(const char *what, const Timing &timing)
{
    std::printf("%-44s %9.1f ms/frame  (min %.1f, max %.1f)\n", what, timing.meanMs, timing.minMs, timing.maxMs);
}

// The offices with the 2016 policy's decisions, 5 km circles and nearest-ward-office lines.
void addOffices(MapContent &content, const QString &csvPath)
{
    const OfficeTable table = readOfficeTable(csvPath);
    const QStringList closed = {QStringLiteral("br_oe"),      QStringLiteral("br_akitsu"), QStringLiteral("br_tobu"),
                                QStringLiteral("br_hanazono"), QStringLiteral("br_akita"),  QStringLiteral("br_nanbu"),
                                QStringLiteral("br_hokubu")};
    std::vector<OfficeInput> offices;
    std::vector<ThresholdCircleInput> circles;
    std::vector<const Office *> wardOffices;
    for (const Office &office : table.offices) {
        std::optional<Decision> decision;
        if (office.isBranchOffice())
            decision = closed.contains(office.id) ? Decision::Close : Decision::Keep;
        offices.push_back(OfficeInput{office.id, office.name, office.kind, decision, office.location});
        if (office.isWardOffice()) {
            circles.push_back(ThresholdCircleInput{office.id, office.location, 5000.0});
            wardOffices.push_back(&office);
        }
    }
    const ProjGeodesic geodesic;
    std::vector<NearestLineInput> lines;
    for (const Office &office : table.offices) {
        if (office.isWardOffice() || wardOffices.empty())
            continue;
        const Office *nearest = wardOffices.front();
        double nearestMeters = geodesic.distanceMeters(office.location, nearest->location);
        for (const Office *wardOffice : wardOffices) {
            const double meters = geodesic.distanceMeters(office.location, wardOffice->location);
            if (meters < nearestMeters) {
                nearest = wardOffice;
                nearestMeters = meters;
            }
        }
        lines.push_back(NearestLineInput{office.id, nearest->id, office.location, nearest->location, nearestMeters,
                                         nearestMeters <= 5000.0});
    }
    content.offices = projectOffices(offices, content.crs);
    content.thresholdCircles = projectThresholdCircles(circles, content.crs);
    content.nearestLines = projectNearestLines(lines, content.crs);
}

int run(const QCommandLineParser &parser)
{
    const QDir dataDir(QDir(parser.value(QStringLiteral("data"))).filePath(QStringLiteral("kumamoto")));
    const int frames = std::max(1, parser.value(QStringLiteral("frames")).toInt());
    const QStringList sizeParts = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size(sizeParts.value(0).toInt(), sizeParts.value(1).toInt());
    const double dpi = parser.value(QStringLiteral("dpi")).toDouble();
    const QString saveDir = parser.value(QStringLiteral("save"));
    if (size.isEmpty() || dpi <= 0.0) {
        std::fprintf(stderr, "invalid --size or --dpi\n");
        return 2;
    }
    auto savePath = [&](const char *name) {
        return saveDir.isEmpty() ? QString() : QDir(saveDir).filePath(QString::fromLatin1(name));
    };
    auto file = [&](const char *name) { return dataDir.filePath(QString::fromLatin1(name)); };

    std::printf("output %dx%d px at %.0f dpi, %d frames per case\n", size.width(), size.height(), dpi, frames);

    // --- the city layers ---
    MapContent city;
    VectorLayer wards;
    VectorLayer districts;
    VectorLayer schools;
    VectorLayer population;
    const double loadMs = timeMs([&] {
        wards = readVectorLayer(file("wards.shp"));
        districts = readVectorLayer(file("school_districts_approx.shp"));
        schools = readVectorLayer(file("schools.shp"));
        population = readVectorLayer(file("population.shp"));
    });
    const double projectMs = timeMs([&] {
        city.crs = DisplayCrs::automaticFor(geographicCenter(wards));
        city.wards = projectPolygons(wards, QStringLiteral("N03_004"), QStringLiteral("N03_007"), QString(), city.crs);
        city.schoolDistricts =
            projectPolygons(districts, QStringLiteral("SCHOOL"), QString(), QStringLiteral("APPROX"), city.crs);
        city.schools = projectPoints(schools, QStringLiteral("NAME"), city.crs);
        city.population = projectPopulation(population, QStringLiteral("POP_IN"), QStringLiteral("POP65_IN"), city.crs);
        addOffices(city, file("offices.csv"));
        city.credits << QStringLiteral("出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成");
        city.updateBounds();
    });
    std::printf("city layers: read %.0f ms, projected %.0f ms (%s; %zu wards, %zu districts, %zu schools, "
                "%zu population cells, %zu offices)\n",
                loadMs, projectMs, qPrintable(city.crs.name()), city.wards.size(), city.schoolDistricts.size(),
                city.schools.size(), city.population.size(), city.offices.size());

    MapSettings settings;
    settings.outputSize = size;
    settings.dpi = dpi;
    settings.zoomToFit(city.bounds, 0.03);
    printRow("Kumamoto city, all layers", timeFrames(city, settings, frames, savePath("bench_city.png")));

    MapSettings choropleth = settings;
    choropleth.populationChoropleth = PopulationChoropleth::Density;
    printRow("Kumamoto city, population choropleth", timeFrames(city, choropleth, frames, savePath("bench_population.png")));

    MapSettings centre = settings;
    const QPointF focus = city.offices.empty() ? city.bounds.center() : city.offices.front().point;
    centre.extent = QRectF(focus.x() - 5000, focus.y() - 4000, 10000, 8000);
    printRow("Kumamoto centre (1:~40,000), all layers", timeFrames(city, centre, frames, savePath("bench_centre.png")));

    // --- the prefecture: a large polygon layer ---
    MapContent prefecture;
    VectorLayer municipalities;
    const double prefLoadMs = timeMs([&] { municipalities = readVectorLayer(file("kumamoto_pref_municipalities.shp")); });
    const double prefProjectMs = timeMs([&] {
        prefecture.crs = DisplayCrs::automaticFor(geographicCenter(municipalities));
        // Cities are named in N03_004; towns and villages too (N03_003 holds their 郡).
        prefecture.wards = projectPolygons(municipalities, QStringLiteral("N03_004"), QStringLiteral("N03_007"),
                                           QString(), prefecture.crs);
        prefecture.credits << QStringLiteral("出典：国土数値情報（行政区域データ）（国土交通省）を加工して作成");
        prefecture.updateBounds();
    });
    int vertices = 0;
    for (const MapPolygon &polygon : prefecture.wards)
        vertices += polygon.path.elementCount();
    std::printf("prefecture: read %.0f ms, projected %.0f ms (%zu municipalities, %d path elements)\n", prefLoadMs,
                prefProjectMs, prefecture.wards.size(), vertices);
    MapSettings whole = settings;
    whole.zoomToFit(prefecture.bounds, 0.03);
    printRow("Kumamoto prefecture, 49 municipalities", timeFrames(prefecture, whole, frames, savePath("bench_prefecture.png")));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the map renderer on the Kumamoto reference data."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data"), QStringLiteral("Folder holding kumamoto/."), QStringLiteral("dir"),
                      QStringLiteral(MADOGUCHI_BENCH_DATA_DIR)});
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Frames per case."), QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Output size in pixels."), QStringLiteral("WxH"),
                      QStringLiteral("1600x1200")});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("Output resolution."), QStringLiteral("dpi"), QStringLiteral("96")});
    parser.addOption({QStringLiteral("save"), QStringLiteral("Save one frame per case as PNG into this folder."),
                      QStringLiteral("dir")});
    parser.process(app);
    try {
        return run(parser);
    } catch (const InputError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.diagnostic().toString()));
        return 1;
    }
}
