#pragma once

#include "gis/textencoding.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

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

// The 1-based line on which each non-empty record of CSV text starts, the header first. GDAL's CSV
// reader skips empty lines and lets a quoted cell span lines, so its feature ids are not line numbers;
// this follows its record splitting (a quote anywhere toggles quoting; a doubled quote toggles twice).
std::vector<int> csvRecordStartLines(const QByteArray &utf8);

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
    // False when GDAL's records could not be lined up with the file's lines (should not happen); the
    // records' `line` is then the data record number + 1.
    bool exactLines = true;
};

// Reads a CSV file (UTF-8 with or without BOM, or CP932) through GDAL's CSV driver with every column
// as text. `encoding` overrides detection (a BOM means UTF-8; otherwise the bytes decide, see
// guessEncoding). Read-only: the file is never modified. Throws InputError naming the file and what to
// do when the file is missing or unreadable, is neither valid UTF-8 nor valid CP932 (or not valid in
// the encoding asked for), or is not a CSV table. A file holding only a header gives no records (not
// an error here: what an empty table means is the caller's business).
CsvTable readCsvTable(const QString &path, std::optional<TextEncoding> encoding = std::nullopt);

} // namespace madoguchi::gis
