// Times gis::placePointLabels on generated maps of 100 to 3,000 offices scattered over a 1400 × 1100
// output (a city to a country at full extent), and prints milliseconds per placement with the number of
// offices named, numbered and left out. The canvas places its labels on every frame.
//
//   madoguchi_label_bench [--runs N]

#include "gis/labelplacer.h"
#include "gis/pointlabels.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace madoguchi::gis;

namespace {

std::vector<LabelledPoint> scatteredOffices(int count)
{
    std::mt19937 random{unsigned(count)};
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<LabelledPoint> points;
    for (int i = 0; i < count; ++i)
        points.push_back({QPointF(20 + unit(random) * 1360, 20 + unit(random) * 1060), 4.0,
                          QSizeF(50.0 + (i % 6) * 11.0, 14.0), i % 5 == 0 ? 1 : 0});
    return points;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Placements per size (default 5)."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    std::printf("%8s %12s %8s %9s %6s\n", "offices", "ms (min)", "named", "numbered", "left");
    for (int count : {100, 300, 1000, 3000}) {
        const std::vector<LabelledPoint> points = scatteredOffices(count);
        PointLabelOptions options;
        options.gap = 1.0;
        options.leaderGaps = {6.0, 12.0, 20.0, 30.0};
        options.numberSize = [](int number) { return QSizeF(number < 100 ? 18.0 : 26.0, 14.0); };
        double best = 1e300;
        std::vector<PointLabel> labels;
        for (int run = 0; run < runs; ++run) {
            LabelPlacer placer(QRectF(0, 0, 1400, 1100));
            for (const LabelledPoint &point : points)
                placer.addSymbol(point.anchor, point.radius);
            QElapsedTimer timer;
            timer.start();
            labels = placePointLabels(placer, points, options);
            best = std::min(best, timer.nsecsElapsed() / 1e6);
        }
        const auto countOf = [&](PointLabel::Kind kind) {
            return int(std::count_if(labels.begin(), labels.end(), [&](const PointLabel &l) { return l.kind == kind; }));
        };
        std::printf("%8d %12.1f %8d %9d %6d\n", count, best, countOf(PointLabel::Kind::Name),
                    countOf(PointLabel::Kind::Number), countOf(PointLabel::Kind::None));
    }
    return 0;
}
