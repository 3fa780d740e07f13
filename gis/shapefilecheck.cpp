#include "gis/shapefilecheck.h"

#include <QFile>

#include <algorithm>
#include <vector>

namespace madoguchi::gis::layerreading {

QString damagedHint()
{
    return LayerReaderText::tr(
        "copy the file again from its source; a shapefile needs its .shp, .shx and .dbf together");
}

QString encodingHint()
{
    return LayerReaderText::tr(
        "set \"encoding\" for this layer in the project file (\"CP932\" for Shift_JIS, or \"UTF-8\")");
}

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

std::optional<QString> companionFile(const QFileInfo &shp, const QString &extension)
{
    const QString base = shp.absolutePath() + QLatin1Char('/') + shp.completeBaseName() + QLatin1Char('.');
    for (const QString &candidate : {base + extension.toLower(), base + extension.toUpper()}) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return std::nullopt;
}

namespace {

quint32 littleEndian32(const QByteArray &bytes, int offset)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData()) + offset;
    return quint32(data[0]) | (quint32(data[1]) << 8) | (quint32(data[2]) << 16) | (quint32(data[3]) << 24);
}

quint16 littleEndian16(const QByteArray &bytes, int offset)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData()) + offset;
    return quint16(data[0] | (data[1] << 8));
}

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData()) + offset;
    return (quint32(data[0]) << 24) | (quint32(data[1]) << 16) | (quint32(data[2]) << 8) | quint32(data[3]);
}

QByteArray readPrefix(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, {}, LayerReaderText::tr("%1 cannot be read: %2")
            .arg(fileNameOf(path), file.errorString()),
                         LayerReaderText::tr("check that the file exists and that you may read it"));
    return file.read(size);
}

// The .shp and .shx headers state the file length (in 16-bit words). A file shorter than that was cut
// off (an interrupted copy or download); GDAL would silently return fewer or empty shapes.
void checkShapeFileLength(const QString &path, const QString &what)
{
    const QByteArray header = readPrefix(path, 100);
    const qint64 actualBytes = QFileInfo(path).size();
    if (header.size() < 100)
        throw InputError(path, {},
                         LayerReaderText::tr("%1 is truncated or not a shapefile %2: it has only %3 bytes")
                             .arg(fileNameOf(path), what)
                             .arg(actualBytes),
                         damagedHint());
    if (bigEndian32(header, 0) != 9994)
        throw InputError(path, {},
                         LayerReaderText::tr("%1 is not a shapefile %2 (wrong file code)").arg(fileNameOf(path), what),
                         damagedHint());
    const qint64 declaredBytes = qint64(bigEndian32(header, 24)) * 2;
    if (actualBytes < declaredBytes)
        throw InputError(path, {},
                         LayerReaderText::tr("%1 is truncated: it has %2 bytes, but its header says %3")
                             .arg(fileNameOf(path))
                             .arg(actualBytes)
                             .arg(declaredBytes),
                         damagedHint());
}

// What the reader needs from a DBF before GDAL opens it: the language driver id, the record counts
// (to prove later that every record was read) and the raw bytes of the text fields (to detect the
// encoding). Text fields are separated by '\n' so that no multi-byte sequence can span two fields.
struct DbfInfo
{
    quint8 languageDriverId = 0;
    qint64 recordCount = 0;
    qint64 deletedCount = 0;
    bool allRecordsScanned = true;
    QByteArray text;
};

