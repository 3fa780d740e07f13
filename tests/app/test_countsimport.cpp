#include "testsupport.h"

#include "app/lib/countsimport.h"
#include "core/diagnostic.h"
#include "gis/officetable.h"

#include <cpl_conv.h>
#include <cpl_string.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

using namespace madoguchi;
using namespace madoguchi::app;
using madoguchi::gis::EncodingSource;
using madoguchi::gis::TextEncoding;

// The counts in these fixtures are made-up test values: the real FY2014 counts were never published.

namespace {

std::vector<Office> sampleOffices()
{
    return gis::readOfficeTable(test::sourceDir() + QStringLiteral("/data/kumamoto/offices.csv")).offices;
}

QStringList branchOfficeIds(const std::vector<Office> &offices)
{
    QStringList ids;
    for (const Office &office : offices)
        if (office.isBranchOffice())
            ids << office.id;
    return ids;
}

QByteArray toCp932(const QString &text)
{
    char *recoded = CPLRecode(text.toUtf8().constData(), CPL_ENC_UTF8, "CP932");
    const QByteArray bytes(recoded);
    CPLFree(recoded);
    REQUIRE(gis::guessEncoding(bytes) == gis::EncodingGuess::Cp932);
    return bytes;
}

const CountsImportRow &rowOnLine(const CountsImportPreview &preview, int line)
{
    const auto it = std::find_if(preview.rows.begin(), preview.rows.end(),
                                 [line](const CountsImportRow &row) { return row.line == line; });
    INFO("no row on line " << line);
    REQUIRE(it != preview.rows.end());
    return *it;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Office syntheticOffice(const QString &id, const QString &name, OfficeKind kind = OfficeKind::Branch)
{
    Office office;
    office.id = id;
    office.name = name;
    office.kind = kind;
    return office;
}

} // namespace

TEST_CASE("a UTF-8 file keyed by office id is joined by id, with H26 and 平成27年度 read as FY2014 and FY2015",
          "[countsimport]")
{
    const std::vector<Office> offices = sampleOffices();
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QStringLiteral("office_id,H26,平成27年度,備考\n"
                                                        "br_oe,\"12,345\",１１９００,テスト値\n"
                                                        "br_takuma,23456,,\n"
                                                        "ward_chuo,50000,51000,\n")
                                             .toUtf8());
    const CountsImportPreview preview = previewCountsImport(path, offices);

    CHECK(preview.file == path);
    CHECK(preview.encoding == TextEncoding::Utf8);
    CHECK(preview.encodingSource == EncodingSource::Detected);
    CHECK(preview.keyColumn == QStringLiteral("office_id"));
    CHECK(preview.joinedBy == CountsJoin::Id);
    CHECK(preview.yearColumns
          == std::map<int, QString>{{2014, QStringLiteral("H26")}, {2015, QStringLiteral("平成27年度")}});
    CHECK(preview.ignoredColumns == QStringList{QStringLiteral("備考")});
    REQUIRE(preview.rows.size() == 3);
    CHECK(preview.matchedCount() == 3);
    CHECK(preview.unmatchedCount() == 0);

    const CountsImportRow &oe = preview.rows[0];
    CHECK(oe.line == 2);
    CHECK(oe.key == QStringLiteral("br_oe"));
    CHECK(oe.officeId == QStringLiteral("br_oe"));
    CHECK(oe.officeName == QStringLiteral("大江出張所"));
    CHECK(oe.counts == std::map<int, std::optional<double>>{{2014, 12345.0}, {2015, 11900.0}});
    CHECK(oe.problem.isEmpty());

    // A ward office may carry counts too.
    CHECK(preview.rows[2].officeId == QStringLiteral("ward_chuo"));
    CHECK(preview.rows[2].problem.isEmpty());
}

TEST_CASE("an empty count cell stays missing (nullopt), never zero", "[countsimport]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QByteArray("id,fy2014,fy2015\nbr_takuma,23456,\nbr_oe, ,800\n"));
    const CountsImportPreview preview = previewCountsImport(path, sampleOffices());
    REQUIRE(preview.rows.size() == 2);
    const CountsImportRow &takuma = preview.rows[0];
    CHECK(takuma.problem.isEmpty());
    REQUIRE(takuma.counts.count(2015) == 1);
    CHECK_FALSE(takuma.counts.at(2015).has_value());
    CHECK(takuma.counts.at(2014) == std::optional<double>(23456.0));
    CHECK_FALSE(preview.rows[1].counts.at(2014).has_value());

    const WorkloadCounts counts = preview.counts();
    REQUIRE(counts.count(QStringLiteral("br_takuma")) == 1);
    REQUIRE(counts.at(QStringLiteral("br_takuma")).count(2015) == 1);
    CHECK_FALSE(counts.at(QStringLiteral("br_takuma")).at(2015).has_value());
}

