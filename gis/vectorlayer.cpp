#include "gis/vectorlayer.h"

#include <QCoreApplication>

namespace madoguchi::gis {

namespace {

// Messages are looked up in the "VectorLayerText" context of the translations.
struct VectorLayerText
{
    Q_DECLARE_TR_FUNCTIONS(VectorLayerText)
};

} // namespace

QString geometryKindName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::None:
        return VectorLayerText::tr("none");
    case GeometryKind::Point:
        return VectorLayerText::tr("point");
    case GeometryKind::Line:
        return VectorLayerText::tr("line");
    case GeometryKind::Polygon:
        return VectorLayerText::tr("polygon");
    }
    return {};
}

QVariant VectorLayer::value(const Feature &feature, const QString &fieldName) const
{
    const int index = fieldIndex(fieldName);
    if (index < 0 || index >= feature.values.size())
        return {};
    return feature.values.at(index);
}

} // namespace madoguchi::gis
