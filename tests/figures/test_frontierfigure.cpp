#include "inputerror.h"
#include "englishnumbers.h"
#include "labelcheck.h"
#include "popplertools.h"
#include "sampleproject.h"
#include "testsupport.h"

#include "app/figures/chartexport.h"
#include "app/figures/frontierfigure.h"
#include "app/figures/frontiersummary.h"
#include "app/figures/reportexport.h"
#include "app/lib/closureoptimiser.h"
#include "app/lib/languagesettings.h"
#include "app/lib/mapcontentbuilder.h"
#include "app/lib/scenarioanalysis.h"
#include "core/scenario.h"
#include "gis/mapstyle.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>

using namespace madoguchi;
using namespace madoguchi::app;
using madoguchi::test::EnglishNumbers;

namespace {

// The compiled Japanese translation installed for the lifetime of the object, on the application as
// installTranslators() installs it (so that interfaceLanguage() is Japanese too, for the domain's words),
// as the Japanese interface and the command line's Japanese exports have it.
class JapaneseTranslation
{
public:
    JapaneseTranslation()
        : mTranslator(new QTranslator(QCoreApplication::instance()))
    {
        REQUIRE(mTranslator->load(QStringLiteral(":/i18n/madoguchi_ja.qm")));
        REQUIRE(QCoreApplication::installTranslator(mTranslator));
        REQUIRE(app::interfaceLanguage() == Language::Japanese);
    }
    ~JapaneseTranslation()
    {
        QCoreApplication::removeTranslator(mTranslator);
        delete mTranslator;
    }
    JapaneseTranslation(const JapaneseTranslation &) = delete;
    JapaneseTranslation &operator=(const JapaneseTranslation &) = delete;

private:
    QTranslator *mTranslator;
};

// Kumamoto's 5 ward offices and 14 branch offices as the bundled sample's table has them (ids, names,
// kinds; locations do not matter to the figure).
std::vector<Office> kumamotoOffices()
{
    const std::vector<std::tuple<const char *, const char *, OfficeKind>> rows{
        {"ward_chuo", "中央区役所", OfficeKind::WardOffice},       {"ward_higashi", "東区役所", OfficeKind::WardOffice},
        {"ward_nishi", "西区役所", OfficeKind::WardOffice},        {"ward_minami", "南区役所", OfficeKind::WardOffice},
        {"ward_kita", "北区役所", OfficeKind::WardOffice},         {"br_oe", "大江出張所", OfficeKind::Branch},
        {"br_takuma", "託麻総合出張所", OfficeKind::GeneralBranch}, {"br_akitsu", "秋津出張所", OfficeKind::Branch},
        {"br_tobu", "東部出張所", OfficeKind::Branch},             {"br_hanazono", "花園総合出張所", OfficeKind::GeneralBranch},
        {"br_kawachi", "河内総合出張所", OfficeKind::GeneralBranch}, {"br_akita", "飽田総合出張所", OfficeKind::GeneralBranch},
        {"br_tenmei", "天明総合出張所", OfficeKind::GeneralBranch}, {"br_koda", "幸田総合出張所", OfficeKind::GeneralBranch},
        {"br_jonan", "城南総合出張所", OfficeKind::GeneralBranch},  {"br_nanbu", "南部出張所", OfficeKind::Branch},
        {"br_hokubu", "北部総合出張所", OfficeKind::GeneralBranch}, {"br_shimizu", "清水総合出張所", OfficeKind::GeneralBranch},
        {"br_tatsuda", "龍田出張所", OfficeKind::Branch}};
    std::vector<Office> offices;
    for (const auto &[id, name, kind] : rows) {
        Office office;
        office.id = QString::fromUtf8(id);
        office.name = QString::fromUtf8(name);
        office.kind = kind;
        offices.push_back(office);
    }
    return offices;
}

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *id : list)
        result << QString::fromLatin1(id);
    return result;
}

ClosureSet closureSet(const QStringList &closed, double beyond, double meanMeters, bool proven = true,
                      std::optional<double> bound = std::nullopt)
{
    ClosureSet set;
    set.closures = int(closed.size());
    set.closedOfficeIds = closed;
    set.measures.residentsBeyond = beyond;
    set.measures.residents65Beyond = std::round(beyond * 0.31);
    set.measures.meanDistanceMeters = meanMeters;
    set.provenOptimal = proven;
    set.bound = bound;
    return set;
}

// The 2016 policy's seven closures (大江, 秋津, 東部, 花園, 飽田, 南部, 北部), as the sample's scenario has them.
const QStringList kPolicy = ids({"br_oe", "br_akitsu", "br_tobu", "br_hanazono", "br_akita", "br_nanbu", "br_hokubu"});