TEST_CASE("a CP932 file keyed by office name is detected as CP932 and joined by name", "[countsimport]")
{
    const std::vector<Office> offices = sampleOffices();
    QTemporaryDir dir;
    // Full names, a name without 総合出張所, a name with the wrong suffix, spaces and full-width digits.
    const QString text = QStringLiteral("出張所名,受付件数_H26,受付件数_H27\r\n"
                                        "大江出張所,1200,1100\r\n"
                                        "託麻,3400,3300\r\n"
                                        "城南出張所,2500,2400\r\n"
                                        "秋津　出張所,９００,８５０\r\n");
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts_sjis.csv"), toCp932(text));
    const CountsImportPreview preview = previewCountsImport(path, offices);

    CHECK(preview.encoding == TextEncoding::Cp932);
    CHECK(preview.encodingSource == EncodingSource::Detected);
    CHECK(preview.keyColumn == QStringLiteral("出張所名"));
    CHECK(preview.joinedBy == CountsJoin::Name);
    CHECK(preview.yearColumns
          == std::map<int, QString>{{2014, QStringLiteral("受付件数_H26")}, {2015, QStringLiteral("受付件数_H27")}});
    REQUIRE(preview.rows.size() == 4);
    CHECK(preview.matchedCount() == 4);
    CHECK(preview.rows[0].officeId == QStringLiteral("br_oe"));
    CHECK(preview.rows[1].officeId == QStringLiteral("br_takuma"));
    CHECK(preview.rows[1].officeName == QStringLiteral("託麻総合出張所"));
    CHECK(preview.rows[2].officeId == QStringLiteral("br_jonan"));
    CHECK(preview.rows[3].officeId == QStringLiteral("br_akitsu"));
    CHECK(preview.rows[3].counts.at(2014) == std::optional<double>(900.0));
    CHECK(preview.rows[3].line == 5);
}

TEST_CASE("a CP932 file read as UTF-8 by choice is refused naming the file", "[countsimport]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts_sjis.csv"),
                                         toCp932(QStringLiteral("名称,H26\n大江出張所,1200\n")));
    CountsImportOptions options;
    options.encoding = TextEncoding::Utf8;
    try {
        previewCountsImport(path, sampleOffices(), options);
        FAIL("no InputError");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == path);
        CHECK(error.diagnostic().message.contains(QStringLiteral("UTF-8")));
        CHECK_FALSE(error.diagnostic().hint.isEmpty());
    }
    options.encoding = TextEncoding::Cp932;
    const CountsImportPreview preview = previewCountsImport(path, sampleOffices(), options);
    CHECK(preview.encodingSource == EncodingSource::Override);
    CHECK(preview.matchedCount() == 1);
}

TEST_CASE("a UTF-8 file with a byte order mark reads its first header cleanly", "[countsimport]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts_bom.csv"),
                                         QByteArray("\xEF\xBB\xBF") + QStringLiteral("名称,平成26年度\n飽田総合出張所,1500\n").toUtf8());
    const CountsImportPreview preview = previewCountsImport(path, sampleOffices());
    CHECK(preview.keyColumn == QStringLiteral("名称"));
    CHECK(preview.encoding == TextEncoding::Utf8);
    REQUIRE(preview.rows.size() == 1);
    CHECK(preview.rows[0].officeId == QStringLiteral("br_akita"));
}

TEST_CASE("an unknown office name is reported unmatched with its line in the file", "[countsimport]")
{
    QTemporaryDir dir;
    // An empty line and a note spanning two lines come before the unknown name: the line is the file's.
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QStringLiteral("name,H26,note\n"
                                                        "大江出張所,1200,\"two\nlines\"\n"
                                                        "\n"
                                                        "熊本出張所,999,\n"
                                                        "託麻総合出張所,3400,\n")
                                             .toUtf8());
    const CountsImportPreview preview = previewCountsImport(path, sampleOffices());
    REQUIRE(preview.rows.size() == 3);
    CHECK(preview.rows[0].line == 2);
    const CountsImportRow &unknown = rowOnLine(preview, 5);
    CHECK(unknown.key == QStringLiteral("熊本出張所"));
    CHECK_FALSE(unknown.matched());
    CHECK(unknown.officeId.isEmpty());
    CHECK(unknown.officeName.isEmpty());
    CHECK(unknown.problem.contains(QStringLiteral("熊本出張所")));
    CHECK(rowOnLine(preview, 6).officeId == QStringLiteral("br_takuma"));
    CHECK(preview.matchedCount() == 2);
    CHECK(preview.unmatchedCount() == 1);
}

