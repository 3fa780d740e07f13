#include "gis/csvtable.h"

#include "core/feedback.h"
#include "gis/gdalhandles.h"

#include <cpl_vsi.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "CsvTableText" context of the translations.
struct CsvTableText
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableText)
};

QString encodingHint()
{
    return CsvTableText::tr("save it from Excel as \"CSV UTF-8\", or choose its encoding (UTF-8 or CP932 / "
                            "Shift_JIS) explicitly");
}

QByteArray readFileBytes(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        throw InputError(path, {}, CsvTableText::tr("%1 does not exist").arg(fileName),
                         CsvTableText::tr("check the file's name and folder"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, {}, CsvTableText::tr("%1 cannot be read: %2").arg(fileName, file.errorString()),
                         CsvTableText::tr("check that you may read the file and that no other program locks it"));
    return file.readAll();
}

// A file's text as GDAL is given it, and how it was decoded.
struct DecodedCsv
{
    QByteArray utf8;
    EncodingGuess bytes = EncodingGuess::Ascii;
    bool exactText = true;
    std::optional<Diagnostic> problem; // only when decoded leniently
};

// Decides the encoding (a BOM means UTF-8, else `encoding`, else the bytes) into `table` and decodes.
// Strictly, bytes that are not text in the encoding throw InputError; leniently they are decoded for
// display and the error is kept in `problem`.
DecodedCsv decodeCsv(const QString &path, QByteArray bytes, std::optional<TextEncoding> encoding, bool lenient,
                     CsvTable &table)
{
    DecodedCsv decoded;
    table.byteOrderMark = bytes.startsWith("\xEF\xBB\xBF");
    if (table.byteOrderMark)
        bytes.remove(0, 3); // not text in either encoding
    decoded.bytes = guessEncoding(bytes);
    const auto refuse = [&](const Diagnostic &problem) {
        if (!lenient)
            throw InputError(problem);
        if (!decoded.problem)
            decoded.problem = problem;
    };
    if (encoding) {
        table.encoding = *encoding;
        table.encodingSource = EncodingSource::Override;
    } else {
        table.encodingSource = EncodingSource::Detected;
        table.encoding = TextEncoding::Utf8;
        switch (table.byteOrderMark ? EncodingGuess::Utf8 : decoded.bytes) {
        case EncodingGuess::Ascii:
        case EncodingGuess::Utf8:
            break;
        case EncodingGuess::Cp932:
            table.encoding = TextEncoding::Cp932;
            break;
        case EncodingGuess::Unknown:
            refuse({Severity::Error, path, {},
                    CsvTableText::tr("%1 is neither valid UTF-8 nor valid CP932 (Shift_JIS) text")
                        .arg(QFileInfo(path).fileName()),
                    encodingHint()});
            break;
        }
    }
    try {
        // decodeText refuses bytes that are not valid in the encoding: no replacement character can slip
        // into a cell of the table.
        const QString text = decodeText(bytes, table.encoding, path);
        decoded.utf8 = table.encoding == TextEncoding::Utf8 ? bytes : text.toUtf8();
    } catch (const InputError &error) {
        refuse(error.diagnostic());
        decoded.exactText = false;
        decoded.utf8 = decodeTextForDisplay(bytes, table.encoding).toUtf8();
    }
    return decoded;
}

// How a record of CSV text is laid out, as GDAL's CSV reader splits it.
struct RecordShape
{
    int line = 0;           // the 1-based line on which it starts
    int cellCount = 0;
    int lastFilledCell = 0; // the 1-based number of the last cell holding more than spaces; 0 if none
};

struct CsvShape
{
    std::vector<RecordShape> records; // the header first; empty lines are no records
    int unclosedQuoteLine = 0;        // the line of a quote that is never closed; 0 if none
};

// Splits UTF-8 CSV text into records and cells the way GDAL does (empty lines are skipped, a quoted
// cell may span lines, and every quote toggles quoting: a doubled quote toggles twice), reading at most
// `maxRecords` records (all when negative). GDAL's feature ids are not line numbers; this gives them.
CsvShape scanCsv(const QByteArray &utf8, char delimiter, int maxRecords = -1)
{
    CsvShape shape;
    RecordShape record{1, 0, 0};
    int line = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool recordEmpty = true;
    bool cellFilled = false;
    const auto endCell = [&] {
        ++record.cellCount;
        if (cellFilled)
            record.lastFilledCell = record.cellCount;
        cellFilled = false;
    };
    for (const char c : utf8) {
        if (maxRecords >= 0 && int(shape.records.size()) >= maxRecords)
            return shape;
        if (c == '"') {
            inQuotes = !inQuotes;
            quoteLine = line;
            recordEmpty = false;
        } else if (c == '\n') {
            if (inQuotes) {
                cellFilled = true;
            } else {
                if (!recordEmpty) {
                    endCell();
                    shape.records.push_back(record);
                }
                record = {line + 1, 0, 0};
                recordEmpty = true;
            }
            ++line;
        } else if (c == delimiter && !inQuotes) {
            endCell();
            recordEmpty = false;
        } else if (c != '\r') {
            recordEmpty = false;
            cellFilled = cellFilled || inQuotes || (c != ' ' && c != '\t');
        }
    }
    if (inQuotes)
        shape.unclosedQuoteLine = quoteLine;
    if (!recordEmpty && (maxRecords < 0 || int(shape.records.size()) < maxRecords)) {
        endCell();
        shape.records.push_back(record);
    }
    return shape;
}

// The delimiter GDAL used: the one of GDAL's candidates (comma, semicolon, tab, space) that splits the
// header line into as many cells as GDAL found columns, in GDAL's order of preference.
QChar detectedDelimiter(const QByteArray &utf8, int columnCount)
{
    for (const char candidate : {',', ';', '\t', ' '}) {
        const CsvShape header = scanCsv(utf8, candidate, 1);
        if (!header.records.empty() && header.records.front().cellCount == columnCount)
            return QLatin1Char(candidate);
    }
    return QLatin1Char(',');
}

// Why GDAL's reading of the text would not be the file's table: a quote never closed, or filled cells
// beyond the header's columns (GDAL drops them).
std::optional<Diagnostic> malformedRecord(const QString &path, const CsvShape &shape, int columnCount,
                                          QChar delimiter)
{
    if (shape.unclosedQuoteLine > 0)
        return Diagnostic{Severity::Error, path, CsvTableText::tr("line %1").arg(shape.unclosedQuoteLine),
                          CsvTableText::tr("A quote (\") opened here is never closed, so the rest of the file would "
                                           "be read as one cell"),
                          CsvTableText::tr("close the quoted cell, or write a quote inside a cell as two quotes "
                                           "(\"\")")};
    for (std::size_t i = 1; i < shape.records.size(); ++i) {
        const RecordShape &record = shape.records[i];
        if (record.lastFilledCell > columnCount)
            return Diagnostic{Severity::Error, path, CsvTableText::tr("line %1").arg(record.line),
                              CsvTableText::tr("The row has %1 cells, but the header has only %2 columns: the "
                                               "cells after column %2 would be lost")
                                  .arg(record.cellCount)
                                  .arg(columnCount),
                              CsvTableText::tr("put a cell that holds a %1 in double quotes, or name every "
                                               "column in the header line")
                                  .arg(csvDelimiterName(delimiter))};
    }
    return std::nullopt;
}

// Reads the records of UTF-8 CSV text through GDAL into `table` (header, delimiter, the first
// `maxRecords` records, all when negative) and returns how many records there are. Records whose cells
// are all empty are neither kept nor counted. A malformed record is thrown, or kept in `problem` when
// `problem` is given.
int readRecords(const QString &path, const QByteArray &utf8, int maxRecords, CsvTable &table, Feedback *feedback,
                std::optional<Diagnostic> *problem = nullptr)
{
    const QString fileName = QFileInfo(path).fileName();
    ensureGdalRegistered();
    const GdalMemoryFile memory(utf8, QStringLiteral("csv"));
    GdalErrorCollector collector;
    const char *const drivers[] = {"CSV", nullptr};
    // Every column stays text (AUTODETECT_TYPE is off by default) and none becomes a geometry.
    const char *const openOptions[] = {"HEADERS=YES", "AUTODETECT_TYPE=NO", nullptr};
    GdalDatasetPtr dataset(GDALOpenEx(memory.name(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                      drivers, openOptions, nullptr));
    if (!dataset || GDALDatasetGetLayerCount(dataset.get()) < 1)
        throw InputError(path, {},
                         CsvTableText::tr("%1 cannot be read as a CSV table: %2")
                             .arg(fileName, collector.errors().isEmpty() ? CsvTableText::tr("unknown error")
                                                                         : collector.errors()),
                         CsvTableText::tr("save the table as CSV (comma-separated) with a header line"));
    OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), 0);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int columnCount = OGR_FD_GetFieldCount(definition);
    for (int i = 0; i < columnCount; ++i)
        table.header << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i)));
    table.delimiter = detectedDelimiter(utf8, columnCount);
    const CsvShape shape = scanCsv(utf8, char(table.delimiter.unicode()));
    if (std::optional<Diagnostic> malformed = malformedRecord(path, shape, columnCount, table.delimiter)) {
        if (!problem)
            throw InputError(*malformed);
        *problem = std::move(malformed);
    }

    const GIntBig total = OGR_L_GetFeatureCount(layer, TRUE);
    table.exactLines = total >= 0 && qsizetype(shape.records.size()) == qsizetype(total) + 1;
    int recordNumber = 0;
    int kept = 0;
    OGR_L_ResetReading(layer);
    for (;;) {
        if (feedback && recordNumber % 256 == 0)
            feedback->checkCancelled();
        OgrFeaturePtr feature(OGR_L_GetNextFeature(layer));
        if (!collector.errors().isEmpty())
            throw InputError(path, {}, CsvTableText::tr("%1 cannot be read: %2").arg(fileName, collector.errors()),
                             CsvTableText::tr("check that the file is a complete CSV table"));
        if (!feature)
            break;
        ++recordNumber;
        CsvRecord record;
        record.line = table.exactLines ? shape.records[std::size_t(recordNumber)].line : recordNumber + 1;
        bool allEmpty = true;
        for (int i = 0; i < columnCount; ++i) {
            const QString cell = OGR_F_IsFieldSetAndNotNull(feature.get(), i)
                                     ? QString::fromUtf8(OGR_F_GetFieldAsString(feature.get(), i))
                                     : QString();
            allEmpty = allEmpty && cell.trimmed().isEmpty();
            record.cells << cell;
        }
        // Spreadsheets often save trailing rows of empty cells (",,,,"): they hold nothing.
        if (allEmpty)
            continue;
        ++kept;
        if (maxRecords < 0 || int(table.records.size()) < maxRecords)
            table.records.push_back(std::move(record));
    }
    return kept;
}

} // namespace

