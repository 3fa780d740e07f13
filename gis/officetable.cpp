#include "gis/officetable.h"

#include "core/feedback.h"
#include "core/fiscalyear.h"
#include "core/terms.h"
#include "gis/csvtable.h"
#include "gis/gdalhandles.h"
#include "gis/layerreader.h"
#include "gis/spatialreference.h"

#include <cpl_string.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "OfficeTableText" context of the translations.
struct OfficeTableText
{
    Q_DECLARE_TR_FUNCTIONS(OfficeTableText)
};

QString fieldsHint()
{
    return OfficeTableText::tr(
        "name the column for the offices layer in the project file (\"fields\": {\"%1\": \"<column>\"})");
}

// Cells as planners type them: full-width digits and signs (１２３４, －), surrounding spaces (also the
// ideographic space U+3000). NFKC folds the widths.
QString normalizedNumberText(const QString &cell)
{
    return cell.normalized(QString::NormalizationForm_KC).trimmed();
}

// One row of the source, whatever it came from: the cells by header column, where it is in the source
// ("line 5" in a CSV, "feature 3" in a layer) and, for a point layer, its location.
struct SourceRow
{
    int sourceRow = 0;
    QString where;
    QStringList cells;
    std::optional<GeoPoint> location;
};

struct SourceTable
{
    QStringList header;
    std::vector<SourceRow> rows;
    bool fromLayer = false;
};

SourceTable readCsv(const QString &path, const OfficeTableOptions &options, OfficeTable &table,
                    Feedback *feedback)
{
    CsvTable csv = readCsvTable(path, options.encoding, feedback);
    table.encoding = csv.encoding;
    table.encodingSource = csv.encodingSource;
    SourceTable source;
    source.header = std::move(csv.header);
    source.rows.reserve(csv.records.size());
    int dataRow = 0;
    for (CsvRecord &record : csv.records) {
        ++dataRow;
        SourceRow row;
        row.sourceRow = record.line;
        // Line numbers are exact when the reader and GDAL agree on the records (they always should);
        // otherwise messages fall back to the data row number.
        row.where = csv.exactLines ? OfficeTableText::tr("line %1").arg(record.line)
                                   : OfficeTableText::tr("data row %1").arg(dataRow);
        row.cells = std::move(record.cells);
        source.rows.push_back(std::move(row));
    }
    if (feedback)
        feedback->setProgress(0.9);
    return source;
}

SourceTable readPointLayer(const QString &path, const OfficeTableOptions &options, OfficeTable &table,
                           Feedback *feedback)
{
    LayerReadOptions layerOptions;
    layerOptions.layerName = options.layerName;
    layerOptions.encoding = options.encoding;
    layerOptions.crs = options.crs;
    const VectorLayer layer = readVectorLayer(path, layerOptions, feedback);
    const QString fileName = QFileInfo(path).fileName();
    if (layer.geometryKind != GeometryKind::Point)
        throw InputError(path, {},
                         OfficeTableText::tr("%1 holds %2 geometries; the offices must be points")
                             .arg(fileName, geometryKindName(layer.geometryKind)),
                         OfficeTableText::tr("use a point layer, or a CSV table with latitude and longitude columns"));
    table.encoding = layer.encoding;
    table.encodingSource = layer.encodingSource;
    table.coordinateCrs = layer.sourceCrs;
    table.warnings = layer.warnings;

    SourceTable source;
    source.fromLayer = true;
    source.header = layer.fieldNames;
    GEOSContextHandle_t context = geosContext();
    for (const Feature &feature : layer.features) {
        SourceRow row;
        row.sourceRow = feature.number;
        row.where = OfficeTableText::tr("feature %1").arg(feature.number);
        for (const QVariant &value : feature.values)
            row.cells << (value.isNull() ? QString() : value.toString());
        if (!feature.geometry)
            throw InputError(path, row.where, OfficeTableText::tr("The office has no location"),
                             OfficeTableText::tr("place the office's point in a GIS"));
        const GEOSGeometry *point = feature.geometry.get();
        if (GEOSGeomTypeId_r(context, point) == GEOS_MULTIPOINT && GEOSGetNumGeometries_r(context, point) == 1)
            point = GEOSGetGeometryN_r(context, point, 0);
        if (GEOSGeomTypeId_r(context, point) != GEOS_POINT)
            throw InputError(path, row.where,
                             OfficeTableText::tr("The office's geometry is not a single point"),
                             OfficeTableText::tr("give each office exactly one point"));
        GeoPoint location;
        GEOSGeomGetX_r(context, point, &location.longitudeDeg);
        GEOSGeomGetY_r(context, point, &location.latitudeDeg);
        row.location = location;
        source.rows.push_back(std::move(row));
    }
    return source;
}