TEST_CASE("a second row for the same office is unmatched and names both lines", "[countsimport]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QByteArray("id,fy2014\nbr_oe,1200\nbr_tobu,800\nbr_oe,1300\n"));
    const CountsImportPreview preview = previewCountsImport(path, sampleOffices());
    REQUIRE(preview.rows.size() == 3);
    CHECK(preview.rows[0].officeId == QStringLiteral("br_oe"));
    CHECK(preview.rows[0].problem.isEmpty());
    const CountsImportRow &duplicate = preview.rows[2];
    CHECK(duplicate.line == 4);
    CHECK_FALSE(duplicate.matched());
    CHECK(duplicate.officeName == QStringLiteral("大江出張所"));
    CHECK(duplicate.problem.contains(QStringLiteral("2")));
    CHECK(duplicate.problem.contains(QStringLiteral("4")));
    // The first row's count is the one imported.
    CHECK(preview.counts().at(QStringLiteral("br_oe")).at(2014) == std::optional<double>(1200.0));
}

TEST_CASE("a count cell that is not a number rejects the row, naming the column and the text", "[countsimport]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QStringLiteral("id,H26,H27\nbr_oe,12件,1100\nbr_tobu,-,700\n"
                                                        "br_nanbu,-5,600\nbr_koda,\"1,200\",1300\n")
                                             .toUtf8());
    const CountsImportPreview preview = previewCountsImport(path, sampleOffices());
    REQUIRE(preview.rows.size() == 4);
    const CountsImportRow &oe = preview.rows[0];
    CHECK_FALSE(oe.matched());
    CHECK(oe.officeName == QStringLiteral("大江出張所"));
    CHECK(oe.problem.contains(QStringLiteral("H26")));
    CHECK(oe.problem.contains(QStringLiteral("12件")));
    CHECK_FALSE(oe.problem.contains(QStringLiteral("H27")));
    CHECK(oe.rejectedCells == std::map<int, QString>{{2014, QStringLiteral("12件")}});
    CHECK(oe.counts.count(2014) == 0); // not "missing": it is wrong
    CHECK(oe.counts.at(2015) == std::optional<double>(1100.0));
    CHECK(preview.rows[1].problem.contains(QStringLiteral("\"-\"")));
    CHECK(preview.rows[2].problem.contains(QStringLiteral("negative")));
    CHECK(preview.rows[3].matched());
    CHECK(preview.rows[3].counts.at(2014) == std::optional<double>(1200.0));

    const WorkloadCounts counts = preview.counts();
    CHECK(counts.size() == 1);
    CHECK(counts.count(QStringLiteral("br_koda")) == 1);
    CHECK(preview.officesWithoutRow.contains(QStringLiteral("br_oe")));
}

TEST_CASE("branch offices without a matched row are listed, ward offices are not", "[countsimport]")
{
    const std::vector<Office> offices = sampleOffices();
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QByteArray("id,fy2014\nbr_oe,1200\nbr_tatsuda,900\nward_kita,40000\n"
                                                    "br_unknown,10\n"));
    const CountsImportPreview preview = previewCountsImport(path, offices);
    QStringList expected = branchOfficeIds(offices);
    REQUIRE(expected.size() == 14);
    expected.removeAll(QStringLiteral("br_oe"));
    expected.removeAll(QStringLiteral("br_tatsuda"));
    CHECK(preview.officesWithoutRow == expected);
    CHECK_FALSE(preview.officesWithoutRow.contains(QStringLiteral("ward_chuo")));
    CHECK(rowOnLine(preview, 5).problem.contains(QStringLiteral("br_unknown")));
}

TEST_CASE("counts() holds the matched rows only, each with every fiscal year", "[countsimport]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QByteArray("id,fy2014,fy2015\nbr_oe,1200,1100\nnobody,5,5\n"
                                                    "br_oe,1,1\nbr_tobu,,700\n"));
    const CountsImportPreview preview = previewCountsImport(path, sampleOffices());
    const WorkloadCounts counts = preview.counts();
    CHECK(counts.size() == std::size_t(preview.matchedCount()));
    CHECK(counts
          == WorkloadCounts{{QStringLiteral("br_oe"), {{2014, 1200.0}, {2015, 1100.0}}},
                            {QStringLiteral("br_tobu"), {{2014, std::nullopt}, {2015, 700.0}}}});
}

