// madoguchi-cli optimise: the closure optimiser's sets on the sample as text and CSV, the scenario's own
// row, a set saved as a scenario in a copy of the project (and agreeing with evaluate), the bad input it
// refuses without writing anything, and the frontier chart and the report's 代替案との比較.
#include "clirunner.h"
#include "ogrtable.h"
#include "popplertools.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace madoguchi::test;

namespace {

const QString kScenario = QStringLiteral("2016年方針");
// The seven closures of the 2016 policy, in the offices table's order.
const QStringList kPolicyClosures = {QStringLiteral("br_oe"),       QStringLiteral("br_akitsu"),
                                     QStringLiteral("br_tobu"),     QStringLiteral("br_hanazono"),
                                     QStringLiteral("br_akita"),    QStringLiteral("br_nanbu"),
                                     QStringLiteral("br_hokubu")};
constexpr int kBranchOffices = 14;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

CliResult optimise(const QStringList &arguments)
{
    return runCli(QStringList{QStringLiteral("optimise"), sampleProject()} + arguments);
}

// The CSV of optimise: the header and the rows as maps from column to cell.
struct OptimiseCsv
{
    QStringList header;
    std::vector<std::map<QString, QString>> rows;

    std::vector<std::map<QString, QString>> rowsOfKind(const QString &kind) const
    {
        std::vector<std::map<QString, QString>> matching;
        for (const auto &row : rows)
            if (row.at(QStringLiteral("kind")) == kind)
                matching.push_back(row);
        return matching;
    }
};

OptimiseCsv parseOptimiseCsv(const QString &text)
{
    const std::vector<QStringList> lines = parseSimpleCsv(text);
    REQUIRE_FALSE(lines.empty());
    OptimiseCsv csv;
    csv.header = lines.front();
    for (std::size_t i = 1; i < lines.size(); ++i) {
        REQUIRE(lines[i].size() == csv.header.size());
        std::map<QString, QString> row;
        for (qsizetype c = 0; c < csv.header.size(); ++c)
            row[csv.header[c]] = lines[i][c];
        csv.rows.push_back(row);
    }
    return csv;
}

QStringList closedIds(const std::map<QString, QString> &row)
{
    return row.at(QStringLiteral("closed_ids")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

// Runs optimise with `arguments` and --out DIR/out/frontier.csv, and checks: exit 1, an error naming every
// `expected` fragment, nothing written into DIR/out.
void expectRejected(const QStringList &arguments, const QStringList &expected, const QString &project = sampleProject())
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    REQUIRE(dir.mkpath(QStringLiteral("out")));
    const QString out = dir.filePath(QStringLiteral("out/frontier.csv"));
    const QByteArray projectBefore = fileHash(project);
    const CliResult result = runCli(QStringList{QStringLiteral("optimise"), project} + arguments
                                    + QStringList{QStringLiteral("--out"), out});
    INFO("arguments: " << arguments.join(QLatin1Char(' ')).toStdString());
    INFO("stderr: " << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("error: ")));
    for (const QString &fragment : expected)
        CHECK(result.err.contains(fragment));
    CHECK(result.out.isEmpty());
    CHECK(QDir(dir.filePath(QStringLiteral("out"))).isEmpty());
    CHECK(fileHash(project) == projectBefore);
}

// The number in evaluate's summary "Residents farther than 5 km from the nearest open counter: X before →
// Y after", Y.
double residentsBeyondAfter(const QString &summary)
{
    static const QRegularExpression pattern(
        QStringLiteral("Residents farther than [0-9.]+ km from the nearest open counter: [0-9,]+ before → ([0-9,]+) after"));
    const QRegularExpressionMatch match = pattern.match(summary);
    INFO(summary.toStdString());
    REQUIRE(match.hasMatch());
    return match.captured(1).remove(QLatin1Char(',')).toDouble();
}

// A copy of the sample project in `dir`: the offices table at its absolute path or, when `officesCsv` is
// given, that table written into `dir`; the other layers at their absolute paths in the shared data, less
// the roles in `without`.
QString sampleProjectCopy(const QDir &dir, const QStringList &without = {}, const QByteArray &officesCsv = {})
{
    QFile sample(sampleProject());
    REQUIRE(sample.open(QIODevice::ReadOnly));
    QJsonObject project = QJsonDocument::fromJson(sample.readAll()).object();
    QJsonObject layers = project.value(QStringLiteral("layers")).toObject();
    for (const QString &role : without)
        layers.remove(role);
    for (auto it = layers.begin(); it != layers.end(); ++it) {
        QJsonObject layer = it.value().toObject();
        const QString path = it.key() != QLatin1String("offices")
                                 ? sharedDataDir() + QLatin1Char('/') + layer.value(QStringLiteral("path")).toString()
                             : officesCsv.isEmpty() ? sourceDir() + QStringLiteral("/data/kumamoto/offices.csv")
                                                    : writeFile(dir, QStringLiteral("offices.csv"), officesCsv);
        layer.insert(QStringLiteral("path"), path);
        it.value() = layer;
    }
    project.insert(QStringLiteral("layers"), layers);
    return writeFile(dir, QStringLiteral("copy.madoguchi"), QJsonDocument(project).toJson());
}

} // namespace