QString acceptedKinds()
{
    return OfficeTableText::tr("ward_office (区役所), general_branch (総合出張所), branch (出張所)");
}

QString acceptedDecisions()
{
    return OfficeTableText::tr("keep (継続), service_corner (行政サービスコーナー), close (廃止), upgrade (機能強化)");
}

double parseCoordinate(const QString &cell, const QString &file, const QString &location)
{
    const QString text = normalizedNumberText(cell);
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (text.isEmpty())
        throw InputError(file, location, OfficeTableText::tr("The coordinate is empty"),
                         OfficeTableText::tr("fill in the office's coordinates"));
    if (!ok || !std::isfinite(value))
        throw InputError(file, location, OfficeTableText::tr("\"%1\" is not a number").arg(cell),
                         OfficeTableText::tr("write coordinates as decimal numbers with '.' (e.g. 32.80300)"));
    return value;
}

// The header order columns of the mapping that this reader uses, with the mapping member names for
// messages.
std::vector<std::pair<QString, QString>> mappedColumns(const FieldMapping &fields)
{
    std::vector<std::pair<QString, QString>> columns{
        {QStringLiteral("id"), fields.id},           {QStringLiteral("name"), fields.name},
        {QStringLiteral("nameEn"), fields.nameEn},   {QStringLiteral("kind"), fields.kind},
        {QStringLiteral("ward"), fields.ward},       {QStringLiteral("address"), fields.address},
        {QStringLiteral("latitude"), fields.latitude}, {QStringLiteral("longitude"), fields.longitude},
        {QStringLiteral("x"), fields.x},             {QStringLiteral("y"), fields.y},
        {QStringLiteral("decision"), fields.decision},
    };
    for (const auto &[year, column] : fields.workloadByFiscalYear)
        columns.emplace_back(OfficeTableText::tr("workload %1").arg(fiscalYearName(year, translationLanguage())), column);
    return columns;
}


// Refuses a table with two workload columns for one fiscal year (e.g. fy2014_count and H26) that the
// mapping does not choose between: which count is right cannot be guessed, and reading one would
// silently drop the other.
void checkOneColumnPerYear(const QString &path, const QStringList &header, const FieldMapping &fields,
                           const FieldMapping &explicitFields)
{
    // The columns the mapping gives another meaning (a decision column named 2016年方針 is no count).
    const QStringList otherFields{fields.id,   fields.name,     fields.nameEn,    fields.kind,
                                  fields.ward, fields.address,  fields.latitude,  fields.longitude,
                                  fields.x,    fields.y,        fields.decision};
    std::map<int, QStringList> columnsOfYear;
    for (const QString &column : header) {
        if (otherFields.contains(column))
            continue;
        if (const std::optional<int> year = fiscalYearFromColumnName(column))
            columnsOfYear[*year].append(column);
    }
    for (const auto &[year, columns] : columnsOfYear) {
        if (columns.size() < 2 || explicitFields.workloadByFiscalYear.count(year))
            continue;
        throw InputError(path, {},
                         OfficeTableText::tr("the columns %1 all hold the workload of %2: which one counts cannot be "
                                             "told")
                             .arg(columns.join(QStringLiteral(", ")), fiscalYearName(year, translationLanguage())),
                         OfficeTableText::tr("keep one column per fiscal year, or name the year's column in the "
                                             "project's field mapping"));
    }
}

// Refuses a mapping that names a column the table lacks, and a table without the columns every office
// needs.
void checkColumns(const QString &path, const QStringList &header, const FieldMapping &fields)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString headerText = header.join(QStringLiteral(", "));
    for (const auto &[member, column] : mappedColumns(fields)) {
        if (!column.isEmpty() && !header.contains(column))
            throw InputError(path, {},
                             OfficeTableText::tr("The column \"%1\" (set for %2) is not in the table")
                                 .arg(column, member),
                             OfficeTableText::tr("the header has: %1").arg(headerText));
    }
    const auto requireColumn = [&](const QString &member, const QString &column, const QString &what) {
        if (column.isEmpty())
            throw InputError(path, {}, OfficeTableText::tr("%1 has no %2 column").arg(fileName, what),
                             OfficeTableText::tr("the header has: %1; ").arg(headerText) + fieldsHint().arg(member));
    };
    requireColumn(QStringLiteral("id"), fields.id, OfficeTableText::tr("id (番号)"));
    requireColumn(QStringLiteral("name"), fields.name, OfficeTableText::tr("name (名称)"));
    requireColumn(QStringLiteral("kind"), fields.kind, OfficeTableText::tr("kind (種別)"));
    // The evaluation compares each branch office with the ward office of its own ward.
    requireColumn(QStringLiteral("ward"), fields.ward, OfficeTableText::tr("ward (区)"));
}