TEST_CASE("with both an id and a name column the join matching more rows wins, and can be forced",
          "[countsimport]")
{
    QTemporaryDir dir;
    // The ids are mostly wrong, the names right.
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QStringLiteral("code,窓口名,R1\n"
                                                        "br_oe,大江出張所,1000\n"
                                                        "x2,東部出張所,2000\n"
                                                        "x3,南部出張所,3000\n")
                                             .toUtf8());
    const std::vector<Office> offices = sampleOffices();
    const CountsImportPreview automatic = previewCountsImport(path, offices);
    CHECK(automatic.joinedBy == CountsJoin::Name);
    CHECK(automatic.keyColumn == QStringLiteral("窓口名"));
    CHECK(automatic.yearColumns == std::map<int, QString>{{2019, QStringLiteral("R1")}});
    CHECK(automatic.matchedCount() == 3);
    CHECK(automatic.ignoredColumns == QStringList{QStringLiteral("code")});

    CountsImportOptions byId;
    byId.join = CountsJoin::Id;
    const CountsImportPreview forced = previewCountsImport(path, offices, byId);
    CHECK(forced.joinedBy == CountsJoin::Id);
    CHECK(forced.keyColumn == QStringLiteral("code"));
    CHECK(forced.matchedCount() == 1);
    CHECK(rowOnLine(forced, 3).problem.contains(QStringLiteral("x2")));

    CountsImportOptions byColumn;
    byColumn.keyColumn = QStringLiteral("code");
    CHECK(previewCountsImport(path, offices, byColumn).keyColumn == QStringLiteral("code"));
}

TEST_CASE("a name that fits two offices once the suffix is dropped is ambiguous", "[countsimport]")
{
    const std::vector<Office> offices{syntheticOffice(QStringLiteral("a"), QStringLiteral("東部出張所")),
                                      syntheticOffice(QStringLiteral("b"), QStringLiteral("東部総合出張所"),
                                                      OfficeKind::GeneralBranch)};
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         QStringLiteral("名称,fy2014\n東部,10\n東部総合出張所,20\n,30\n").toUtf8());
    const CountsImportPreview preview = previewCountsImport(path, offices);
    REQUIRE(preview.rows.size() == 3);
    CHECK_FALSE(preview.rows[0].matched());
    CHECK(preview.rows[0].problem.contains(QStringLiteral("東部出張所")));
    CHECK(preview.rows[0].problem.contains(QStringLiteral("東部総合出張所")));
    CHECK(preview.rows[1].officeId == QStringLiteral("b")); // the full name is exact
    CHECK_FALSE(preview.rows[2].matched());                  // empty key
    CHECK(preview.rows[2].problem.contains(QStringLiteral("名称")));
    CHECK(preview.officesWithoutRow == QStringList{QStringLiteral("a")});
}

TEST_CASE("a file without a fiscal-year column is refused, listing its headers", "[countsimport]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("no_years.csv"),
                                         QByteArray("id,count,2014\nbr_oe,1200,1200\n"));
    try {
        previewCountsImport(path, sampleOffices());
        FAIL("no InputError");
    } catch (const InputError &error) {
        CHECK(error.diagnostic().file == path);
        CHECK(error.diagnostic().message.contains(QStringLiteral("no_years.csv")));
        CHECK(error.diagnostic().hint.contains(QStringLiteral("\"count\"")));
        CHECK(error.diagnostic().hint.contains(QStringLiteral("平成26年度")));
    }
}

TEST_CASE("a file without a key column, without data rows or missing is refused naming the file",
          "[countsimport]")
{
    QTemporaryDir dir;
    const std::vector<Office> offices = sampleOffices();
    const auto refusal = [&](const QString &path) {
        try {
            previewCountsImport(path, offices);
        } catch (const InputError &error) {
            CHECK(error.diagnostic().file == path);
            CHECK(error.diagnostic().message.contains(QFileInfo(path).fileName()));
            CHECK_FALSE(error.diagnostic().hint.isEmpty());
            return error.diagnostic();
        }
        FAIL("no InputError for " << path.toStdString());
        return Diagnostic{};
    };
    const Diagnostic noKey = refusal(test::writeFile(QDir(dir.path()), QStringLiteral("no_key.csv"),
                                                     QByteArray("ward,H26\nchuo,1200\n")));
    CHECK(noKey.hint.contains(QStringLiteral("\"ward\"")));
    refusal(test::writeFile(QDir(dir.path()), QStringLiteral("header_only.csv"), QByteArray("id,H26\n")));
    refusal(dir.filePath(QStringLiteral("missing.csv")));
}

TEST_CASE("previewing never modifies the file", "[countsimport]")
{
    QTemporaryDir dir;
    const QString path = test::writeFile(QDir(dir.path()), QStringLiteral("counts.csv"),
                                         toCp932(QStringLiteral("名称,H26\n大江出張所,1200\n託麻,12件\n")));
    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    const CountsImportPreview preview = previewCountsImport(path, sampleOffices());
    CHECK(preview.matchedCount() == 1);
    CHECK(fileHash(path) == before);
    CHECK(QFileInfo(path).lastModified() == modified);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("counts.csv")});
}