QString csvDelimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ';':
        return CsvTableText::tr("semicolon");
    case '\t':
        return CsvTableText::tr("tab");
    case ' ':
        return CsvTableText::tr("space");
    default:
        return CsvTableText::tr("comma");
    }
}

bool isCsvTablePath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv");
}

CsvTable readCsvTable(const QString &path, std::optional<TextEncoding> encoding, Feedback *feedback)
{
    CsvTable table;
    const DecodedCsv decoded = decodeCsv(path, readFileBytes(path), encoding, false, table);
    readRecords(path, decoded.utf8, -1, table, feedback);
    return table;
}

CsvPreview readCsvPreview(const QString &path, int maxRows, std::optional<TextEncoding> encoding, Feedback *feedback)
{
    CsvPreview preview;
    const DecodedCsv decoded = decodeCsv(path, readFileBytes(path), encoding, true, preview.table);
    preview.bytes = decoded.bytes;
    preview.exactText = decoded.exactText;
    preview.problem = decoded.problem;
    std::optional<Diagnostic> malformed;
    preview.recordCount = readRecords(path, decoded.utf8, std::max(0, maxRows), preview.table, feedback, &malformed);
    if (!preview.problem)
        preview.problem = std::move(malformed);
    return preview;
}

GdalMemoryFile::GdalMemoryFile(QByteArray bytes, const QString &suffix) : mBytes(std::move(bytes))
{
    static std::atomic<quint64> counter{0};
    mName = QStringLiteral("/vsimem/madoguchi/memory_%1.%2").arg(counter.fetch_add(1)).arg(suffix).toUtf8();
    VSILFILE *file = VSIFileFromMemBuffer(mName.constData(), reinterpret_cast<GByte *>(mBytes.data()),
                                          vsi_l_offset(mBytes.size()), FALSE);
    if (file)
        VSIFCloseL(file); // the memory file stays until VSIUnlink
}

GdalMemoryFile::~GdalMemoryFile()
{
    VSIUnlink(mName.constData());
}

} // namespace madoguchi::gis
