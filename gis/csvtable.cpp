#include "gis/csvtable.h"

#include "core/diagnostic.h"
#include "gis/gdalhandles.h"

#include <cpl_vsi.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

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

} // namespace

CsvTable readCsvTable(const QString &path, std::optional<TextEncoding> encoding)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        throw InputError(path, {}, CsvTableText::tr("%1 does not exist").arg(fileName),
                         CsvTableText::tr("check the file's name and folder"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(path, {}, CsvTableText::tr("%1 cannot be read: %2").arg(fileName, file.errorString()),
                         CsvTableText::tr("check that you may read the file and that no other program locks it"));
    QByteArray bytes = file.readAll();
    file.close();

    CsvTable table;
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
    if (hasBom)
        bytes.remove(0, 3); // not text in either encoding
    if (encoding) {
        table.encoding = *encoding;
        table.encodingSource = EncodingSource::Override;
    } else {
        table.encodingSource = EncodingSource::Detected;
        switch (hasBom ? EncodingGuess::Utf8 : guessEncoding(bytes)) {
        case EncodingGuess::Ascii:
        case EncodingGuess::Utf8:
            table.encoding = TextEncoding::Utf8;
            break;
        case EncodingGuess::Cp932:
            table.encoding = TextEncoding::Cp932;
            break;
        case EncodingGuess::Unknown:
            throw InputError(path, {},
                             CsvTableText::tr("%1 is neither valid UTF-8 nor valid CP932 (Shift_JIS) text")
                                 .arg(fileName),
                             encodingHint());
        }
    }
    // decodeText refuses bytes that are not valid in the encoding: no replacement character can slip
    // into a cell.
    const QString text = decodeText(bytes, table.encoding, path);
    const QByteArray utf8 = table.encoding == TextEncoding::Utf8 ? bytes : text.toUtf8();
    const std::vector<int> lines = csvRecordStartLines(utf8);

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

    const GIntBig total = OGR_L_GetFeatureCount(layer, TRUE);
    table.exactLines = total >= 0 && qsizetype(lines.size()) == qsizetype(total) + 1;
    int recordNumber = 0;
    OGR_L_ResetReading(layer);
    for (;;) {
        OgrFeaturePtr feature(OGR_L_GetNextFeature(layer));
        if (!collector.errors().isEmpty())
            throw InputError(path, {}, CsvTableText::tr("%1 cannot be read: %2").arg(fileName, collector.errors()),
                             CsvTableText::tr("check that the file is a complete CSV table"));
        if (!feature)
            break;
        ++recordNumber;
        CsvRecord record;
        record.line = table.exactLines ? lines[std::size_t(recordNumber)] : recordNumber + 1;
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
        table.records.push_back(std::move(record));
    }
    return table;
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

std::vector<int> csvRecordStartLines(const QByteArray &utf8)
{
    std::vector<int> starts;
    int line = 1;
    int recordStart = 1;
    bool inQuotes = false;
    bool empty = true;
    for (const char c : utf8) {
        if (c == '"') {
            inQuotes = !inQuotes;
            empty = false;
        } else if (c == '\n') {
            if (!inQuotes) {
                if (!empty)
                    starts.push_back(recordStart);
                recordStart = line + 1;
                empty = true;
            }
            ++line;
        } else if (c != '\r') {
            empty = false;
        }
    }
    if (!empty)
        starts.push_back(recordStart);
    return starts;
}

} // namespace madoguchi::gis