// A frontier as the optimiser gives it for Kumamoto (residents beyond the 5 km guide; 14 branch offices
// free to close, k = 0 … 14): mostly nested, one set that swaps (k = 5: ＋南部 ＋幸田 −秋津), the set of
// nine not proven optimal (bound 4,000), and the 2016 policy's own seven closures, worse than the best
// set of seven.
ClosureOptimisation kumamotoFrontier()
{
    ClosureOptimisation optimisation;
    optimisation.measure = HarmMeasure::ResidentsBeyondGuide;
    optimisation.freeOfficeIds = ids({"br_oe", "br_takuma", "br_akitsu", "br_tobu", "br_hanazono", "br_kawachi",
                                      "br_akita", "br_tenmei", "br_koda", "br_jonan", "br_nanbu", "br_hokubu",
                                      "br_shimizu", "br_tatsuda"});
    optimisation.totalPopulation = 740822;
    optimisation.totalPopulation65 = 193000;
    const std::vector<QStringList> sets{
        {},
        ids({"br_oe"}),
        ids({"br_oe", "br_tobu"}),
        ids({"br_oe", "br_tobu", "br_hanazono"}),
        ids({"br_oe", "br_akitsu", "br_tobu", "br_hanazono"}),
        ids({"br_oe", "br_tobu", "br_hanazono", "br_koda", "br_nanbu"}),
        ids({"br_oe", "br_akitsu", "br_tobu", "br_hanazono", "br_koda", "br_nanbu"}),
        ids({"br_oe", "br_akitsu", "br_tobu", "br_hanazono", "br_koda", "br_nanbu", "br_shimizu"}),
        ids({"br_oe", "br_akitsu", "br_tobu", "br_hanazono", "br_koda", "br_nanbu", "br_hokubu", "br_shimizu"}),
        ids({"br_oe", "br_akitsu", "br_tobu", "br_hanazono", "br_akita", "br_koda", "br_nanbu", "br_hokubu",
             "br_shimizu"}),
        ids({"br_oe", "br_takuma", "br_akitsu", "br_tobu", "br_hanazono", "br_akita", "br_koda", "br_nanbu",
             "br_hokubu", "br_shimizu"}),
        ids({"br_oe", "br_takuma", "br_akitsu", "br_tobu", "br_hanazono", "br_akita", "br_koda", "br_nanbu",
             "br_hokubu", "br_shimizu", "br_tatsuda"}),
        ids({"br_oe", "br_takuma", "br_akitsu", "br_tobu", "br_hanazono", "br_akita", "br_koda", "br_jonan",
             "br_nanbu", "br_hokubu", "br_shimizu", "br_tatsuda"}),
        ids({"br_oe", "br_takuma", "br_akitsu", "br_tobu", "br_hanazono", "br_akita", "br_tenmei", "br_koda",
             "br_jonan", "br_nanbu", "br_hokubu", "br_shimizu", "br_tatsuda"}),
        ids({"br_oe", "br_takuma", "br_akitsu", "br_tobu", "br_hanazono", "br_kawachi", "br_akita", "br_tenmei",
             "br_koda", "br_jonan", "br_nanbu", "br_hokubu", "br_shimizu", "br_tatsuda"})};
    const std::vector<double> beyond{3931, 3931, 3935, 3950, 3990, 4050, 4120, 4210,
                                     4400, 4700, 5300, 6100, 7900, 10400, 14800};
    for (std::size_t k = 0; k < sets.size(); ++k) {
        const bool proven = k != 9;
        optimisation.frontier.push_back(closureSet(sets[k], beyond[k], 2010.0 + 95.0 * double(k) + 4.0 * double(k * k),
                                                   proven, proven ? std::nullopt : std::optional<double>(4000.0)));
    }
    optimisation.scenarioName = QStringLiteral("2016年方針");
    optimisation.scenarioSet = closureSet(kPolicy, 4671, 2950.0);
    return optimisation;
}

// Every point named once (beside it, by a leader or by a number in the key), no label over another, over
// a symbol, over the frontier's line or a bound's dashed line, and every name nearest its own point or
// joined to it by a leader; the picture saved when MADOGUCHI_FIGURE_SHOTS names a folder.
void checkLabels(const FrontierFigure &figure, const QString &shotName)
{
    if (const char *folder = std::getenv("MADOGUCHI_FIGURE_SHOTS")) {
        QImage image(figure.size().toSize(), QImage::Format_ARGB32);
        QPainter painter(&image);
        figure.paint(painter);
        painter.end();
        image.save(QStringLiteral("%1/%2.png").arg(QString::fromLocal8Bit(folder), shotName));
    }
    const QStringList problems = test::labelProblems(figure.labelledPoints(), figure.pointLabels(),
                                                     figure.lineRects(), figure.labelTexts());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    QStringList named = figure.keyEntries();
    int numbered = 0;
    for (std::size_t i = 0; i < figure.pointLabels().size(); ++i) {
        const gis::PointLabel &label = figure.pointLabels()[i];
        if (label.kind != gis::PointLabel::Kind::None)
            CHECK(figure.plotArea().contains(label.rect));
        numbered += label.kind == gis::PointLabel::Kind::Number ? 1 : 0;
        if (label.kind == gis::PointLabel::Kind::Name)
            named << figure.labelTexts()[int(i)];
    }
    CHECK(figure.keyEntries().size() == numbered);
    CHECK(figure.keyOverflow().isEmpty());
    CHECK(named.size() == int(figure.labelledPoints().size()));
}

const FrontierFigure::Point *pointWith(const FrontierFigure &figure, int closures, bool scenario = false)
{
    for (const FrontierFigure::Point &point : figure.points())
        if (point.closures == closures && point.scenario == scenario)
            return &point;
    return nullptr;
}