TEST_CASE("optimise writes one row per number of closures on the sample, each proven optimal, and the "
          "scenario's own row",
          "[realdata]")
{
    sharedDataDir();
    const CliResult result = optimise({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--scenario"),
                                       kScenario});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const OptimiseCsv csv = parseOptimiseCsv(result.out);
    CHECK(csv.header == QStringList{QStringLiteral("kind"), QStringLiteral("scenario"), QStringLiteral("measure"),
                                    QStringLiteral("closures"), QStringLiteral("residents_beyond"),
                                    QStringLiteral("residents65_beyond"), QStringLiteral("mean_distance_m"),
                                    QStringLiteral("max_residents_gained"), QStringLiteral("max_workload_gained"),
                                    QStringLiteral("proven_optimal"), QStringLiteral("bound"),
                                    QStringLiteral("closed_ids"), QStringLiteral("closed_names")});

    const auto optima = csv.rowsOfKind(QStringLiteral("optimum"));
    REQUIRE(optima.size() == kBranchOffices + 1);
    double previous = -1.0;
    for (std::size_t k = 0; k < optima.size(); ++k) {
        const auto &row = optima[k];
        INFO("k = " << k);
        CHECK(row.at(QStringLiteral("closures")) == QString::number(k));
        CHECK(closedIds(row).size() == qsizetype(k));
        CHECK(row.at(QStringLiteral("measure")) == QStringLiteral("beyond"));
        CHECK(row.at(QStringLiteral("proven_optimal")) == QStringLiteral("true"));
        CHECK(row.at(QStringLiteral("bound")).isEmpty());
        // Closing one more counter never brings anyone nearer: the best harm grows with k.
        const double beyond = row.at(QStringLiteral("residents_beyond")).toDouble();
        CHECK(beyond >= previous);
        previous = beyond;
    }
    CHECK(optima.front().at(QStringLiteral("closed_ids")).isEmpty());

    const auto scenarios = csv.rowsOfKind(QStringLiteral("scenario"));
    REQUIRE(scenarios.size() == 1);
    const auto &scenario = scenarios.front();
    CHECK(scenario.at(QStringLiteral("scenario")) == kScenario);
    CHECK(scenario.at(QStringLiteral("closures")) == QStringLiteral("7"));
    CHECK(closedIds(scenario) == kPolicyClosures);
    CHECK(scenario.at(QStringLiteral("closed_names")).contains(QStringLiteral("大江出張所")));
    CHECK(scenario.at(QStringLiteral("proven_optimal")).isEmpty());
    // No set of seven closures leaves fewer residents beyond the guide than the best one.
    CHECK(scenario.at(QStringLiteral("residents_beyond")).toDouble()
          >= optima[7].at(QStringLiteral("residents_beyond")).toDouble());
}

