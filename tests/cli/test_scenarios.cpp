// madoguchi-cli scenarios, and evaluate --scenario: the decisions, the recommendation and the impact.
#include "clirunner.h"

#include "core/geopoint.h"
#include "gis/projgeodesic.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <limits>
#include <map>
#include <set>

using namespace madoguchi::test;

namespace {

const std::set<QString> PolicyClosures{QStringLiteral("br_oe"),     QStringLiteral("br_akitsu"),
                                       QStringLiteral("br_tobu"),   QStringLiteral("br_hanazono"),
                                       QStringLiteral("br_akita"),  QStringLiteral("br_nanbu"),
                                       QStringLiteral("br_hokubu")};

struct Table
{
    QStringList header;
    std::vector<QStringList> rows;

    QString cell(const QStringList &row, const QString &column) const
    {
        const int index = header.indexOf(column);
        INFO("column " << column.toStdString());
        REQUIRE(index >= 0);
        return row.at(index);
    }
    double number(const QStringList &row, const QString &column) const
    {
        bool ok = false;
        const double value = cell(row, column).toDouble(&ok);
        INFO(row.front().toStdString() << " " << column.toStdString() << " = " << cell(row, column).toStdString());
        REQUIRE(ok);
        return value;
    }
    const QStringList &row(const QString &id) const
    {
        for (const QStringList &candidate : rows)
            if (candidate.front() == id)
                return candidate;
        FAIL("no row " << id.toStdString());
        throw std::logic_error("unreachable");
    }
};

Table readTable(const QString &csv)
{
    const auto rows = parseCsv(csv);
    REQUIRE(rows.size() >= 2);
    Table table;
    table.header = rows.front();
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == table.header.size());
        table.rows.push_back(rows[i]);
    }
    return table;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The sample's offices table, with a synthetic FY2014 workload column appended (the real counts were
// never published): 1000 + 137 × row number transactions.
QByteArray officesWithWorkload()
{
    const QList<QByteArray> lines = readAll(sourceDir() + QStringLiteral("/data/kumamoto/offices.csv")).split('\n');
    QByteArray csv;
    int row = 0;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        csv += line.trimmed() + (row == 0 ? QByteArray(",fy2014_count") : "," + QByteArray::number(1000 + 137 * row))
               + "\n";
        ++row;
    }
    return csv;
}

// A project in `dir` with only the offices table and the sample's scenarios (or `scenarios`).
QString writeOfficesProject(const QDir &dir, const QByteArray &officesCsv,
                            const std::optional<QJsonArray> &scenarios = std::nullopt)
{
    writeFile(dir, QStringLiteral("offices.csv"), officesCsv);
    QJsonObject root = QJsonDocument::fromJson(readAll(sampleProject())).object();
    QJsonObject offices = root.value(QStringLiteral("layers")).toObject().value(QStringLiteral("offices")).toObject();
    root.insert(QStringLiteral("layers"), QJsonObject{{QStringLiteral("offices"), offices}});
    if (scenarios)
        root.insert(QStringLiteral("scenarios"), *scenarios);
    return writeFile(dir, QStringLiteral("test.madoguchi"), QJsonDocument(root).toJson());
}

// Numbers of a summary line such as "… 737,782.8 before, 737,782.8 after; at the ward offices 1.0 → 2.0."
std::vector<double> summaryNumbers(const QString &err, const QString &lineStart)
{
    for (const QString &line : err.split(QLatin1Char('\n'))) {
        if (!line.startsWith(lineStart))
            continue;
        std::vector<double> numbers;
        static const QRegularExpression number(QStringLiteral("\\d[\\d,]*(\\.\\d+)?"));
        auto it = number.globalMatch(line.mid(lineStart.size()));
        while (it.hasNext()) {
            bool ok = false;
            numbers.push_back(it.next().captured().remove(QLatin1Char(',')).toDouble(&ok));
            REQUIRE(ok);
        }
        return numbers;
    }
    FAIL("no summary line starting with " << lineStart.toStdString() << " in:\n" << err.toStdString());
    return {};
}

std::set<QString> idsIn(const QString &line)
{
    std::set<QString> ids;
    static const QRegularExpression id(QStringLiteral("\\((\\w+)\\)"));
    auto it = id.globalMatch(line);
    while (it.hasNext())
        ids.insert(it.next().captured(1));
    return ids;
}

// The lines of one scenario's block in the output of `scenarios`.
QStringList scenarioBlock(const QString &out, const QString &name)
{
    const QStringList lines = out.split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(name);
    REQUIRE(start >= 0);
    QStringList block;
    for (qsizetype i = start + 1; i < lines.size() && lines[i].startsWith(QStringLiteral("  ")); ++i)
        block << lines[i].trimmed();
    return block;
}

} // namespace

