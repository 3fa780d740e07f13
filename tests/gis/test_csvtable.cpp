#include "inputerror.h"
#include "testsupport.h"

#include "core/diagnostic.h"
#include "core/feedback.h"
#include "gis/csvtable.h"

#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::gis;
using madoguchi::test::inputErrorOf;
using madoguchi::test::toCp932;
using madoguchi::test::writeFile;

namespace {



const QString wardsTable = QStringLiteral("番号,区名,人口\r\n"
                                          "43101,中央区,186000\r\n"
                                          "43102,東区,191000\r\n"
                                          "43103,西区,93000\r\n");

} // namespace

TEST_CASE("a Shift_JIS (CP932) CSV is detected and decoded", "[csvtable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("wards.csv"), toCp932(wardsTable));
    const CsvTable table = readCsvTable(path);
    CHECK(table.encoding == TextEncoding::Cp932);
    CHECK(table.encodingSource == EncodingSource::Detected);
    CHECK_FALSE(table.byteOrderMark);
    CHECK(table.delimiter == QLatin1Char(','));
    CHECK(table.header == QStringList{QStringLiteral("番号"), QStringLiteral("区名"), QStringLiteral("人口")});
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[0].cells == QStringList{QStringLiteral("43101"), QStringLiteral("中央区"), QStringLiteral("186000")});
    CHECK(table.records[0].line == 2);
    CHECK(table.records[2].cells.at(1) == QStringLiteral("西区"));
}

TEST_CASE("a UTF-8 CSV with a byte-order mark is UTF-8 and the mark is not part of the first column",
          "[csvtable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("wards.csv"),
                                   QByteArray("\xEF\xBB\xBF") + wardsTable.toUtf8());
    const CsvTable table = readCsvTable(path);
    CHECK(table.encoding == TextEncoding::Utf8);
    CHECK(table.byteOrderMark);
    CHECK(table.header.first() == QStringLiteral("番号"));
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[1].cells.at(1) == QStringLiteral("東区"));

    // An ASCII-only table with a mark is UTF-8 by the mark.
    const QString ascii = writeFile(QDir(dir.path()), QStringLiteral("ascii.csv"), "\xEF\xBB\xBFid,name\n1,a\n");
    const CsvPreview preview = readCsvPreview(ascii, 5);
    CHECK(preview.table.byteOrderMark);
    CHECK(preview.bytes == EncodingGuess::Ascii);
    CHECK(preview.table.header.first() == QStringLiteral("id"));
}

TEST_CASE("the delimiter is detected from the header line: comma, tab or semicolon", "[csvtable]")
{
    QTemporaryDir dir;
    const QDir folder(dir.path());
    const auto read = [&](const QString &name, const QByteArray &bytes) {
        return readCsvTable(writeFile(folder, name, bytes));
    };
    const CsvTable comma = read(QStringLiteral("comma.csv"), "id,name,note\n1,大江,\"a;b\tc\"\n");
    CHECK(comma.delimiter == QLatin1Char(','));
    CHECK(comma.records.at(0).cells == QStringList{QStringLiteral("1"), QStringLiteral("大江"), QStringLiteral("a;b\tc")});

    const CsvTable tab = read(QStringLiteral("tab.tsv"), "id\tname\tnote\n1\t大江\ta,b\n");
    CHECK(tab.delimiter == QLatin1Char('\t'));
    CHECK(tab.header.size() == 3);
    CHECK(tab.records.at(0).cells == QStringList{QStringLiteral("1"), QStringLiteral("大江"), QStringLiteral("a,b")});

    const CsvTable semicolon = read(QStringLiteral("semicolon.csv"), "id;name\n1;\"1,5 km\"\n");
    CHECK(semicolon.delimiter == QLatin1Char(';'));
    CHECK(semicolon.records.at(0).cells == QStringList{QStringLiteral("1"), QStringLiteral("1,5 km")});
}

TEST_CASE("a quoted cell may hold delimiters, quotes and line breaks, and records keep the line they start on",
          "[csvtable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("offices.csv"),
                                   "id,address,note\n"
                                   "chuo,\"熊本市中央区\n手取本町1番1号\",\"say \"\"hello\"\", twice\"\n"
                                   "\n"
                                   ",,\n"
                                   "oe,\"大江6丁目\",\n");
    const CsvTable table = readCsvTable(path);
    REQUIRE(table.records.size() == 2); // the row of empty cells holds nothing
    CHECK(table.exactLines);
    CHECK(table.records[0].line == 2);
    CHECK(table.records[0].cells.at(1) == QStringLiteral("熊本市中央区\n手取本町1番1号"));
    CHECK(table.records[0].cells.at(2) == QStringLiteral("say \"hello\", twice"));
    CHECK(table.records[1].line == 6);
    CHECK(table.records[1].cells.at(1) == QStringLiteral("大江6丁目"));
}

TEST_CASE("a row with more filled cells than the header has columns is refused naming its line", "[csvtable]")
{
    QTemporaryDir dir;
    const QDir folder(dir.path());
    // Spreadsheets may save empty cells past the last column: they lose nothing.
    CHECK(readCsvTable(writeFile(folder, QStringLiteral("trailing.csv"), "id,name\n1,a,,\n2,b\n")).records.size() == 2);

    // A decimal comma outside quotes splits the cell in two: GDAL would drop the last one.
    const QString path = writeFile(folder, QStringLiteral("offices.csv"),
                                   "id,name,workload\n"
                                   "chuo,中央区役所,12000\n"
                                   "oe,大江出張所,12,345\n");
    const Diagnostic error = inputErrorOf([&] { readCsvTable(path); });
    CHECK(error.file == path);
    CHECK(error.location == QStringLiteral("line 3"));
    CHECK(error.message.contains(QStringLiteral("4 cells")));
    CHECK(error.message.contains(QStringLiteral("3 columns")));
    CHECK(error.hint.contains(QStringLiteral("comma")));
}