TEST_CASE("optimise prints a table for reading with the constraints and the scenario's row", "[realdata]")
{
    sharedDataDir();
    const CliResult result = optimise({QStringLiteral("--scenario"), kScenario, QStringLiteral("--must-keep"),
                                       QStringLiteral("br_tatsuda")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QString &text = result.out;
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Minimised: Residents beyond the guide")));
    CHECK(text.contains(QStringLiteral("Distance guide: 5 km")));
    CHECK(text.contains(QStringLiteral("Kept open as asked: 龍田出張所")));
    // The comparison with the best set of as many closures.
    CHECK(text.contains(QStringLiteral("2016年方針 closes 7 counter")));
    CHECK(text.contains(QStringLiteral("Proven optimal")));
    CHECK(text.contains(QStringLiteral("Mean distance")));
    // 14 branch offices, one kept: k = 0 … 13, each a line starting "best", and the scenario's line.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto best = std::count_if(lines.begin(), lines.end(),
                                    [](const QString &line) { return line.startsWith(QStringLiteral("best ")); });
    CHECK(best == kBranchOffices);
    const auto scenarioLine = std::find_if(lines.begin(), lines.end(),
                                           [](const QString &line) { return line.startsWith(kScenario); });
    REQUIRE(scenarioLine != lines.end());
    CHECK(scenarioLine->contains(QStringLiteral(" km")));
    CHECK(scenarioLine->contains(QStringLiteral("大江出張所 (br_oe)")));
    const auto bestSeven = std::find_if(lines.begin(), lines.end(), [](const QString &line) {
        return line.startsWith(QStringLiteral("best ")) && line.simplified().section(QLatin1Char(' '), 1, 1) == QStringLiteral("7");
    });
    REQUIRE(bestSeven != lines.end());
    CHECK(bestSeven->contains(QStringLiteral(" yes ")));
    CHECK_FALSE(bestSeven->contains(QStringLiteral("br_tatsuda")));
}

TEST_CASE("optimise --closures 7 gives the frontier's row for seven closures", "[realdata]")
{
    sharedDataDir();
    const CliResult frontier = optimise({QStringLiteral("--format"), QStringLiteral("csv")});
    const CliResult seven = optimise({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--closures"),
                                      QStringLiteral("7")});
    INFO(frontier.err.toStdString() << seven.err.toStdString());
    REQUIRE(frontier.exitCode == 0);
    REQUIRE(seven.exitCode == 0);
    const auto frontierRows = parseOptimiseCsv(frontier.out).rows;
    const auto sevenRows = parseOptimiseCsv(seven.out).rows;
    REQUIRE(sevenRows.size() == 1);
    REQUIRE(frontierRows.size() == kBranchOffices + 1);
    CHECK(sevenRows.front() == frontierRows[7]);
}

TEST_CASE("optimise --out writes the rows as CSV for Excel or as a GeoPackage table", "[realdata]")
{
    sharedDataDir();
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString csvPath = dir.filePath(QStringLiteral("最適化.csv"));
    const QString gpkgPath = dir.filePath(QStringLiteral("最適化.gpkg"));
    const CliResult csv = optimise({QStringLiteral("--scenario"), kScenario, QStringLiteral("--out"), csvPath});
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.isEmpty());
    CHECK(csv.err.contains(QStringLiteral("Wrote ")));
    QFile file(csvPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    const OptimiseCsv rows = parseOptimiseCsv(QString::fromUtf8(bytes));
    CHECK(rows.rows.size() == kBranchOffices + 2);

    const CliResult gpkg = optimise({QStringLiteral("--scenario"), kScenario, QStringLiteral("--out"), gpkgPath});
    INFO(gpkg.err.toStdString());
    REQUIRE(gpkg.exitCode == 0);
    const OgrTable table = readOgrTable(gpkgPath, QStringLiteral("closure_sets"));
    CHECK(table.fields == rows.header);
    REQUIRE(table.rows.size() == rows.rows.size());
    const int closures = table.column(QStringLiteral("closures"));
    const int beyond = table.column(QStringLiteral("residents_beyond"));
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        CHECK(table.rows[r][closures].toString() == rows.rows[r].at(QStringLiteral("closures")));
        CHECK(std::abs(table.rows[r][beyond].toDouble() - rows.rows[r].at(QStringLiteral("residents_beyond")).toDouble())
              <= 0.05);
    }
}