TEST_CASE("scenarios lists the sample's two scenarios — the 2016 policy closes exactly seven and upgrades one")
{
    const CliResult result = runCli({QStringLiteral("scenarios"), sampleProject()});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);

    const QStringList statusQuo = scenarioBlock(result.out, QStringLiteral("現状"));
    REQUIRE_FALSE(statusQuo.isEmpty());
    CHECK(statusQuo.front() == QStringLiteral("keep 14, service_corner 0, close 0, upgrade 0"));

    const QStringList policy = scenarioBlock(result.out, QStringLiteral("2016年方針"));
    REQUIRE(policy.size() >= 3);
    CHECK(policy[0] == QStringLiteral("keep 6, service_corner 0, close 7, upgrade 1"));
    QString closeLine, upgradeLine;
    for (const QString &line : policy) {
        if (line.startsWith(QStringLiteral("close: ")))
            closeLine = line;
        if (line.startsWith(QStringLiteral("upgrade: ")))
            upgradeLine = line;
    }
    CHECK(idsIn(closeLine) == PolicyClosures);
    CHECK(closeLine.contains(QStringLiteral("花園総合出張所")));
    CHECK(idsIn(upgradeLine) == std::set<QString>{QStringLiteral("br_tatsuda")});
    // The description is shown.
    CHECK(policy.back().contains(QStringLiteral("2016")));
}

TEST_CASE("scenarios on a project without any says so")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString project = writeOfficesProject(dir, readAll(sourceDir() + QStringLiteral("/data/kumamoto/offices.csv")),
                                                QJsonArray{});
    const CliResult result = runCli({QStringLiteral("scenarios"), project});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("no scenarios")));
}

TEST_CASE("a scenario naming an office that is not in the table is refused by scenarios and evaluate")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QJsonObject typo{{QStringLiteral("name"), QStringLiteral("案A")},
                           {QStringLiteral("decisions"), QJsonObject{{QStringLiteral("br_ooe"), QStringLiteral("close")}}}};
    const QString project
        = writeOfficesProject(dir, readAll(sourceDir() + QStringLiteral("/data/kumamoto/offices.csv")), QJsonArray{typo});
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("scenarios"), project},
          QStringList{QStringLiteral("evaluate"), project, QStringLiteral("--scenario"), QStringLiteral("案A")}}) {
        const CliResult result = runCli(arguments);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("案A")));
        CHECK(result.err.contains(QStringLiteral("br_ooe")));
    }
}

TEST_CASE("an unknown scenario name exits with status 1, lists the names and writes nothing")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString project = writeOfficesProject(dir, readAll(sourceDir() + QStringLiteral("/data/kumamoto/offices.csv")));
    const QString out = dir.filePath(QStringLiteral("result.csv"));
    const CliResult result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--scenario"),
                                     QStringLiteral("2017年方針"), QStringLiteral("--out"), out});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("2017年方針")));
    CHECK(result.err.contains(QStringLiteral("現状")));
    CHECK(result.err.contains(QStringLiteral("2016年方針")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("scenario and threshold usage errors exit with status 2")
{
    const QList<QStringList> cases = {
        {QStringLiteral("scenarios")},
        {QStringLiteral("scenarios"), QStringLiteral("a.madoguchi"), QStringLiteral("b.madoguchi")},
        {QStringLiteral("evaluate"), QStringLiteral("a.madoguchi"), QStringLiteral("--workload-threshold"), QStringLiteral("many")},
        {QStringLiteral("evaluate"), QStringLiteral("a.madoguchi"), QStringLiteral("--catchment-threshold"), QStringLiteral("-5")},
        {QStringLiteral("evaluate"), QStringLiteral("a.madoguchi"), QStringLiteral("--scenario")},
    };
    for (const QStringList &arguments : cases) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliResult result = runCli(arguments);
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.err.trimmed().isEmpty());
    }
    const CliResult help = runCli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("scenarios PROJECT")));
    const CliResult evaluateHelp = runCli({QStringLiteral("evaluate"), QStringLiteral("--help")});
    CHECK(evaluateHelp.out.contains(QStringLiteral("--scenario")));
}

TEST_CASE("evaluate without --scenario has none of the scenario columns")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString project = writeOfficesProject(dir, officesWithWorkload());
    const CliResult result = runCli({QStringLiteral("evaluate"), project});
    REQUIRE(result.exitCode == 0);
    const QStringList header = parseCsv(result.out).front();
    for (const char *column : {"decision", "recommendation", "recommendation_reasons", "receiving_counter",
                               "workload_fy2014_after", "catchment_population_after"})
        CHECK_FALSE(header.contains(QLatin1String(column)));
    CHECK(header.contains(QStringLiteral("workload_fy2014")));
    CHECK_FALSE(result.err.contains(QStringLiteral("Scenario ")));
}