// A city of 30 branch offices (試験1番出張所 …), all free to close, k = 0 … 30: each set adds one office
// to the one before, except the set of 16, which swaps two; the set of 20 is not proven; the scenario
// closes 12.
std::pair<ClosureOptimisation, std::vector<Office>> denseCity()
{
    std::vector<Office> offices;
    QStringList branches;
    for (int i = 1; i <= 35; ++i) {
        Office office;
        office.id = QStringLiteral("o%1").arg(i);
        office.name = i <= 5 ? QStringLiteral("第%1区役所").arg(i) : QStringLiteral("試験%1番出張所").arg(i - 5);
        office.kind = i <= 5 ? OfficeKind::WardOffice : OfficeKind::Branch;
        offices.push_back(office);
        if (i > 5)
            branches << office.id;
    }
    ClosureOptimisation optimisation;
    optimisation.freeOfficeIds = branches;
    QStringList closed;
    for (int k = 0; k <= 30; ++k) {
        if (k > 0)
            closed << branches[(k * 7) % 30];
        QStringList set = closed;
        if (k == 16)
            set.replace(3, branches[(17 * 7) % 30]);
        optimisation.frontier.push_back(closureSet(set, 5000.0 + 40.0 * k * k, 1800.0 + 30.0 * k, k != 20,
                                                   k != 20 ? std::nullopt : std::optional<double>(18000.0)));
    }
    QStringList scenario = optimisation.frontier[12].closedOfficeIds;
    scenario.replace(0, branches[1]);
    optimisation.scenarioName = QStringLiteral("第2次案");
    optimisation.scenarioSet = closureSet(scenario, 5000.0 + 40.0 * 144 + 900.0, 2300.0);
    return {optimisation, offices};
}

} // namespace

namespace {

// Nothing overprints; the points that found no place even for a number are counted on the line under
// the key; the scenario and the highlighted set are named or numbered.
void checkCrowdedLabels(const FrontierFigure &figure, const QString &shotName)
{
    if (const char *folder = std::getenv("MADOGUCHI_FIGURE_SHOTS")) {
        QImage image(figure.size().toSize(), QImage::Format_ARGB32);
        QPainter painter(&image);
        figure.paint(painter);
        painter.end();
        image.save(QStringLiteral("%1/%2.png").arg(QString::fromLocal8Bit(folder), shotName));
    }
    QStringList problems = test::labelProblems(figure.labelledPoints(), figure.pointLabels(), figure.lineRects(),
                                               figure.labelTexts());
    const int unlabelled = int(problems.filter(QStringLiteral(": unlabelled")).size());
    problems.removeIf([](const QString &problem) { return problem.endsWith(QStringLiteral(": unlabelled")); });
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    CHECK(figure.keyOverflow().isEmpty() == (unlabelled == 0));
    if (unlabelled > 0)
        CHECK(figure.keyOverflow().startsWith(QString::number(unlabelled) + QLatin1Char(' ')));
    for (std::size_t i = 0; i < figure.labelledPoints().size(); ++i)
        if (figure.labelledPoints()[i].priority >= 3)
            CHECK(figure.pointLabels()[i].kind != gis::PointLabel::Kind::None);
}

} // namespace

TEST_CASE("the frontier of a city of 30 branch offices numbers the sets without room for their names")
{
    const EnglishNumbers english;
    const auto [optimisation, offices] = denseCity();
    FrontierFigureOptions options;
    options.highlightedClosures = 12;
    FrontierFigure figure(optimisation, offices, options);
    figure.layout(QSizeF(1890, 1299), 300.0);
    checkCrowdedLabels(figure, QStringLiteral("frontier-dense-page"));
    CHECK(figure.labelledPoints().size() == 32);
    CHECK(figure.keyEntries().size() >= 10);
    CHECK(figure.labelTexts()[16].contains(QStringLiteral("−")));
    figure.layout(QSizeF(620, 440), 96.0);
    checkCrowdedLabels(figure, QStringLiteral("frontier-dense-dock"));
}