DbfInfo readDbfInfo(const QString &path)
{
    // Large enough for any real attribute table of a city; beyond it only the detection sample and
    // the deleted-record count are cut short.
    constexpr qint64 maxScannedBytes = 256 * 1024 * 1024;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, {}, LayerReaderText::tr("%1 cannot be read: %2")
            .arg(fileNameOf(path), file.errorString()),
                         LayerReaderText::tr("check that the file exists and that you may read it"));
    const QByteArray header = file.read(32);
    if (header.size() < 32)
        throw InputError(path, {},
                         LayerReaderText::tr("%1 is truncated: its header is incomplete").arg(fileNameOf(path)),
                         damagedHint());
    DbfInfo info;
    info.recordCount = littleEndian32(header, 4);
    const int headerLength = littleEndian16(header, 8);
    const int recordLength = littleEndian16(header, 10);
    info.languageDriverId = static_cast<quint8>(header.at(29));

    const qint64 expectedBytes = qint64(headerLength) + info.recordCount * recordLength;
    if (headerLength < 33 || file.size() < expectedBytes)
        throw InputError(path, {},
                         LayerReaderText::tr("%1 is truncated: it has %2 bytes, but its header announces %3 "
                                             "records in %4 bytes")
                             .arg(fileNameOf(path))
                             .arg(file.size())
                             .arg(info.recordCount)
                             .arg(expectedBytes),
                         damagedHint());

    struct TextField
    {
        int offset;
        int width;
    };
    std::vector<TextField> textFields;
    const QByteArray descriptors = file.read(headerLength - 32);
    int offsetInRecord = 1; // after the deletion flag
    for (int at = 0; at + 32 <= descriptors.size() && descriptors.at(at) != '\r'; at += 32) {
        const char type = descriptors.at(at + 11);
        int width = static_cast<unsigned char>(descriptors.at(at + 16));
        if (type == 'C') // dBase/FoxPro store wide character fields' high byte in the decimals byte
            width += 256 * static_cast<unsigned char>(descriptors.at(at + 17));
        if (type == 'C')
            textFields.push_back({offsetInRecord, width});
        offsetInRecord += width;
    }

    if (recordLength <= 0 || !file.seek(headerLength))
        return info;
    qint64 recordsToScan = info.recordCount;
    if (recordsToScan * recordLength > maxScannedBytes) {
        recordsToScan = maxScannedBytes / recordLength;
        info.allRecordsScanned = false;
    }
    const QByteArray records = file.read(recordsToScan * recordLength);
    recordsToScan = std::min(recordsToScan, qint64(records.size()) / recordLength);
    for (qint64 record = 0; record < recordsToScan; ++record) {
        const qint64 start = record * recordLength;
        if (records.at(start) == '*')
            ++info.deletedCount;
        for (const TextField &field : textFields) {
            if (field.offset + field.width > recordLength)
                break;
            info.text.append(records.constData() + start + field.offset, field.width);
            info.text.append('\n');
        }
    }
    return info;
}

qint64 shxRecordCount(const QString &shxPath)
{
    return (QFileInfo(shxPath).size() - 100) / 8;
}

struct EncodingChoice
{
    TextEncoding encoding = TextEncoding::Utf8;
    EncodingSource source = EncodingSource::Format;
};

QString encodingOrigin(EncodingSource source, const QString &cpgPath)
{
    switch (source) {
    case EncodingSource::CodePageFile:
        return LayerReaderText::tr("its .cpg file %1").arg(fileNameOf(cpgPath));
    case EncodingSource::DbfLanguageDriver:
        return LayerReaderText::tr("its DBF language driver id");
    case EncodingSource::Override:
        return LayerReaderText::tr("the encoding set for this layer");
    case EncodingSource::Detected:
    case EncodingSource::Format:
        break;
    }
    return LayerReaderText::tr("detection");
}