// How a table's coordinate columns are read: latitude/longitude or x/y, and the transformation from
// the CRS set for them to geographic JGD2011 (none when they already are in it).
struct CoordinateColumns
{
    bool useLatLon = false;
    OgrSpatialReferencePtr srs;
    OgrCoordinateTransformationPtr transformation;
};

// A point layer has its geometry; a CSV needs latitude/longitude or x/y columns, and a CRS for x/y.
// Sets the table's coordinate CRS for a CSV.
CoordinateColumns resolveCoordinateColumns(const QString &path, const QStringList &header, const FieldMapping &fields,
                                           const OfficeTableOptions &options, OfficeTable &table)
{
    const QString fileName = QFileInfo(path).fileName();
    const QString headerText = header.join(QStringLiteral(", "));
    if (fields.latitude.isEmpty() != fields.longitude.isEmpty()) {
        const bool hasLatitude = !fields.latitude.isEmpty();
        throw InputError(path, {},
                         OfficeTableText::tr("%1 has a %2 column (%3) but no %4 column")
                             .arg(fileName,
                                  hasLatitude ? QStringLiteral("latitude") : QStringLiteral("longitude"),
                                  hasLatitude ? fields.latitude : fields.longitude,
                                  hasLatitude ? QStringLiteral("longitude") : QStringLiteral("latitude")),
                         OfficeTableText::tr("the header has: %1; ").arg(headerText)
                             + fieldsHint().arg(hasLatitude ? QStringLiteral("longitude")
                                                          : QStringLiteral("latitude")));
    }
    CoordinateColumns coordinates;
    coordinates.useLatLon = !fields.latitude.isEmpty();
    const bool useXy = !coordinates.useLatLon && !fields.x.isEmpty() && !fields.y.isEmpty();
    if (!coordinates.useLatLon && !useXy)
        throw InputError(path, {},
                         OfficeTableText::tr("%1 has no coordinate columns (latitude and longitude, or x and y)")
                             .arg(fileName),
                         OfficeTableText::tr("the header has: %1; ").arg(headerText)
                             + fieldsHint().arg(QStringLiteral("latitude")));
    if (useXy && !options.crs)
        throw InputError(path, {},
                         OfficeTableText::tr("%1 has projected coordinate columns (%2, %3) but no coordinate "
                                             "reference system is set for them")
                             .arg(fileName, fields.x, fields.y),
                         OfficeTableText::tr("set \"crs\" for the offices layer in the project file (e.g. "
                                             "\"EPSG:6670\" for JGD2011 plane rectangular zone II) or pass "
                                             "--crs offices=EPSG:6670 on the command line"));
    if (!options.crs) {
        table.coordinateCrs = QStringLiteral("EPSG:6668");
        return coordinates;
    }
    coordinates.srs = spatialReferenceFromUserText(*options.crs, path, QStringLiteral("crs"));
    if (coordinates.useLatLon && !OSRIsGeographic(coordinates.srs.get()))
        throw InputError(path, QStringLiteral("crs"),
                         OfficeTableText::tr("The coordinate reference system %1 set for the offices is "
                                             "projected, but the table has latitude/longitude columns")
                             .arg(crsShortName(coordinates.srs.get())),
                         OfficeTableText::tr("set a geographic CRS (e.g. \"EPSG:6668\"), or map the x and y "
                                        "columns instead"));
    table.coordinateCrs = crsShortName(coordinates.srs.get());
    if (!(isGeographicJgd2011OrWgs84(coordinates.srs.get()) && dataIsEastingFirst(coordinates.srs.get())))
        coordinates.transformation = transformationToJgd2011(coordinates.srs.get(), path);
    return coordinates;
}

// Where the mapped columns are in the header; -1 for an unmapped one.
struct ColumnIndexes
{
    int id, name, nameEn, kind, ward, address, decision, latitude, longitude, x, y;
};