TEST_CASE("optimise refuses bad input with a message naming the problem and writes nothing", "[realdata]")
{
    sharedDataDir();
    SECTION("an id that is not an office") {
        expectRejected({QStringLiteral("--must-keep"), QStringLiteral("br_nowhere")}, {QStringLiteral("br_nowhere")});
    }
    SECTION("an office in both lists") {
        expectRejected({QStringLiteral("--must-keep"), QStringLiteral("br_oe,br_tatsuda"), QStringLiteral("--must-close"),
                        QStringLiteral("br_oe")},
                       {QStringLiteral("br_oe")});
    }
    SECTION("a ward office that must close") {
        expectRejected({QStringLiteral("--must-close"), QStringLiteral("ward_chuo")}, {QStringLiteral("ward_chuo")});
    }
    SECTION("limits that no set meets") {
        expectRejected({QStringLiteral("--max-gain"), QStringLiteral("0"), QStringLiteral("--closures"),
                        QStringLiteral("3")},
                       {QStringLiteral("meets the constraints")});
    }
    SECTION("more closures than there are branch offices") {
        expectRejected({QStringLiteral("--closures"), QStringLiteral("15")},
                       {QStringLiteral("15 closures"), QStringLiteral("between 0 and 14")});
    }
    SECTION("a scenario name the project already has") {
        QTemporaryDir temp;
        const QString projectOut = QDir(temp.path()).filePath(QStringLiteral("copy.madoguchi"));
        expectRejected({QStringLiteral("--closures"), QStringLiteral("7"), QStringLiteral("--save-scenario"), kScenario,
                        QStringLiteral("--project-out"), projectOut},
                       {kScenario});
        CHECK_FALSE(QFile::exists(projectOut));
    }
    SECTION("--project-out naming the input project") {
        expectRejected({QStringLiteral("--closures"), QStringLiteral("7"), QStringLiteral("--save-scenario"),
                        QStringLiteral("最適7"), QStringLiteral("--project-out"), sampleProject()},
                       {QStringLiteral("kumamoto.madoguchi")});
    }
}

TEST_CASE("optimise refuses a project without a population layer", "[realdata]")
{
    QTemporaryDir temp;
    const QString path = sampleProjectCopy(QDir(temp.path()), {QStringLiteral("population")});
    expectRejected({}, {QStringLiteral("population layer")}, path);
}

TEST_CASE("optimise keeps open the counters above --max-workload in the judged fiscal year", "[realdata]")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    // A FY2014 count for every office: three small branch offices, the others busy.
    QFile sample(sourceDir() + QStringLiteral("/data/kumamoto/offices.csv"));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    QByteArray csv;
    for (const QByteArray &line : sample.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QByteArray id = line.left(line.indexOf(','));
        const QByteArray count = id == "id"                                              ? "fy2014_count"
                                 : id == "br_oe" || id == "br_akitsu" || id == "br_tobu" ? "1500"
                                 : id.startsWith("ward_")                                ? "30000"
                                                                                         : "6000";
        csv += line.trimmed() + ',' + count + '\n';
    }
    const QString project = sampleProjectCopy(dir, {}, csv);

    const QStringList limit{QStringLiteral("--max-workload"), QStringLiteral("2000"), QStringLiteral("--fiscal-year"),
                            QStringLiteral("平成26年度")};
    const CliResult result = runCli(QStringList{QStringLiteral("optimise"), project, QStringLiteral("--format"),
                                                QStringLiteral("csv")}
                                    + limit);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const auto rows = parseOptimiseCsv(result.out).rows;
    REQUIRE(rows.size() == 4);
    QStringList closable{QStringLiteral("br_oe"), QStringLiteral("br_akitsu"), QStringLiteral("br_tobu")};
    CHECK(closedIds(rows.back()) == closable);
    CHECK_FALSE(rows.back().at(QStringLiteral("max_workload_gained")).isEmpty());

    const CliResult text = runCli(QStringList{QStringLiteral("optimise"), project} + limit);
    INFO(text.out.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Kept open, workload above 2,000 transactions (FY2014)")));
    CHECK(text.out.contains(QStringLiteral("龍田出張所")));
    CHECK(text.out.contains(QStringLiteral("Largest workload gain")));
}

