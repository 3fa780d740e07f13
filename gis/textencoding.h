#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace madoguchi::gis {

// The text encodings Japanese GIS data comes in. MLIT's 国土数値情報 shapefiles and most CSVs saved by
// Excel are Shift_JIS (CP932, Microsoft's superset); GeoJSON and GeoPackage are UTF-8.
enum class TextEncoding { Utf8, Cp932 };

// "CP932", "Shift_JIS", "SJIS", "Windows-31J", "MS932" -> Cp932; "UTF-8", "UTF8" -> Utf8;
// case-insensitive. nullopt otherwise.
std::optional<TextEncoding> parseTextEncoding(QStringView name);
QString textEncodingName(TextEncoding encoding); // "CP932" or "UTF-8"

enum class EncodingGuess {
    Ascii,   // 7-bit only: decodes the same either way
    Utf8,    // valid UTF-8 with multi-byte sequences
    Cp932,   // not valid UTF-8, valid CP932
    Unknown, // neither
};

// Decides between UTF-8 and CP932 from raw bytes (e.g. all the text of a DBF or CSV). UTF-8 is strict
// (no overlongs or surrogates), so CP932 Japanese text is practically never mistaken for it.
EncodingGuess guessEncoding(const QByteArray &bytes);

// Decodes bytes in the given encoding (CP932 through iconv). Throws InputError
// (naming `what`, e.g. the file) when the bytes are not valid in that encoding.
QString decodeText(const QByteArray &bytes, TextEncoding encoding, const QString &what = {});
// Decodes for display only, never failing: bytes that are not valid in the encoding become U+FFFD
// (the replacement character), so that a wrong choice of encoding shows as the mojibake it produces.
// Never use the result as data: decodeText refuses what this lets through.
QString decodeTextForDisplay(const QByteArray &bytes, TextEncoding encoding);

// Where the encoding used for a layer came from, for reports.
enum class EncodingSource {
    CodePageFile, // .cpg next to the shapefile
    DbfLanguageDriver, // the DBF header's language driver id (LDID)
    Detected,     // guessed from the bytes
    Override,     // set by the project file or command line
    Format,       // the format is always UTF-8 (GeoJSON, GeoPackage)
};
QString encodingSourceDescription(EncodingSource source); // ".cpg file", "detected", …

} // namespace madoguchi::gis