TEST_CASE("a quote that is never closed is refused naming the line it opens on", "[csvtable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("offices.csv"),
                                   "id,name\n"
                                   "chuo,中央区役所\n"
                                   "oe,\"大江出張所\n"
                                   "akitsu,秋津出張所\n");
    const Diagnostic error = inputErrorOf([&] { readCsvTable(path); });
    CHECK(error.location == QStringLiteral("line 3"));
    CHECK(error.message.contains(QStringLiteral("never closed")));
}

TEST_CASE("a table in neither encoding, or not valid in the encoding asked for, is refused", "[csvtable]")
{
    QTemporaryDir dir;
    const QDir folder(dir.path());
    const QString garbage = writeFile(folder, QStringLiteral("garbage.csv"), "id,name\n1,\xff\xfe\n");
    CHECK(inputErrorOf([&] { readCsvTable(garbage); }).message.contains(QStringLiteral("neither valid UTF-8")));
    const QString sjis = writeFile(folder, QStringLiteral("sjis.csv"), toCp932(wardsTable));
    CHECK(inputErrorOf([&] { readCsvTable(sjis, TextEncoding::Utf8); }).message.contains(QStringLiteral("UTF-8")));
    CHECK(inputErrorOf([&] { readCsvTable(folder.filePath(QStringLiteral("missing.csv"))); })
              .message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("a preview reads the header and the first rows, and counts them all", "[csvtable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("wards.csv"), toCp932(wardsTable));
    const CsvPreview preview = readCsvPreview(path, 2);
    CHECK(preview.table.header.size() == 3);
    REQUIRE(preview.table.records.size() == 2);
    CHECK(preview.table.records[1].cells.at(1) == QStringLiteral("東区"));
    CHECK(preview.table.records[1].line == 3);
    CHECK(preview.recordCount == 3);
    CHECK(preview.table.encoding == TextEncoding::Cp932);
    CHECK(preview.table.encodingSource == EncodingSource::Detected);
    CHECK(preview.bytes == EncodingGuess::Cp932);
    CHECK(preview.exactText);
    CHECK_FALSE(preview.problem.has_value());
}

TEST_CASE("a preview in the wrong encoding shows the garbled text and the error the table would give",
          "[csvtable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("wards.csv"), toCp932(wardsTable));
    const CsvPreview preview = readCsvPreview(path, 8, TextEncoding::Utf8);
    CHECK(preview.table.encoding == TextEncoding::Utf8);
    CHECK(preview.table.encodingSource == EncodingSource::Override);
    CHECK_FALSE(preview.exactText);
    REQUIRE(preview.problem.has_value());
    CHECK(preview.problem->message.contains(QStringLiteral("UTF-8")));
    REQUIRE(preview.table.records.size() == 3);
    CHECK(preview.table.records[0].cells.at(0) == QStringLiteral("43101"));
    CHECK(preview.table.records[0].cells.at(1).contains(QChar::ReplacementCharacter));

    // Bytes in neither encoding: shown as UTF-8, with the reason.
    const QString garbage = writeFile(QDir(dir.path()), QStringLiteral("garbage.csv"), "id,name\n1,\xff\xfe\n");
    const CsvPreview unknown = readCsvPreview(garbage, 8);
    CHECK(unknown.bytes == EncodingGuess::Unknown);
    REQUIRE(unknown.problem.has_value());
    CHECK(unknown.problem->message.contains(QStringLiteral("neither valid UTF-8")));
    CHECK(unknown.table.records.size() == 1);
}

TEST_CASE("a preview of a malformed table shows its rows and names the malformed one", "[csvtable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("offices.csv"),
                                   "id,name\nchuo,中央区役所\noe,大江,出張所\n");
    const CsvPreview preview = readCsvPreview(path, 8);
    CHECK(preview.table.records.size() == 2);
    REQUIRE(preview.problem.has_value());
    CHECK(preview.problem->location == QStringLiteral("line 3"));
}

TEST_CASE("reading a table stops when cancelled", "[csvtable]")
{
    QTemporaryDir dir;
    const QString path = writeFile(QDir(dir.path()), QStringLiteral("wards.csv"), wardsTable.toUtf8());
    Feedback feedback;
    feedback.cancel();
    CHECK_THROWS_AS(readCsvTable(path, std::nullopt, &feedback), Cancelled);
    CHECK_THROWS_AS(readCsvPreview(path, 8, std::nullopt, &feedback), Cancelled);
}

TEST_CASE("tables are told from layers by their suffix", "[csvtable]")
{
    CHECK(isCsvTablePath(QStringLiteral("/data/offices.csv")));
    CHECK(isCsvTablePath(QStringLiteral("offices.TSV")));
    CHECK(isCsvTablePath(QStringLiteral("offices.txt")));
    CHECK_FALSE(isCsvTablePath(QStringLiteral("offices.geojson")));
    CHECK_FALSE(isCsvTablePath(QStringLiteral("wards.shp")));
}
