#include "gis/vectorlayer.h"

namespace madoguchi::gis {

QString geometryKindName(GeometryKind kind)
{
    switch (kind) {
    case GeometryKind::None:
        return QStringLiteral("none");
    case GeometryKind::Point:
        return QStringLiteral("point");
    case GeometryKind::Line:
        return QStringLiteral("line");
    case GeometryKind::Polygon:
        return QStringLiteral("polygon");
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