TEST_CASE("the frontier figure names every set by what it changes, without overlaps, at page, dock and projector size")
{
    const EnglishNumbers english;
    FrontierFigureOptions options;
    options.highlightedClosures = 7;
    FrontierFigure figure(kumamotoFrontier(), kumamotoOffices(), options);
    // A 160 × 110 mm figure at 300 dpi, as exported; the chart dock; a projector.
    for (const auto &[size, dpi, name] :
         {std::tuple{QSizeF(1890, 1299), 300.0, "frontier-page"}, std::tuple{QSizeF(620, 440), 96.0, "frontier-dock"},
          std::tuple{QSizeF(1280, 720), 144.0, "frontier-projector"}}) {
        INFO("size " << size.width() << " × " << size.height());
        figure.layout(size, dpi);
        checkLabels(figure, QString::fromLatin1(name));
        // One point per set and the scenario's, each labelled.
        REQUIRE(figure.points().size() == 16);
        CHECK(figure.labelledPoints().size() == 16);

        // The axes cover every value: x from the first to the last number closed, labelled at both ends
        // with whole numbers; y from 0 to a round step above the worst set, 14,800 residents.
        CHECK(figure.xScale().min < 0.0);
        CHECK(figure.xScale().max > 14.0);
        CHECK(figure.xScale().max < 15.0);
        CHECK(figure.xScale().ticks.front() == 0.0);
        CHECK(figure.xScale().ticks.back() == 14.0);
        for (double tick : figure.xScale().ticks)
            CHECK(tick == std::round(tick));
        CHECK(figure.yScale().min == 0.0);
        CHECK(figure.yScale().max >= 14800.0);
        CHECK(figure.yScale().max < 14800.0 * 1.35);
        for (const FrontierFigure::Point &point : figure.points())
            CHECK(figure.plotArea().contains(point.centre));
        // Each set above its number: more closures to the right, and no set better than the one before.
        for (int k = 1; k <= 14; ++k) {
            CHECK(pointWith(figure, k)->centre.x() > pointWith(figure, k - 1)->centre.x());
            CHECK(pointWith(figure, k)->centre.y() <= pointWith(figure, k - 1)->centre.y() + 1e-9);
        }
        // The highlighted set is drawn larger (inside the selection ring) and named first.
        CHECK(pointWith(figure, 7)->highlighted);
        CHECK(pointWith(figure, 7)->radius > pointWith(figure, 6)->radius * 1.5);
        // The policy's point is its own, above the best set of seven (it leaves more residents beyond).
        const FrontierFigure::Point *policy = pointWith(figure, 7, true);
        REQUIRE(policy);
        CHECK_FALSE(policy->merged);
        CHECK(policy->centre.x() == Approx(pointWith(figure, 7)->centre.x()));
        CHECK(policy->centre.y() < pointWith(figure, 7)->centre.y());
    }

    // The sets' names: what each adds (or, where they are not nested, adds and opens again) against the
    // set before, with the offices' short names; the policy by its name.
    const QStringList texts = figure.labelTexts();
    CHECK(texts[0] == QStringLiteral("None closed"));
    CHECK(texts[1] == QStringLiteral("＋大江"));
    CHECK(texts[5] == QStringLiteral("＋幸田 ＋南部 −秋津"));
    CHECK(texts[6] == QStringLiteral("＋秋津"));
    CHECK(texts[14] == QStringLiteral("＋河内"));
    CHECK(texts[15] == QStringLiteral("2016年方針"));
    CHECK(figure.legendTexts().contains(QStringLiteral("Scenario: 2016年方針")));
    CHECK(figure.yAxisTitle() == QStringLiteral("Residents beyond the guide (residents)"));

    // Far too small for its points: the figure says how many it could not name, and still overprints
    // nothing; its note keeps to a fifth of the height.
    figure.layout(QSizeF(440, 330), 96.0);
    checkCrowdedLabels(figure, QStringLiteral("frontier-small"));
    CHECK(figure.plotArea().height() > 330 * 0.2);

    // The layout the workbench hit-tests: the same points, moved with the target.
    figure.layout(QSizeF(620, 440), 96.0);
    QImage image(700, 500, QImage::Format_ARGB32);
    QPainter painter(&image);
    const FrontierFigureLayout layout =
        paintFrontierFigure(painter, QRectF(40, 30, 620, 440), 96.0, kumamotoFrontier(), kumamotoOffices(), options);
    painter.end();
    REQUIRE(layout.points.size() == 16);
    CHECK(layout.plot == figure.plotArea().translated(40, 30));
    for (std::size_t i = 0; i < layout.points.size(); ++i) {
        CHECK(layout.points[i].centre == figure.points()[i].centre + QPointF(40, 30));
        CHECK(layout.points[i].closures == figure.points()[i].closures);
        CHECK(layout.points[i].scenario == (i == 15));
    }
}

TEST_CASE("a set not proven optimal is drawn hollow with its bound, and the note gives the bound")
{
    const EnglishNumbers english;
    FrontierFigure figure(kumamotoFrontier(), kumamotoOffices(), {});
    figure.layout(QSizeF(1890, 1299), 300.0);
    const FrontierFigure::Point *nine = pointWith(figure, 9);
    REQUIRE(nine);
    CHECK_FALSE(nine->proven);
    REQUIRE(nine->bound);
    CHECK(*nine->bound == 4000.0);
    CHECK(figure.legendTexts().contains(QStringLiteral("Best set found, not proven optimal")));
    const QString note = figure.noteLines().join(QLatin1Char('\n'));
    INFO(note.toStdString());
    CHECK(note.contains(QStringLiteral("Hollow points: not proven optimal")));
    CHECK(note.contains(QStringLiteral("at least 4,000 residents")));

    QImage image(figure.size().toSize(), QImage::Format_ARGB32);
    {
        QPainter painter(&image);
        figure.paint(painter);
    }
    const gis::MapStyle style;
    const auto colourAt = [&image](const QPointF &point) { return image.pixelColor(point.toPoint()); };
    CHECK(colourAt(nine->centre) == QColor(Qt::white));
    CHECK(colourAt(pointWith(figure, 8)->centre) == style.keepColor);
    CHECK(colourAt(pointWith(figure, 7, true)->centre) == style.closeColor);
    // The bound's dashed line runs below the hollow point (the best set of nine cannot do better).
    const double boundY = *figure.yScale().position(4000.0, figure.plotArea().bottom(), figure.plotArea().top());
    CHECK(boundY > nine->centre.y() + nine->radius);
    int drawn = 0;
    for (double y = nine->centre.y() + nine->radius + 2; y < boundY; y += 1.0)
        drawn += colourAt(QPointF(nine->centre.x(), y)) != QColor(Qt::white) ? 1 : 0;
    CHECK(drawn > 0);
}

TEST_CASE("a scenario as good as the best set of its size is drawn on that point and named in its label")
{
    const EnglishNumbers english;
    ClosureOptimisation optimisation = kumamotoFrontier();
    optimisation.scenarioSet = optimisation.frontier[7];
    FrontierFigure figure(optimisation, kumamotoOffices(), {});
    figure.layout(QSizeF(1890, 1299), 300.0);
    const FrontierFigure::Point *scenario = pointWith(figure, 7, true);
    REQUIRE(scenario);
    CHECK(scenario->merged);
    CHECK(scenario->centre == pointWith(figure, 7)->centre);
    CHECK(figure.labelledPoints().size() == 15);
    CHECK(figure.labelTexts()[7] == QStringLiteral("＋清水 = 2016年方針"));
    checkLabels(figure, QStringLiteral("frontier-merged"));
}