ColumnIndexes columnIndexes(const QStringList &header, const FieldMapping &fields)
{
    const auto column = [&](const QString &name) { return int(header.indexOf(name)); };
    return {.id = column(fields.id),
            .name = column(fields.name),
            .nameEn = column(fields.nameEn),
            .kind = column(fields.kind),
            .ward = column(fields.ward),
            .address = column(fields.address),
            .decision = column(fields.decision),
            .latitude = column(fields.latitude),
            .longitude = column(fields.longitude),
            .x = column(fields.x),
            .y = column(fields.y)};
}

// What reading an office from a row needs besides the row.
struct RowReading
{
    const QString &path;
    const QStringList &header;
    const FieldMapping &fields;
    ColumnIndexes columns;
    const CoordinateColumns &coordinates;
    const QString &coordinateCrs;
    const GdalErrorCollector &collector;
};

// One row's cells, with messages that name the row and the column.
struct RowCells
{
    const RowReading &reading;
    const SourceRow &row;

    QString at(int index) const { return index >= 0 ? row.cells.value(index) : QString(); }
    QString where(int index) const
    {
        return row.where + OfficeTableText::tr(", column ") + reading.header.value(index);
    }
    QString required(int index, const QString &what) const
    {
        const QString value = at(index).trimmed();
        if (value.isEmpty())
            throw InputError(reading.path, where(index), OfficeTableText::tr("The %1 is empty").arg(what),
                             OfficeTableText::tr("fill in the %1 of every office").arg(what));
        return value;
    }
};

// The decision recorded in the row, if the table has the column and the cell is not empty.
std::optional<Decision> recordedDecision(const RowCells &cells)
{
    const int decisionColumn = cells.reading.columns.decision;
    if (decisionColumn < 0)
        return std::nullopt;
    const QString decisionText = cells.at(decisionColumn).trimmed();
    if (decisionText.isEmpty())
        return std::nullopt;
    const std::optional<Decision> decision = parseDecision(decisionText);
    if (!decision)
        throw InputError(cells.reading.path, cells.where(decisionColumn),
                         OfficeTableText::tr("Unknown decision \"%1\"").arg(decisionText),
                         OfficeTableText::tr("use one of: %1, or leave the cell empty").arg(acceptedDecisions()));
    return decision;
}

// The office's location from the row's coordinate cells, checked and transformed to JGD2011.
GeoPoint locationFromCells(const RowCells &cells)
{
    const RowReading &reading = cells.reading;
    const QString &path = reading.path;
    const bool useLatLon = reading.coordinates.useLatLon;
    const int eastColumn = useLatLon ? reading.columns.longitude : reading.columns.x;
    const int northColumn = useLatLon ? reading.columns.latitude : reading.columns.y;
    double east = parseCoordinate(cells.at(eastColumn), path, cells.where(eastColumn));
    double north = parseCoordinate(cells.at(northColumn), path, cells.where(northColumn));
    if (useLatLon) {
        if (std::abs(north) > 90.0)
            throw InputError(path, cells.where(reading.columns.latitude),
                             OfficeTableText::tr("The latitude %1 is out of range (-90 to 90)").arg(north),
                             std::abs(east) <= 90.0 ? OfficeTableText::tr("are latitude and longitude swapped?")
                                                    : OfficeTableText::tr("check the coordinates of this office"));
        if (std::abs(east) > 180.0)
            throw InputError(path, cells.where(reading.columns.longitude),
                             OfficeTableText::tr("The longitude %1 is out of range (-180 to 180)").arg(east),
                             OfficeTableText::tr("check the coordinates of this office"));
    }
    if (reading.coordinates.transformation) {
        if (!OCTTransform(reading.coordinates.transformation.get(), 1, &east, &north, nullptr)
            || !std::isfinite(east) || !std::isfinite(north))
            throw InputError(path, cells.row.where,
                             OfficeTableText::tr("The coordinates cannot be transformed from %1 to JGD2011: %2")
                                 .arg(reading.coordinateCrs, reading.collector.errors()),
                             OfficeTableText::tr("check the coordinates and the \"crs\" of the offices layer"));
        if (std::abs(north) > 90.0 || std::abs(east) > 180.0)
            throw InputError(path, cells.row.where,
                             OfficeTableText::tr("The coordinates lie outside the world after transforming "
                                                 "them from %1")
                                 .arg(reading.coordinateCrs),
                             OfficeTableText::tr("check the coordinates and the \"crs\" of the offices layer"));
    }
    return GeoPoint{east, north};
}