TEST_CASE("optimise usage errors exit with status 2")
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--closures"), QStringLiteral("3"), QStringLiteral("--frontier")},
          QStringList{QStringLiteral("--closures"), QStringLiteral("-1")},
          QStringList{QStringLiteral("--measure"), QStringLiteral("distance")},
          QStringList{QStringLiteral("--save-scenario"), QStringLiteral("x"), QStringLiteral("--closures"),
                      QStringLiteral("3")},
          QStringList{QStringLiteral("--save-scenario"), QStringLiteral("x"), QStringLiteral("--project-out"),
                      QStringLiteral("x.madoguchi")},
          QStringList{QStringLiteral("--out"), QStringLiteral("x.xlsx")},
          QStringList{QStringLiteral("--max-gain"), QStringLiteral("many")}}) {
        const CliResult result = optimise(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(QStringLiteral("madoguchi-cli: ")));
    }
}

TEST_CASE("optimise --save-scenario writes a copy of the project whose scenario evaluate judges as the optimiser "
          "did, and leaves the input project as it was",
          "[realdata]")
{
    sharedDataDir();
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString projectOut = dir.filePath(QStringLiteral("最適化/kumamoto_optimised.madoguchi"));
    REQUIRE(dir.mkpath(QStringLiteral("最適化")));
    const QByteArray before = fileHash(sampleProject());
    const QString name = QStringLiteral("最適7");

    const CliResult saved = optimise({QStringLiteral("--closures"), QStringLiteral("7"), QStringLiteral("--format"),
                                      QStringLiteral("csv"), QStringLiteral("--save-scenario"), name,
                                      QStringLiteral("--project-out"), projectOut});
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(fileHash(sampleProject()) == before);
    REQUIRE(QFile::exists(projectOut));
    const auto rows = parseOptimiseCsv(saved.out).rows;
    REQUIRE(rows.size() == 1);
    const QStringList closed = closedIds(rows.front());
    REQUIRE(closed.size() == 7);

    // The copy has the project's scenarios and the new one.
    const CliResult scenarios = runCli({QStringLiteral("scenarios"), projectOut});
    INFO(scenarios.err.toStdString());
    REQUIRE(scenarios.exitCode == 0);
    CHECK(scenarios.out.contains(QStringLiteral("現状")));
    CHECK(scenarios.out.contains(kScenario));
    CHECK(scenarios.out.contains(name));

    // evaluate judges the saved scenario: the same closures, the same residents beyond the guide.
    const CliResult evaluated =
        runCli({QStringLiteral("evaluate"), projectOut, QStringLiteral("--scenario"), name});
    INFO(evaluated.err.toStdString());
    REQUIRE(evaluated.exitCode == 0);
    const std::vector<QStringList> table = parseCsv(evaluated.out);
    REQUIRE(table.size() == kBranchOffices + 1);
    const int id = int(table.front().indexOf(QStringLiteral("id")));
    const int decision = int(table.front().indexOf(QStringLiteral("decision")));
    REQUIRE(id >= 0);
    REQUIRE(decision >= 0);
    QStringList evaluatedClosed;
    for (std::size_t r = 1; r < table.size(); ++r)
        if (table[r][decision] == QStringLiteral("close"))
            evaluatedClosed << table[r][id];
    CHECK(evaluatedClosed == closed);
    // The summary rounds to whole residents, the CSV to tenths.
    CHECK(std::abs(residentsBeyondAfter(evaluated.err) - rows.front().at(QStringLiteral("residents_beyond")).toDouble())
          <= 0.55);
}