TEST_CASE("with counts, closed offices' workload goes to the nearest open counter and the total is conserved")
{
    QTemporaryDir temp;
    const QDir dir(temp.path());
    const QString project = writeOfficesProject(dir, officesWithWorkload());
    const QString out = dir.filePath(QStringLiteral("result.csv"));
    const CliResult result = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--scenario"),
                                     QStringLiteral("2016年方針"), QStringLiteral("--workload-threshold"),
                                     QStringLiteral("2000"), QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const Table table = readTable(QString::fromUtf8(readAll(out)));
    REQUIRE(table.rows.size() == 14);

    // Where the offices are and which stay open, from the table itself.
    std::map<QString, madoguchi::GeoPoint> openCounters;
    std::map<QString, madoguchi::GeoPoint> location;
    const auto officeRows = parseCsv(QString::fromUtf8(officesWithWorkload()));
    const QStringList officeHeader = officeRows.front();
    for (std::size_t i = 1; i < officeRows.size(); ++i) {
        const QStringList &row = officeRows[i];
        const QString id = row.at(officeHeader.indexOf(QStringLiteral("id")));
        const madoguchi::GeoPoint point{row.at(officeHeader.indexOf(QStringLiteral("lon"))).toDouble(),
                                        row.at(officeHeader.indexOf(QStringLiteral("lat"))).toDouble()};
        location[id] = point;
        if (!PolicyClosures.count(id))
            openCounters[id] = point;
    }

    const madoguchi::gis::ProjGeodesic geodesic;
    double branchBefore = 0, branchAfter = 0;
    std::map<QString, double> received;
    for (const QStringList &row : table.rows) {
        const QString id = row.front();
        INFO(id.toStdString());
        branchBefore += table.number(row, QStringLiteral("workload_fy2014"));
        branchAfter += table.number(row, QStringLiteral("workload_fy2014_after"));
        if (PolicyClosures.count(id)) {
            CHECK(table.cell(row, QStringLiteral("decision")) == QStringLiteral("close"));
            CHECK(table.number(row, QStringLiteral("workload_fy2014_after")) == 0.0);
            const QString receiver = table.cell(row, QStringLiteral("receiving_counter"));
            REQUIRE(openCounters.count(receiver));
            // The receiver is the nearest open counter.
            double nearest = std::numeric_limits<double>::infinity();
            for (const auto &[openId, point] : openCounters)
                nearest = std::min(nearest, geodesic.distanceMeters(location.at(id), point));
            CHECK(geodesic.distanceMeters(location.at(id), openCounters.at(receiver)) == Approx(nearest));
            CHECK(table.number(row, QStringLiteral("receiving_distance_m")) == Approx(nearest).margin(0.1));
            received[receiver] += table.number(row, QStringLiteral("workload_fy2014"));
        } else {
            CHECK(table.cell(row, QStringLiteral("receiving_counter")).isEmpty());
        }
    }
    // An open branch office's workload after is its own plus what it receives.
    for (const QStringList &row : table.rows) {
        if (!PolicyClosures.count(row.front()))
            CHECK(table.number(row, QStringLiteral("workload_fy2014_after"))
                  == Approx(table.number(row, QStringLiteral("workload_fy2014")) + received[row.front()]));
    }

    // The ward offices are not rows: the summary gives their share. 1000 + 137 × row for rows 1-5.
    const std::vector<double> workload = summaryNumbers(result.err, QStringLiteral("FY2014 workload: "));
    REQUIRE(workload.size() == 4);
    const double wardBefore = 5 * 1000 + 137 * (1 + 2 + 3 + 4 + 5);
    CHECK(workload[2] == Approx(wardBefore));
    CHECK(workload[0] == Approx(branchBefore + wardBefore));
    CHECK(workload[1] == Approx(branchAfter + workload[3]));
    CHECK(std::abs(workload[1] - workload[0]) <= 1e-6 * workload[0]);
    double receivedByWardOffices = 0;
    for (const auto &[receiver, amount] : received)
        if (receiver.startsWith(QStringLiteral("ward_")))
            receivedByWardOffices += amount;
    CHECK(workload[3] == Approx(wardBefore + receivedByWardOffices));

    // The recommendation judges the synthetic counts against 2000 transactions.
    for (const QStringList &row : table.rows) {
        const bool within = table.cell(row, QStringLiteral("within_threshold")) == QStringLiteral("true");
        const double count = table.number(row, QStringLiteral("workload_fy2014"));
        const QString expected = !within ? QStringLiteral("keep") : count <= 2000 ? QStringLiteral("candidate")
                                                                                   : QStringLiteral("keep");
        CHECK(table.cell(row, QStringLiteral("recommendation")) == expected);
        CHECK(table.cell(row, QStringLiteral("recommendation_reasons")).contains(QStringLiteral("FY2014 workload")));
    }
}

