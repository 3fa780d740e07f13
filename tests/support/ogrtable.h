#pragma once

// Reading the attribute table of one layer through GDAL (a sheet of an XLSX workbook, a GeoPackage
// layer), for the tests that check exported files. Only for test executables that link GDAL.

#include "testsupport.h"

#include <gdal.h>
#include <ogr_api.h>

#include <QStringList>
#include <QVariant>

#include <vector>

namespace madoguchi::test {

struct OgrTable
{
    QStringList fields;
    std::vector<OGRFieldType> types; // parallel to fields
    std::vector<QVariantList> rows;  // QString, double or qlonglong; a null QVariant for an unset field

    int column(const QString &name) const
    {
        const int index = int(fields.indexOf(name));
        INFO("column " << name.toStdString());
        REQUIRE(index >= 0);
        return index;
    }

    // The row whose `keyColumn` holds `key`; fails the test when there is none.
    const QVariantList &row(const QString &keyColumn, const QString &key) const
    {
        const int index = column(keyColumn);
        for (const QVariantList &values : rows)
            if (values.at(index).toString() == key)
                return values;
        INFO("no row with " << keyColumn.toStdString() << " = " << key.toStdString());
        FAIL();
        return rows.front();
    }

    QVariant value(const QString &keyColumn, const QString &key, const QString &name) const
    {
        return row(keyColumn, key).at(column(name));
    }
};

// Opens `path` read-only as a vector dataset (UTF-8 path), with GDAL open options such as
// "HEADERS=DISABLE" for an XLSX sheet; fails the test when GDAL cannot.
inline GDALDatasetH openOgrDataset(const QString &path, const QStringList &openOptions = {})
{
    GDALAllRegister();
    std::vector<QByteArray> optionBytes;
    for (const QString &option : openOptions)
        optionBytes.push_back(option.toUtf8());
    std::vector<const char *> options;
    for (const QByteArray &option : optionBytes)
        options.push_back(option.constData());
    options.push_back(nullptr);
    GDALDatasetH dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                      options.data(), nullptr);
    INFO("opening " << path.toStdString());
    REQUIRE(dataset != nullptr);
    return dataset;
}

// The names of the dataset's layers, in order.
inline QStringList ogrLayerNames(const QString &path)
{
    GDALDatasetH dataset = openOgrDataset(path);
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(dataset); ++i)
        names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(dataset, i)));
    GDALClose(dataset);
    return names;
}

inline OgrTable readOgrTable(const QString &path, const QString &layerName, const QStringList &openOptions = {})
{
    GDALDatasetH dataset = openOgrDataset(path, openOptions);
    OGRLayerH layer = GDALDatasetGetLayerByName(dataset, layerName.toUtf8().constData());
    INFO("layer " << layerName.toStdString());
    REQUIRE(layer != nullptr);
    OgrTable table;
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(definition, i);
        table.fields << QString::fromUtf8(OGR_Fld_GetNameRef(field));
        table.types.push_back(OGR_Fld_GetType(field));
    }
    OGR_L_ResetReading(layer);
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        QVariantList values;
        for (int i = 0; i < table.fields.size(); ++i) {
            if (!OGR_F_IsFieldSetAndNotNull(feature, i)) {
                values.push_back(QVariant());
                continue;
            }
            switch (table.types[std::size_t(i)]) {
            case OFTReal: values.push_back(OGR_F_GetFieldAsDouble(feature, i)); break;
            case OFTInteger:
            case OFTInteger64: values.push_back(qlonglong(OGR_F_GetFieldAsInteger64(feature, i))); break;
            default: values.push_back(QString::fromUtf8(OGR_F_GetFieldAsString(feature, i))); break;
            }
        }
        table.rows.push_back(values);
        OGR_F_Destroy(feature);
    }
    GDALClose(dataset);
    return table;
}

} // namespace madoguchi::test
