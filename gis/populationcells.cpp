#include "gis/populationcells.h"

#include "core/diagnostic.h"
#include "core/feedback.h"
#include "gis/geos.h"
#include "gis/vectorlayer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "PopulationCellsText" context of the translations.
struct PopulationCellsText
{
    Q_DECLARE_TR_FUNCTIONS(PopulationCellsText)
};

constexpr std::size_t kProgressInterval = 64;

QString featureLocation(const Feature &feature, const QString &field = {})
{
    if (field.isEmpty())
        return PopulationCellsText::tr("feature %1").arg(feature.number);
    return PopulationCellsText::tr("feature %1, field %2").arg(feature.number).arg(field);
}

int requireField(const VectorLayer &layer, const QString &field, const QString &role)
{
    const int index = layer.fieldIndex(field);
    if (index < 0) {
        throw InputError(
            layer.path, PopulationCellsText::tr("field %1").arg(field),
            PopulationCellsText::tr("the population layer has no field %1 (mapped as the %2)").arg(field, role),
            PopulationCellsText::tr("map the %1 to one of the layer's fields: %2")
                .arg(role, layer.fieldNames.join(QStringLiteral(", "))));
    }
    return index;
}

enum class NumberStatus { Missing, Number, NotANumber };

struct ParsedNumber
{
    NumberStatus status = NumberStatus::Missing;
    double value = 0.0;
};

// Accepts numeric values and text holding a number: full-width digits (NFKC) and thousands
// separators as Excel writes them ("1,234.5") are allowed, nothing else.
ParsedNumber parseNumber(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return {NumberStatus::NotANumber, number};
        return {NumberStatus::Number, number};
    }
    case QMetaType::QString: {
        QString text = value.toString().normalized(QString::NormalizationForm_KC).trimmed();
        if (text.isEmpty())
            return {};
        static const QRegularExpression grouped(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?$"));
        if (grouped.match(text).hasMatch())
            text.remove(QLatin1Char(','));
        bool ok = false;
        const double number = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(number))
            return {NumberStatus::NotANumber, 0.0};
        return {NumberStatus::Number, number};
    }
    default:
        return {NumberStatus::NotANumber, 0.0};
    }
}

QString describeValue(const QVariant &value)
{
    return QStringLiteral("\"%1\"").arg(value.toString());
}

// Census mesh codes may come as numbers (from a numeric DBF column): written without exponent or
// decimals when they are whole.
QString idText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15)
            return QString::number(qlonglong(number));
    }
    return value.toString().trimmed();
}

GeoPoint pointOf(const GEOSGeometry *point)
{
    GEOSContextHandle_t context = geosContext();
    GeoPoint result;
    if (!GEOSGeomGetX_r(context, point, &result.longitudeDeg)
        || !GEOSGeomGetY_r(context, point, &result.latitudeDeg))
        throw InputError(QString(), QString(),
                         PopulationCellsText::tr("cannot read a point: %1").arg(takeLastGeosError()));
    return result;
}

// Where the feature's residents are taken to live; see populationCells().
GeoPoint representativePoint(const VectorLayer &layer, const Feature &feature)
{
    GEOSContextHandle_t context = geosContext();
    const GEOSGeometry *geometry = feature.geometry.get();
    if (!geometry || GEOSisEmpty_r(context, geometry) == 1) {
        throw InputError(layer.path, featureLocation(feature),
                         PopulationCellsText::tr("the population cell has no geometry, so its residents cannot be "
                                                 "placed"),
                         PopulationCellsText::tr("remove the feature or give it its area"));
    }
    if (GEOSGeomTypeId_r(context, geometry) == GEOS_POINT)
        return pointOf(geometry);

    const auto fail = [&](const QString &what) {
        return InputError(layer.path, featureLocation(feature),
                          PopulationCellsText::tr("cannot find a point for the population cell (%1): %2")
                              .arg(what, takeLastGeosError()),
                          PopulationCellsText::tr("repair the geometry in a GIS (e.g. QGIS's Fix geometries)"));
    };
    GeosGeometryPtr centroid(GEOSGetCentroid_r(context, geometry));
    if (!centroid)
        throw fail(PopulationCellsText::tr("centroid"));
    if (layer.geometryKind == GeometryKind::Polygon) {
        const char covered = GEOSCovers_r(context, geometry, centroid.get());
        if (covered == 2)
            throw fail(PopulationCellsText::tr("centroid test"));
        if (covered == 0) {
            GeosGeometryPtr onSurface(GEOSPointOnSurface_r(context, geometry));
            if (!onSurface)
                throw fail(PopulationCellsText::tr("point on surface"));
            return pointOf(onSurface.get());
        }
    }
    return pointOf(centroid.get());
}

} // namespace

