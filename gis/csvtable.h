#pragma once

#include "core/diagnostic.h"
#include "gis/textencoding.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace madoguchi {
class Feedback;
}

namespace madoguchi::gis {

// Bytes as a GDAL in-memory file (/vsimem/), removed when this goes out of scope. GDAL reads the bytes
// in place: they are owned here, so this must outlive every dataset opened on it (declare it first).
class GdalMemoryFile
{
public:
    // `suffix` (e.g. "csv") lets GDAL pick the driver by the name.
    GdalMemoryFile(QByteArray bytes, const QString &suffix);
    ~GdalMemoryFile();
    GdalMemoryFile(const GdalMemoryFile &) = delete;
    GdalMemoryFile &operator=(const GdalMemoryFile &) = delete;

    const char *name() const { return mName.constData(); }

private:
    QByteArray mBytes;
    QByteArray mName;
};

// The delimiter as a word for messages: "comma", "semicolon", "tab" or "space".
QString csvDelimiterName(QChar delimiter);

// Whether a file is read as a CSV table (by its suffix: .csv, .txt, .tsv) rather than as a layer.
bool isCsvTablePath(const QString &path);

// One data record of a CSV file: its cells in header order (every cell as text, exactly as written
// apart from the CSV quoting) and where it is in the file.
struct CsvRecord
{
    // The 1-based line of the file on which the record starts (the header is on line 1 unless empty
    // lines precede it). A quoted cell may span lines, so records and lines need not correspond.
    int line = 0;
    QStringList cells; // as many as the header has columns; missing trailing cells are empty
};

// A CSV file read as a table of text.
struct CsvTable
{
    QStringList header;
    std::vector<CsvRecord> records; // in file order; records whose cells are all empty are left out
    TextEncoding encoding = TextEncoding::Utf8;
    EncodingSource encodingSource = EncodingSource::Detected; // Override or Detected
    bool byteOrderMark = false;       // the file starts with the UTF-8 byte-order mark
    QChar delimiter = QLatin1Char(','); // as GDAL detects it from the header line: , ; tab (or space)
    // False when GDAL's records could not be lined up with the file's lines (should not happen); the
    // records' `line` is then the data record number + 1.
    bool exactLines = true;
};

// Reads a CSV file (UTF-8 with or without BOM, or CP932) through GDAL's CSV driver with every column
// as text. `encoding` overrides detection (a BOM means UTF-8; otherwise the bytes decide, see
// guessEncoding); the delimiter is detected from the header line as GDAL does. Read-only: the file is
// never modified. Throws InputError naming the file and what to do when the file is missing or
// unreadable, is neither valid UTF-8 nor valid CP932 (or not valid in the encoding asked for), or is not
// a CSV table; and naming the line of a malformed record: a quoted cell that is never closed (which
// would swallow the rest of the file), or a record with more filled cells than the header has columns
// (which GDAL would drop). A file holding only a header gives no records (not an error here: what an
// empty table means is the caller's business). Cancelled on cancel.
CsvTable readCsvTable(const QString &path, std::optional<TextEncoding> encoding = std::nullopt,
                      Feedback *feedback = nullptr);

// The beginning of a CSV file as readCsvTable reads it, for a preview that must show what is wrong
// rather than refuse: the header and the first records, in the encoding that readCsvTable would use.
struct CsvPreview
{
    CsvTable table;      // the header and at most `maxRows` records
    int recordCount = 0; // every record of the file (as readCsvTable counts them)
    // What the bytes are (after a byte-order mark), whatever encoding was used: Ascii reads the same
    // in either encoding.
    EncodingGuess bytes = EncodingGuess::Ascii;
    // False when the bytes are not valid in table.encoding: the cells then show U+FFFD or mojibake
    // where they do not decode (decodeTextForDisplay).
    bool exactText = true;
    // Why readCsvTable would refuse the file (the text does not decode, or a record is malformed);
    // nullopt when it would read it.
    std::optional<Diagnostic> problem;
};

// Reads the header and the first `maxRows` records of a CSV file, and counts the rest. Unlike
// readCsvTable it decodes bytes that are not valid in the encoding for display and reports a malformed
// record in CsvPreview::problem. Throws InputError only when the file is missing, unreadable or not a
// table at all. Cancelled on cancel.
CsvPreview readCsvPreview(const QString &path, int maxRows, std::optional<TextEncoding> encoding = std::nullopt,
                          Feedback *feedback = nullptr);

} // namespace madoguchi::gis