// Decides the DBF's text encoding: override, then .cpg, then language driver id, then detection from
// the bytes. Contradictions between the stated encoding and the bytes are errors (UTF-8 stated, bytes
// not UTF-8) or warnings (CP932 stated, bytes look like UTF-8), never silent mojibake.
EncodingChoice chooseShapefileEncoding(const QString &shpPath, const QString &dbfPath, const DbfInfo &dbf,
                                       const std::optional<QString> &cpgPath,
                                       const std::optional<TextEncoding> &override, Diagnostics &warnings)
{
    const EncodingGuess guess = guessEncoding(dbf.text);
    EncodingChoice choice;
    if (override) {
        choice = {*override, EncodingSource::Override};
    } else if (cpgPath) {
        const QString named = QString::fromUtf8(readPrefix(*cpgPath, 256)).trimmed();
        const std::optional<TextEncoding> parsed = parseTextEncoding(named);
        if (parsed) {
            choice = {*parsed, EncodingSource::CodePageFile};
        } else if (guess == EncodingGuess::Ascii) {
            // Plain ASCII reads the same in any encoding the .cpg may name.
            choice = {TextEncoding::Utf8, EncodingSource::CodePageFile};
        } else {
            throw InputError(*cpgPath, {},
                             LayerReaderText::tr("%1 names the encoding \"%2\", which is not supported (only "
                                                 "CP932/Shift_JIS and UTF-8 are)")
                                 .arg(fileNameOf(*cpgPath), named),
                             encodingHint() + LayerReaderText::tr(" to override it"));
        }
    } else if (dbf.languageDriverId == 0x13 || dbf.languageDriverId == 0x7B) {
        // 0x13: Japanese Shift-JIS (code page 932); 0x7B: Japanese Shift-JIS, Windows.
        choice = {TextEncoding::Cp932, EncodingSource::DbfLanguageDriver};
    } else {
        switch (guess) {
        case EncodingGuess::Ascii:
        case EncodingGuess::Utf8:
            choice = {TextEncoding::Utf8, EncodingSource::Detected};
            break;
        case EncodingGuess::Cp932:
            choice = {TextEncoding::Cp932, EncodingSource::Detected};
            break;
        case EncodingGuess::Unknown:
            throw InputError(dbfPath, {},
                             LayerReaderText::tr("The text attributes of %1 are neither valid UTF-8 nor valid "
                                                 "CP932 (Shift_JIS), and there is no .cpg file naming the encoding")
                                 .arg(fileNameOf(dbfPath)),
                             encodingHint());
        }
    }

    const QString origin = encodingOrigin(choice.source, cpgPath.value_or(QString()));
    if (choice.encoding == TextEncoding::Utf8
        && (guess == EncodingGuess::Cp932 || guess == EncodingGuess::Unknown)) {
        throw InputError(dbfPath, {},
                         (guess == EncodingGuess::Cp932
                              ? LayerReaderText::tr("The text attributes of %1 are not valid UTF-8, although %2 says "
                                                    "UTF-8; they look like CP932 (Shift_JIS)")
                              : LayerReaderText::tr("The text attributes of %1 are not valid UTF-8, although %2 says "
                                                    "UTF-8"))
                             .arg(fileNameOf(dbfPath), origin),
                         encodingHint());
    }
    if (choice.encoding == TextEncoding::Cp932 && guess == EncodingGuess::Unknown) {
        throw InputError(dbfPath, {},
                         LayerReaderText::tr("The text attributes of %1 are not valid CP932 (Shift_JIS), although "
                                             "%2 says CP932")
                             .arg(fileNameOf(dbfPath), origin),
                         encodingHint());
    }
    if (choice.encoding == TextEncoding::Cp932) {
        // GDAL's own recoding drops bytes that have no Unicode equivalent (and says so once per
        // process), so the text is converted here first, where every loss is an error.
        try {
            decodeText(dbf.text, TextEncoding::Cp932, dbfPath);
        } catch (const InputError &error) {
            throw InputError(dbfPath, {},
                             LayerReaderText::tr("The text attributes of %1 cannot be read as CP932 (Shift_JIS), "
                                                 "as %2 says: %3")
                                 .arg(fileNameOf(dbfPath), origin, error.diagnostic().message),
                             encodingHint());
        }
    }
    if (choice.encoding == TextEncoding::Cp932 && guess == EncodingGuess::Utf8) {
        warnings.push_back({Severity::Warning, shpPath, {},
                            LayerReaderText::tr("The text attributes look like UTF-8, but %1 says CP932 "
                                                "(Shift_JIS): names may be garbled")
                                .arg(origin),
                            encodingHint()});
    }
    return choice;
}

// GDAL opens a .shp without its .dbf (no attributes) and would, if allowed, rebuild a missing .shx.
// Both hide a broken copy, so they are refused here with the missing file named.
void requireCompanions(const QString &shpPath, const QFileInfo &info)
{
    for (const QString &extension : {QStringLiteral("shx"), QStringLiteral("dbf")}) {
        if (!companionFile(info, extension))
            throw InputError(shpPath, {},
                             LayerReaderText::tr("%1.%2 is missing: a shapefile needs its .shp, .shx and .dbf")
                                 .arg(info.completeBaseName(), extension),
                             LayerReaderText::tr("copy all the files that came with %1 (.shp, .shx, .dbf, .prj, "
                                                 ".cpg) into the same folder")
                                 .arg(info.fileName()));
    }
}

} // namespace

ShapefileCheck checkShapefile(const QString &shpPath, const std::optional<TextEncoding> &encoding,
                              Diagnostics &warnings)
{
    const QFileInfo info(shpPath);
    requireCompanions(shpPath, info);
    const QString shxPath = *companionFile(info, QStringLiteral("shx"));
    const QString dbfPath = *companionFile(info, QStringLiteral("dbf"));
    checkShapeFileLength(shpPath, QStringLiteral("(.shp)"));
    checkShapeFileLength(shxPath, LayerReaderText::tr("index (.shx)"));
    const DbfInfo dbf = readDbfInfo(dbfPath);
    const qint64 shxRecords = shxRecordCount(shxPath);
    if (shxRecords != dbf.recordCount)
        throw InputError(shpPath, {},
                         LayerReaderText::tr("%1 and %2 do not belong together: the index has %3 shapes, "
                                             "the attribute table %4 records")
                             .arg(fileNameOf(shxPath), fileNameOf(dbfPath))
                             .arg(shxRecords)
                             .arg(dbf.recordCount),
                         damagedHint());

    const EncodingChoice choice =
        chooseShapefileEncoding(shpPath, dbfPath, dbf, companionFile(info, QStringLiteral("cpg")), encoding, warnings);
    ShapefileCheck check;
    check.encoding = choice.encoding;
    check.encodingSource = choice.source;
    if (dbf.allRecordsScanned)
        check.expectedFeatures = dbf.recordCount - dbf.deletedCount;
    return check;
}

} // namespace madoguchi::gis::layerreading