std::vector<PopulationCell> populationCells(const VectorLayer &layer, const QString &populationField,
                                            const QString &population65Field, const QString &idField,
                                            Feedback *feedback)
{
    if (layer.geometryKind != GeometryKind::Polygon && layer.geometryKind != GeometryKind::Point) {
        throw InputError(
            layer.path, layer.layerName,
            PopulationCellsText::tr("the population layer must have polygons (e.g. mesh cells) or points"),
            PopulationCellsText::tr("choose a population layer of areas or points"));
    }
    const int populationIndex = requireField(layer, populationField, PopulationCellsText::tr("population field"));
    const int population65Index = population65Field.isEmpty()
        ? -1
        : requireField(layer, population65Field, PopulationCellsText::tr("65+ population field"));
    const int idIndex
        = idField.isEmpty() ? -1 : requireField(layer, idField, PopulationCellsText::tr("cell id field"));

    const auto valueAt = [](const Feature &feature, int index) {
        return index >= 0 && index < feature.values.size() ? feature.values.at(index) : QVariant();
    };

    std::vector<PopulationCell> cells;
    cells.reserve(layer.features.size());
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        if (feedback) {
            feedback->checkCancelled();
            if (i % kProgressInterval == 0)
                feedback->setProgress(double(i) / double(layer.features.size()));
        }
        const Feature &feature = layer.features[i];
        PopulationCell cell;

        if (idIndex >= 0) {
            cell.id = idText(valueAt(feature, idIndex));
            if (cell.id.isEmpty())
                cell.id = featureLocation(feature);
        } else {
            cell.id = QString::number(feature.number);
        }

        const QVariant populationValue = valueAt(feature, populationIndex);
        const ParsedNumber population = parseNumber(populationValue);
        if (population.status == NumberStatus::Missing) {
            throw InputError(
                layer.path, featureLocation(feature, populationField),
                PopulationCellsText::tr("the population is empty"),
                PopulationCellsText::tr("every cell needs its number of residents (0 where nobody lives); "
                                        "a missing count is not read as zero"));
        }
        if (population.status == NumberStatus::NotANumber) {
            throw InputError(
                layer.path, featureLocation(feature, populationField),
                PopulationCellsText::tr("the population %1 is not a number").arg(describeValue(populationValue)),
                PopulationCellsText::tr("check that the population field is mapped to the count of residents"));
        }
        if (population.value < 0.0) {
            throw InputError(
                layer.path, featureLocation(feature, populationField),
                PopulationCellsText::tr("the population %1 is negative").arg(population.value),
                PopulationCellsText::tr("check the population layer: a count of residents cannot be negative"));
        }
        cell.population = population.value;

        if (population65Index >= 0) {
            const QVariant value = valueAt(feature, population65Index);
            const ParsedNumber population65 = parseNumber(value);
            if (population65.status == NumberStatus::NotANumber) {
                throw InputError(
                    layer.path, featureLocation(feature, population65Field),
                    PopulationCellsText::tr("the 65+ population %1 is not a number").arg(describeValue(value)),
                    PopulationCellsText::tr("check that the 65+ field is mapped to the count of residents "
                                            "aged 65 and over"));
            }
            if (population65.status == NumberStatus::Number) {
                if (population65.value < 0.0) {
                    throw InputError(
                        layer.path, featureLocation(feature, population65Field),
                        PopulationCellsText::tr("the 65+ population %1 is negative").arg(population65.value),
                        PopulationCellsText::tr("check the population layer: a count of residents cannot be "
                                                "negative"));
                }
                cell.population65 = population65.value;
            }
        }

        cell.representativePoint = representativePoint(layer, feature);
        cells.push_back(std::move(cell));
    }
    if (feedback)
        feedback->setProgress(1.0);
    return cells;
}

} // namespace madoguchi::gis