TEST_CASE("evaluate --scenario on the sample: receiving counters, empty catchments after closure, residents conserved",
          "[realdata]")
{
    sharedDataDir();
    const CliResult result = runCli({QStringLiteral("evaluate"), sampleProject(), QStringLiteral("--scenario"),
                                     QStringLiteral("2016年方針")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const Table table = readTable(result.out);
    REQUIRE(table.rows.size() == 14);

    double branchBefore = 0, branchAfter = 0;
    int closed = 0;
    for (const QStringList &row : table.rows) {
        const QString id = row.front();
        INFO(id.toStdString());
        const double before = table.number(row, QStringLiteral("catchment_population"));
        const double after = table.number(row, QStringLiteral("catchment_population_after"));
        branchBefore += before;
        branchAfter += after;
        // No workload counts in the sample: no workload-after column.
        CHECK(table.header.filter(QStringLiteral("_after")).size() == 2);
        if (PolicyClosures.count(id)) {
            ++closed;
            CHECK(table.cell(row, QStringLiteral("decision")) == QStringLiteral("close"));
            CHECK_FALSE(table.cell(row, QStringLiteral("receiving_counter")).isEmpty());
            CHECK_FALSE(table.cell(row, QStringLiteral("receiving_counter_name")).isEmpty());
            CHECK(after == 0.0);
            CHECK(table.number(row, QStringLiteral("catchment_population_65plus_after")) == 0.0);
        } else {
            CHECK(table.cell(row, QStringLiteral("receiving_counter")).isEmpty());
            // Closing counters only adds residents to the open ones.
            CHECK(after >= before);
        }
        // The recommendation states the distance and why it cannot judge the rest.
        CHECK(table.cell(row, QStringLiteral("recommendation_reasons")).contains(QStringLiteral(" km to ")));
    }
    CHECK(closed == 7);
    CHECK(table.cell(table.row(QStringLiteral("br_tatsuda")), QStringLiteral("decision")) == QStringLiteral("upgrade"));
    // 大江 lies 1.7 km from 中央区役所, nearer than any branch office that stays open.
    CHECK(table.cell(table.row(QStringLiteral("br_oe")), QStringLiteral("receiving_counter")) == QStringLiteral("ward_chuo"));

    const std::vector<double> residents = summaryNumbers(result.err, QStringLiteral("Catchment residents: "));
    REQUIRE(residents.size() == 4);
    CHECK(std::abs(residents[1] - residents[0]) <= 1e-6 * residents[0]);
    // Rows carry one decimal: allow 0.05 per row.
    CHECK(std::abs(branchBefore + residents[2] - residents[0]) <= 1.0);
    CHECK(std::abs(branchAfter + residents[3] - residents[1]) <= 1.0);
    CHECK(residents[3] > residents[2]);

    CHECK(result.err.contains(QStringLiteral("7 of 14 branch office counters closed")));
    const std::vector<double> beyond
        = summaryNumbers(result.err, QStringLiteral("Residents farther than 5 km from the nearest open counter: "));
    REQUIRE(beyond.size() == 5); // 65 of "65+" is the third number
    CHECK(beyond[1] >= beyond[0]);
    CHECK(beyond[4] >= beyond[3]);
}

TEST_CASE("a catchment threshold makes the sample's offices within the guide candidates or keeps", "[realdata]")
{
    sharedDataDir();
    const CliResult result = runCli({QStringLiteral("evaluate"), sampleProject(), QStringLiteral("--scenario"),
                                     QStringLiteral("現状"), QStringLiteral("--catchment-threshold"),
                                     QStringLiteral("50000")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const Table table = readTable(result.out);
    for (const QStringList &row : table.rows) {
        INFO(row.front().toStdString());
        const bool within = table.cell(row, QStringLiteral("within_threshold")) == QStringLiteral("true");
        const double catchment = table.number(row, QStringLiteral("catchment_population"));
        const QString expected = within && catchment <= 50000 ? QStringLiteral("candidate") : QStringLiteral("keep");
        CHECK(table.cell(row, QStringLiteral("recommendation")) == expected);
        CHECK(table.cell(row, QStringLiteral("decision")) == QStringLiteral("keep"));
        CHECK(table.cell(row, QStringLiteral("receiving_counter")).isEmpty());
        // Nothing closes in the status quo.
        CHECK(table.number(row, QStringLiteral("catchment_population_after")) == Approx(catchment).margin(0.05));
    }
    const QString hanazono = table.cell(table.row(QStringLiteral("br_hanazono")), QStringLiteral("recommendation_reasons"));
    CHECK(hanazono.contains(QStringLiteral("km to 中央区役所, within the 5 km guide")));
    CHECK(hanazono.contains(QStringLiteral("residents ≤ 50,000")));
}