TEST_CASE("export chart --chart frontier writes the frontier figure", "[realdata]")
{
    sharedDataDir();
    QTemporaryDir temp;
    const QString out = QDir(temp.path()).filePath(QStringLiteral("frontier.pdf"));
    const CliResult result = runCli({QStringLiteral("export"), QStringLiteral("chart"), sampleProject(),
                                     QStringLiteral("--chart"), QStringLiteral("frontier"), QStringLiteral("--scenario"),
                                     kScenario, QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(QFile::exists(out));
    const QString text = pdfText(out);
    INFO(text.toStdString());
    CHECK(text.contains(kScenario));

    // The optimiser's options go with the frontier chart only.
    const CliResult misplaced = runCli({QStringLiteral("export"), QStringLiteral("chart"), sampleProject(),
                                        QStringLiteral("--must-keep"), QStringLiteral("br_oe"), QStringLiteral("--out"),
                                        QDir(temp.path()).filePath(QStringLiteral("correlation.pdf"))});
    CHECK(misplaced.exitCode == 2);
}

TEST_CASE("export report --alternatives adds the section 代替案との比較", "[realdata]")
{
    sharedDataDir();
    QTemporaryDir temp;
    const auto report = [&](const QString &name, const QStringList &options) {
        const QString path = QDir(temp.path()).filePath(name);
        const CliResult result = runCli(QStringList{QStringLiteral("export"), QStringLiteral("report"), sampleProject(),
                                                    QStringLiteral("--scenario"), kScenario, QStringLiteral("--out"), path}
                                        + options);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        return path;
    };
    const QString plain = report(QStringLiteral("plain.pdf"), {});
    const QString with = report(QStringLiteral("with.pdf"), {QStringLiteral("--alternatives")});
    // The section (heading, frontier figure, comparison and table) takes a page of its own on the sample.
    const auto pages = [](const QString &pdf) {
        return runPoppler(QStringLiteral("pdfinfo"), {pdf}).section(QStringLiteral("Pages:"), 1).trimmed().section(
            QLatin1Char('\n'), 0, 0).toInt();
    };
    CHECK(pages(with) == pages(plain) + 1);
    CHECK_FALSE(pdfText(plain).contains(QStringLiteral("代替案との比較")));

    // In English the heading and the comparison of the scenario with the best set of its size.
    const QString english = report(QStringLiteral("english.pdf"), {QStringLiteral("--alternatives"),
                                                                   QStringLiteral("--language"), QStringLiteral("en"),
                                                                   QStringLiteral("--must-keep"),
                                                                   QStringLiteral("br_tatsuda")});
    const QString text = pdfText(english).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Comparison with the alternatives")));
    CHECK(text.contains(QStringLiteral("2016年方針 closes 7 counter")));
    CHECK(text.contains(QStringLiteral("Kept open as asked")));

    // The optimiser's options go with --alternatives only.
    const CliResult misplaced = runCli({QStringLiteral("export"), QStringLiteral("report"), sampleProject(),
                                        QStringLiteral("--max-gain"), QStringLiteral("1000"), QStringLiteral("--out"),
                                        QDir(temp.path()).filePath(QStringLiteral("misplaced.pdf"))});
    CHECK(misplaced.exitCode == 2);
    CHECK_FALSE(QFile::exists(QDir(temp.path()).filePath(QStringLiteral("misplaced.pdf"))));
}