Office readOffice(const RowReading &reading, const SourceRow &row)
{
    const RowCells cells{reading, row};
    const ColumnIndexes &columns = reading.columns;
    Office office;
    office.sourceRow = row.sourceRow;
    office.id = cells.required(columns.id, QStringLiteral("id"));
    office.name = cells.required(columns.name, QStringLiteral("name"));
    const QString kindText = cells.required(columns.kind, QStringLiteral("kind"));
    office.ward = cells.required(columns.ward, QStringLiteral("ward"));
    office.nameEn = cells.at(columns.nameEn).trimmed();
    office.address = cells.at(columns.address).trimmed();

    const std::optional<OfficeKind> kind = parseOfficeKind(kindText);
    if (!kind)
        throw InputError(reading.path, cells.where(columns.kind),
                         OfficeTableText::tr("Unknown kind \"%1\"").arg(kindText),
                         OfficeTableText::tr("use one of: %1").arg(acceptedKinds()));
    office.kind = *kind;
    office.recordedDecision = recordedDecision(cells);
    office.location = row.location ? *row.location : locationFromCells(cells);

    for (const auto &[year, columnName] : reading.fields.workloadByFiscalYear) {
        const int index = reading.header.indexOf(columnName);
        office.workloadByFiscalYear[year] = parseCountCell(cells.at(index), reading.path, cells.where(index));
    }
    return office;
}

} // namespace

std::optional<double> parseCountCell(const QString &cell, const QString &file, const QString &location)
{
    QString text = normalizedNumberText(cell);
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression number(
        QStringLiteral("^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?$"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch())
        throw InputError(file, location, OfficeTableText::tr("\"%1\" is not a count").arg(cell),
                         OfficeTableText::tr("write counts as plain numbers (1234 or 1,234); leave the cell empty "
                                             "when the count is not known"));
    text.remove(QLatin1Char(','));
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        throw InputError(file, location, OfficeTableText::tr("\"%1\" is not a count").arg(cell),
                         OfficeTableText::tr("write counts as plain numbers (1234 or 1,234)"));
    if (match.captured(1) == QLatin1String("-") && value != 0.0)
        throw InputError(file, location, OfficeTableText::tr("The count %1 is negative").arg(cell.trimmed()),
                         OfficeTableText::tr("counts cannot be negative; leave the cell empty when the count is not "
                                             "known"));
    return std::abs(value);
}

OfficeTable readOfficeTable(const QString &path, const OfficeTableOptions &options, Feedback *feedback)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.exists())
        throw InputError(path, {}, OfficeTableText::tr("%1 does not exist").arg(fileName),
                         OfficeTableText::tr("check the path of the offices table in the project file or on the "
                                             "command line"));
    ensureGdalRegistered();

    OfficeTable table;
    SourceTable source = isCsvTablePath(path) ? readCsv(path, options, table, feedback)
                                              : readPointLayer(path, options, table, feedback);

    table.fields = detectFieldMapping(LayerRole::Offices, source.header).overriddenBy(options.fields);
    const FieldMapping &fields = table.fields;
    checkColumns(path, source.header, fields);
    checkOneColumnPerYear(path, source.header, fields, options.fields);
    CoordinateColumns coordinates;
    if (!source.fromLayer)
        coordinates = resolveCoordinateColumns(path, source.header, fields, options, table);

    if (source.rows.empty())
        throw InputError(path, {}, OfficeTableText::tr("%1 has no offices: it holds only a header").arg(fileName),
                         OfficeTableText::tr("add one row per office"));

    for (const auto &[year, columnName] : fields.workloadByFiscalYear)
        table.fiscalYears.push_back(year); // std::map: ascending

    GdalErrorCollector collector;
    const RowReading reading{path, source.header, fields, columnIndexes(source.header, fields),
                             coordinates, table.coordinateCrs, collector};
    std::map<QString, QString> whereById;
    for (const SourceRow &row : source.rows) {
        Office office = readOffice(reading, row);
        const auto [existing, inserted] = whereById.emplace(office.id, row.where);
        if (!inserted)
            throw InputError(path, RowCells{reading, row}.where(reading.columns.id),
                             OfficeTableText::tr("The id \"%1\" is used twice: on %2 and on %3")
                                 .arg(office.id, existing->second, row.where),
                             OfficeTableText::tr("give every office its own id"));
        table.offices.push_back(std::move(office));
    }
    if (feedback)
        feedback->setProgress(1.0);
    return table;
}

} // namespace madoguchi::gis