TEST_CASE("the mean distance is drawn in km from 1 km, in metres below")
{
    const EnglishNumbers english;
    ClosureOptimisation optimisation = kumamotoFrontier();
    optimisation.measure = HarmMeasure::MeanDistance;
    FrontierFigure figure(optimisation, kumamotoOffices(), {});
    figure.layout(QSizeF(1890, 1299), 300.0);
    CHECK(figure.valueUnit() == QStringLiteral("km"));
    CHECK(figure.yAxisTitle() == QStringLiteral("Mean distance to the nearest counter (km)"));
    // 2.01 … 4.12 km (the policy 2.95 km), drawn in km from 0.
    CHECK(pointWith(figure, 0)->value == Approx(2.01));
    CHECK(pointWith(figure, 7, true)->value == Approx(2.95));
    CHECK(figure.yScale().max >= 4.124);
    CHECK(figure.yScale().max <= 5.0);
    checkLabels(figure, QStringLiteral("frontier-distance"));

    for (ClosureSet &set : optimisation.frontier)
        set.measures.meanDistanceMeters /= 5.0;
    optimisation.scenarioSet->measures.meanDistanceMeters /= 5.0;
    FrontierFigure town(optimisation, kumamotoOffices(), {});
    town.layout(QSizeF(1890, 1299), 300.0);
    CHECK(town.valueUnit() == QStringLiteral("m"));
    CHECK(town.yScale().max >= 4124.0 / 5.0);
}

TEST_CASE("the note says which constraints were applied, which kept counters open and why, and what was not applied")
{
    const EnglishNumbers english;
    ClosureOptimisation optimisation = kumamotoFrontier();
    optimisation.constraints.mustKeep = ids({"br_tatsuda"});
    optimisation.constraints.requireWithinGuide = true;
    optimisation.constraints.maxWorkload = 12000;
    optimisation.constraints.maxResidentsGained = 60000;
    optimisation.keptOffices = {{QStringLiteral("br_tatsuda"), KeepReason::MustKeep},
                                {QStringLiteral("br_kawachi"), KeepReason::BeyondGuide},
                                {QStringLiteral("br_tenmei"), KeepReason::BeyondGuide}};
    optimisation.mustCloseOfficeIds = ids({"br_oe"});
    optimisation.notApplied = {QStringLiteral("the workload limit: the offices table has no workload counts")};
    const QStringList lines = frontierConstraintLines(optimisation, kumamotoOffices());
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(QStringLiteral("Distance guide: 5 km (geodesic)")));
    CHECK(lines.contains(QStringLiteral("Kept open as asked: 龍田出張所")));
    CHECK(lines.contains(QStringLiteral("Kept open, farther than 5 km from a ward office: 河内総合出張所, 天明総合出張所")));
    CHECK(lines.contains(QStringLiteral("Closed as asked: 大江出張所")));
    CHECK(lines.contains(QStringLiteral("No open counter gains more than 60,000 residents")));
    CHECK(lines.contains(QStringLiteral("Not applied: the workload limit: the offices table has no workload counts")));
    CHECK_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("No constraints")));

    FrontierFigure figure(optimisation, kumamotoOffices(), {});
    figure.layout(QSizeF(620, 440), 96.0);
    for (const QString &line : lines)
        CHECK(figure.noteLines().contains(line));
    checkLabels(figure, QStringLiteral("frontier-constraints-dock"));
    // The note leaves the plot room for its points.
    CHECK(figure.plotArea().height() > 440 * 0.3);

    const QStringList none = frontierConstraintLines(kumamotoFrontier(), kumamotoOffices());
    CHECK(none.contains(QStringLiteral("No constraints: any branch office's counter may close")));

    // The workload limit with counts: the counters above it, and those without a count, by name.
    ClosureOptimisation counted = kumamotoFrontier();
    counted.constraints.maxWorkload = 12000;
    counted.constraints.maxWorkloadGained = 8000;
    counted.fiscalYear = 2014;
    counted.keptOffices = {{QStringLiteral("br_takuma"), KeepReason::WorkloadAbove},
                           {QStringLiteral("br_jonan"), KeepReason::WorkloadAbove},
                           {QStringLiteral("br_koda"), KeepReason::NoWorkload}};
    const QStringList workload = frontierConstraintLines(counted, kumamotoOffices());
    INFO(workload.join(QLatin1Char('\n')).toStdString());
    CHECK(workload.contains(
        QStringLiteral("Kept open, workload above 12,000 transactions (FY2014): 託麻総合出張所, 城南総合出張所")));
    CHECK(workload.contains(QStringLiteral("Kept open, no workload count for FY2014: 幸田総合出張所")));
    CHECK(workload.contains(QStringLiteral("No open counter gains more than 8,000 transactions")));
    counted.keptOffices.clear();
    CHECK(frontierConstraintLines(counted, kumamotoOffices())
              .contains(QStringLiteral("Only counters with a workload of at most 12,000 transactions (FY2014) may close")));
}

TEST_CASE("the sentence compares the scenario with the best set of as many closures, in English")
{
    const EnglishNumbers english;
    const std::vector<Office> offices = kumamotoOffices();
    ClosureOptimisation optimisation = kumamotoFrontier();

    // Worse than the best set of seven: the numbers and the swap.
    QString sentence = frontierComparisonSentence(optimisation, offices);
    INFO(sentence.toStdString());
    CHECK(sentence.startsWith(QStringLiteral("2016年方針 closes 7 counter")));
    CHECK(sentence.contains(QStringLiteral("leaving 4,671 residents beyond the 5 km guide, 1,448 of them aged 65+")));
    CHECK(sentence.contains(QStringLiteral("leaves 4,210 residents beyond the 5 km guide, 1,305 of them aged 65+")));
    CHECK(sentence.contains(QStringLiteral("closing 幸田総合出張所, 清水総合出張所 instead of 飽田総合出張所, 北部総合出張所 would "
                                           "leave 461 fewer residents beyond the guide")));
    CHECK_FALSE(sentence.contains(QStringLiteral("not prove")));

    // The same set: said so.
    optimisation.scenarioSet = optimisation.frontier[7];
    sentence = frontierComparisonSentence(optimisation, offices);
    CHECK(sentence.contains(QStringLiteral("closes the same 7 counter")));
    CHECK(sentence.contains(QStringLiteral("does better on residents beyond the guide")));

    // As good, another set: the swap, no gain.
    optimisation.scenarioSet = closureSet(kPolicy, 4210, 2950.0);
    sentence = frontierComparisonSentence(optimisation, offices);
    CHECK(sentence.contains(QStringLiteral("is as good on residents beyond the guide as the best set of 7")));
    CHECK(sentence.contains(QStringLiteral("which closes 幸田総合出張所, 清水総合出張所 instead of 飽田総合出張所, 北部総合出張所")));
    CHECK_FALSE(sentence.contains(QStringLiteral("fewer")));

    // The best set not proven optimal: said so, with the bound.
    ClosureSet nine = optimisation.frontier[9];
    nine.closedOfficeIds.replace(nine.closedOfficeIds.indexOf(QStringLiteral("br_koda")), QStringLiteral("br_tenmei"));
    nine.measures.residentsBeyond = 4800;
    optimisation.scenarioSet = nine;
    sentence = frontierComparisonSentence(optimisation, offices);
    CHECK(sentence.contains(QStringLiteral("would leave 100 fewer residents beyond the guide")));
    CHECK(sentence.contains(QStringLiteral("The solver stopped before proving the best set of 9 closure")));
    CHECK(sentence.contains(QStringLiteral("than 4,000 residents (its bound)")));

    // A scenario that closes a counter the constraints keep open.
    optimisation.keptOffices = {{QStringLiteral("br_akita"), KeepReason::MustKeep}};
    optimisation.scenarioSet = closureSet(kPolicy, 4671, 2950.0);
    sentence = frontierComparisonSentence(optimisation, offices);
    CHECK(sentence.contains(QStringLiteral("2016年方針 closes 飽田総合出張所, which the constraints keep open.")));
    // … and is better than the best set that keeps to them.
    optimisation.scenarioSet->measures.residentsBeyond = 4100;
    sentence = frontierComparisonSentence(optimisation, offices);
    CHECK(sentence.contains(QStringLiteral("better than the best set of 7")));
    CHECK(sentence.contains(QStringLiteral("because it does not meet them")));
    optimisation.keptOffices.clear();

    // A number of closures the frontier does not have: none meets the constraints.
    optimisation.scenarioSet = closureSet(kPolicy, 4671, 2950.0);
    optimisation.frontier.erase(optimisation.frontier.begin() + 7);
    sentence = frontierComparisonSentence(optimisation, offices);
    CHECK(sentence.contains(QStringLiteral("no set of that many closures meets the constraints applied")));
    FrontierFigure figure(optimisation, offices, {});
    figure.layout(QSizeF(1890, 1299), 300.0);
    CHECK(figure.noteLines().join(QLatin1Char('\n')).contains(QStringLiteral("2016年方針 closes 7 counter")));
    checkLabels(figure, QStringLiteral("frontier-gap"));

    // The mean distance: in km, and how much shorter the best set's is.
    optimisation = kumamotoFrontier();
    optimisation.measure = HarmMeasure::MeanDistance;
    sentence = frontierComparisonSentence(optimisation, offices);
    CHECK(sentence.contains(QStringLiteral("leaving a mean distance of 2.95 km to the nearest open counter")));
    CHECK(sentence.contains(QStringLiteral("leaves a mean distance of 2.87 km to the nearest open counter")));
    CHECK(sentence.contains(QStringLiteral("would shorten the mean distance by 79 m")));

    // No scenario.
    optimisation.scenarioSet.reset();
    CHECK(frontierComparisonSentence(optimisation, offices).startsWith(QStringLiteral("No scenario to compare with")));
}

TEST_CASE("the sentence compares the scenario with the best set in Japanese", "[translations]")
{
    const EnglishNumbers english;
    const JapaneseTranslation japanese;
    const std::vector<Office> offices = kumamotoOffices();
    ClosureOptimisation optimisation = kumamotoFrontier();

    QString sentence = frontierComparisonSentence(optimisation, offices);
    INFO(sentence.toStdString());
    CHECK(sentence.startsWith(QStringLiteral("2016年方針 は窓口を 7 か所廃止し")));
    CHECK(sentence.contains(QStringLiteral("4,671 人")));
    CHECK(sentence.contains(QStringLiteral("飽田総合出張所、北部総合出張所の代わりに幸田総合出張所、清水総合出張所を廃止すると")));
    CHECK(sentence.contains(QStringLiteral("461 人少なくなります")));
    CHECK_FALSE(sentence.contains(QStringLiteral("residents")));

    optimisation.scenarioSet = optimisation.frontier[7];
    sentence = frontierComparisonSentence(optimisation, offices);
    CHECK(sentence.contains(QStringLiteral("最適な組合せと同じです")));

    optimisation.scenarioSet = closureSet(kPolicy, 4210, 2950.0);
    sentence = frontierComparisonSentence(optimisation, offices);
    CHECK(sentence.contains(QStringLiteral("同じ結果です")));

    ClosureSet nine = optimisation.frontier[9];
    nine.closedOfficeIds.replace(nine.closedOfficeIds.indexOf(QStringLiteral("br_koda")), QStringLiteral("br_tenmei"));
    nine.measures.residentsBeyond = 4800;
    optimisation.scenarioSet = nine;
    sentence = frontierComparisonSentence(optimisation, offices);
    CHECK(sentence.contains(QStringLiteral("証明されていません")));
    CHECK(sentence.contains(QStringLiteral("4,000 人")));

    optimisation.scenarioSet = closureSet(kPolicy, 4671, 2950.0);
    optimisation.frontier.erase(optimisation.frontier.begin() + 7);
    sentence = frontierComparisonSentence(optimisation, offices);
    CHECK(sentence.contains(QStringLiteral("条件を満たす 7 か所の廃止の組合せはない")));

    optimisation.scenarioSet.reset();
    CHECK(frontierComparisonSentence(optimisation, offices).startsWith(QStringLiteral("比較するシナリオがありません")));
    CHECK(frontierComparisonSentence(optimisation, offices).endsWith(QStringLiteral("。")));

    // The figure's texts too, its labels placed as in English.
    FrontierFigureOptions options;
    options.highlightedClosures = 7;
    FrontierFigure figure(kumamotoFrontier(), offices, options);
    figure.layout(QSizeF(620, 440), 96.0);
    checkLabels(figure, QStringLiteral("frontier-ja-dock"));
    figure.layout(QSizeF(1890, 1299), 300.0);
    checkLabels(figure, QStringLiteral("frontier-ja-page"));
    CHECK(figure.labelTexts()[0] == QStringLiteral("廃止なし"));
    CHECK(figure.yAxisTitle() == QStringLiteral("目安を超える住民（人）"));
    CHECK(figure.titleLines().join(QString()).contains(QStringLiteral("最適な組合せ")));
    CHECK(figure.noteLines().contains(QStringLiteral("距離の目安：5 km（測地線距離）")));
}

TEST_CASE("the frontier's table has a row per set with its closures, residents, mean distance and proof")
{
    const EnglishNumbers english;
    const std::vector<FrontierRowText> rows = frontierRowTexts(kumamotoFrontier(), kumamotoOffices());
    REQUIRE(rows.size() == 15);
    CHECK(rows[0].closures == 0);
    CHECK(rows[0].closedOffices == QStringLiteral("none"));
    CHECK(rows[2].closedOffices == QStringLiteral("大江出張所, 東部出張所"));
    CHECK(rows[2].closedShortNames == QStringLiteral("大江, 東部"));
    CHECK(rows[14].residentsBeyond == QStringLiteral("14,800"));
    CHECK(rows[14].residents65Beyond == QStringLiteral("4,588"));
    CHECK(rows[1].meanDistanceKm == QStringLiteral("2.11"));
    CHECK(rows[8].provenOptimal);
    CHECK(rows[8].proven == QStringLiteral("proven"));
    CHECK_FALSE(rows[9].provenOptimal);
    CHECK(rows[9].proven == QStringLiteral("not proven (bound 4,000 residents)"));
    CHECK(frontierTableHeaders(kumamotoFrontier()).size() == 6);
}

namespace {

// The bundled sample analysed with its 2016 policy and the map, as the command line does for a report.
std::shared_ptr<const ScenarioAnalysis> sample()
{
    static const std::shared_ptr<const ScenarioAnalysis> analysis = [] {
        const auto project = std::make_shared<const LoadedProject>(test::loadSampleProject());
        const Scenario *scenario = findScenario(project->project.scenarios, QStringLiteral("2016年方針"));
        REQUIRE(scenario != nullptr);
        auto map = std::make_shared<const gis::MapContent>(buildBaseMapContent(*project));
        return std::make_shared<const ScenarioAnalysis>(
            analyseScenario(project, AnalysisRequest{project->project.criteria, *scenario, map}));
    }();
    return analysis;
}

} // namespace

TEST_CASE("the frontier chart exports with the optimiser's result, and without it is refused naming the file",
          "[chartexport]")
{
    CHECK(chartKindKey(ChartKind::Frontier) == QStringLiteral("frontier"));
    CHECK(chartKindForKey(QStringLiteral("Frontier")) == ChartKind::Frontier);
    CHECK(chartKindForKey(QStringLiteral("impact")) == ChartKind::Impact);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ChartExportOptions options;
    options.kind = ChartKind::Frontier;
    const QString refused = dir.filePath(QStringLiteral("最適.pdf"));
    const Diagnostic error = test::inputErrorOf([&] { exportChart(refused, *sample(), options); });
    CHECK(error.file == refused);
    CHECK(error.message.contains(QStringLiteral("optimiser")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    options.optimisation = kumamotoFrontier();
    const QString pdf = dir.filePath(QStringLiteral("最適.pdf"));
    exportChart(pdf, *sample(), options);
    const QSizeF size = test::pdfPageSizePoints(pdf);
    CHECK(size.width() == Approx(453.5).margin(0.6));
    CHECK(size.height() == Approx(311.8).margin(0.6));
    CHECK(test::runPoppler(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("Closure frontier")));
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("2016年方針")));
    CHECK(text.contains(QStringLiteral("Counters closed")));
    CHECK(test::pdfImageRows(pdf).isEmpty());
    if (const char *folder = std::getenv("MADOGUCHI_FIGURE_SHOTS")) {
        const QString shot = QStringLiteral("%1/frontier-export.pdf").arg(QString::fromLocal8Bit(folder));
        QFile::remove(shot);
        QFile::copy(pdf, shot);
    }

    // The other charts are as they were.
    options.kind = ChartKind::Correlation;
    exportChart(dir.filePath(QStringLiteral("相関図.png")), *sample(), options);
    CHECK(QImage(dir.filePath(QStringLiteral("相関図.png"))).size() == QSize(1890, 1299));
}

TEST_CASE("the report compares the scenario with the alternatives when the optimiser's result is given",
          "[reportexport]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ReportOptions options = defaultReportOptions(QStringLiteral("出張所の再編"), QDate(2026, 11, 26));
    const QString plain = dir.filePath(QStringLiteral("報告書.pdf"));
    exportReport(plain, *sample(), options);
    const QString plainText = test::pdfText(plain);
    CHECK_FALSE(plainText.contains(QStringLiteral("Comparison with the alternatives")));

    options.alternatives = kumamotoFrontier();
    const QString pdf = dir.filePath(QStringLiteral("代替案.pdf"));
    exportReport(pdf, *sample(), options);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Comparison with the alternatives")));
    CHECK(text.contains(QStringLiteral("Best closures for each number of counters closed")));
    CHECK(text.contains(QStringLiteral("461 fewer residents beyond the guide")));
    CHECK(text.contains(QStringLiteral("Proven optimal")));
    CHECK(text.contains(QStringLiteral("14,800")));
    // After the impact chart, before the offices' table.
    const qsizetype section = text.indexOf(QStringLiteral("Comparison with the alternatives"));
    CHECK(section > text.indexOf(QStringLiteral("Impact of the scenario on the counters")));
    CHECK(section < text.indexOf(QStringLiteral("Branch offices: decisions and reasons")));
    if (const char *folder = std::getenv("MADOGUCHI_FIGURE_SHOTS")) {
        const QString shot = QStringLiteral("%1/frontier-report.pdf").arg(QString::fromLocal8Bit(folder));
        QFile::remove(shot);
        QFile::copy(pdf, shot);
    }
}

TEST_CASE("the sample's frontier from the optimiser names every set and compares the 2016 policy with the best "
          "seven closures",
          "[realdata]")
{
    const EnglishNumbers english;
    const std::shared_ptr<const ScenarioAnalysis> analysis = sample();
    for (HarmMeasure measure : allHarmMeasures()) {
        INFO(harmMeasureKey(measure).toStdString());
        OptimiseRequest request;
        request.measure = measure;
        request.scenario = *analysis->scenario;
        const ClosureOptimisation optimisation =
            optimiseClosures(*analysis->project, analysis->criteria(), request);
        REQUIRE(optimisation.frontier.size() == 15);
        FrontierFigureOptions options;
        options.highlightedClosures = 7;
        FrontierFigure figure(optimisation, analysis->offices(), options);
        for (const auto &[size, dpi, name] :
             {std::tuple{QSizeF(1890, 1299), 300.0, "page"}, std::tuple{QSizeF(620, 440), 96.0, "dock"}}) {
            INFO(name);
            figure.layout(size, dpi);
            checkLabels(figure, QStringLiteral("frontier-sample-%1-%2")
                                    .arg(harmMeasureKey(measure), QString::fromLatin1(name)));
            CHECK(figure.labelledPoints().size() + (pointWith(figure, 7, true)->namedWithSet ? 1 : 0) == 16);
            for (const FrontierFigure::Point &point : figure.points()) {
                CHECK(point.value <= figure.yScale().max);
                CHECK(figure.plotArea().contains(point.centre));
            }
        }
        const QString sentence = frontierComparisonSentence(optimisation, analysis->offices());
        INFO(sentence.toStdString());
        CHECK(sentence.startsWith(QStringLiteral("2016年方針 ")));
        CHECK(sentence.contains(QStringLiteral("7")));
        if (const char *folder = std::getenv("MADOGUCHI_FIGURE_SHOTS")) {
            QFile text(QStringLiteral("%1/frontier-sample-%2.txt")
                           .arg(QString::fromLocal8Bit(folder), harmMeasureKey(measure)));
            REQUIRE(text.open(QIODevice::WriteOnly));
            text.write(sentence.toUtf8());
        }
    }
}

TEST_CASE("the report's comparison with the alternatives is in Japanese with the Japanese translation",
          "[reportexport][translations]")
{
    const JapaneseTranslation japanese;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ReportOptions options = defaultReportOptions(QStringLiteral("出張所の再編"), QDate(2026, 11, 26));
    options.alternatives = kumamotoFrontier();
    const QString pdf = dir.filePath(QStringLiteral("代替案.pdf"));
    exportReport(pdf, *sample(), options);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("代替案との比較")));
    CHECK(text.contains(QStringLiteral("廃止する窓口の数ごとの最適な組合せ")));
    CHECK(text.contains(QStringLiteral("の代わりに")));
    CHECK(text.contains(QStringLiteral("最適性の証明")));
    CHECK_FALSE(text.contains(QStringLiteral("Comparison with the alternatives")));
    if (const char *folder = std::getenv("MADOGUCHI_FIGURE_SHOTS")) {
        const QString shot = QStringLiteral("%1/frontier-report-ja.pdf").arg(QString::fromLocal8Bit(folder));
        QFile::remove(shot);
        QFile::copy(pdf, shot);
    }
}
