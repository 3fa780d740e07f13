#include "gis/officesymbol.h"

#include <QPainter>
#include <QPen>
#include <QPolygonF>

#include <cmath>
#include <numbers>

namespace madoguchi::gis {

QPainterPath officeSymbolPath(const MapStyle &style, OfficeKind kind, const QPointF &centre, double pixelsPerPoint,
                              double scale)
{
    const OfficeSymbol &symbol = style.officeSymbol(kind);
    const double half = symbol.sizePoints * pixelsPerPoint * scale / 2.0;
    QPainterPath path;
    switch (symbol.shape) {
    case SymbolShape::Square:
        path.addRect(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half));
        break;
    case SymbolShape::Circle:
        path.addEllipse(centre, half, half);
        break;
    case SymbolShape::Diamond:
        // A diamond's corners reach a little further than a circle's edge, so that both look as large.
        path.addPolygon(QPolygonF({centre + QPointF(0, -half * 1.2), centre + QPointF(half * 1.2, 0),
                                   centre + QPointF(0, half * 1.2), centre + QPointF(-half * 1.2, 0)}));
        path.closeSubpath();
        break;
    case SymbolShape::Triangle:
        path.addPolygon(QPolygonF({centre + QPointF(0, -half * 1.15), centre + QPointF(half * 1.1, half * 0.8),
                                   centre + QPointF(-half * 1.1, half * 0.8)}));
        path.closeSubpath();
        break;
    }
    return path;
}

void paintOfficeSymbol(QPainter &painter, const MapStyle &style, OfficeKind kind, const QColor &fill,
                       const QPointF &centre, double pixelsPerPoint, double scale)
{
    const QPainterPath path = officeSymbolPath(style, kind, centre, pixelsPerPoint, scale);
    const double outline = style.officeOutlineWidthPoints * pixelsPerPoint;
    painter.save();
    if (style.officeHaloWidthPoints > 0.0) {
        // The halo: a wide stroke under the outline, of which the part outside the outline shows.
        painter.setPen(QPen(style.officeHaloColor, outline + 2.0 * style.officeHaloWidthPoints * pixelsPerPoint,
                            Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.setPen(QPen(style.officeOutlineColor, outline));
    painter.setBrush(fill);
    painter.drawPath(path);
    painter.restore();
}

double officeSymbolRadius(const MapStyle &style, OfficeKind kind, double pixelsPerPoint, double scale)
{
    const OfficeSymbol &symbol = style.officeSymbol(kind);
    const double half = symbol.sizePoints * pixelsPerPoint * scale / 2.0;
    switch (symbol.shape) {
    case SymbolShape::Square:
        return half * std::numbers::sqrt2; // the corners
    case SymbolShape::Diamond:
        return half * 1.2;
    case SymbolShape::Triangle:
        return half * 1.15;
    case SymbolShape::Circle:
        break;
    }
    return half;
}

void paintArrowhead(QPainter &painter, const QPointF &tip, const QPointF &direction, double length,
                    const QColor &color)
{
    const QPointF normal(-direction.y(), direction.x());
    const double halfWidth = length * 0.45;
    const QPointF base = tip - direction * length;
    const QPointF points[] = {tip, base + normal * halfWidth, base - normal * halfWidth};
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(points, 3);
    painter.restore();
}

void paintHatch(QPainter &painter, const QPainterPath &area, const QRectF &bounds, const QColor &color,
                double widthPixels, double spacing, const QPointF &anchor)
{
    const QRectF box = area.boundingRect().intersected(bounds.adjusted(-widthPixels, -widthPixels, widthPixels,
                                                                       widthPixels));
    if (box.isEmpty() || !(spacing > 0.0))
        return;
    // The lines are x + y = c; neighbours differ in c by spacing·√2.
    const double step = spacing * std::numbers::sqrt2;
    const double through = anchor.x() + anchor.y();
    const double first = through + std::floor((box.left() + box.top() - through) / step) * step;
    const double last = box.right() + box.bottom();
    QPainterPath lines;
    for (double c = first; c <= last + step; c += step) {
        lines.moveTo(c - box.bottom() - widthPixels, box.bottom() + widthPixels);
        lines.lineTo(c - box.top() + widthPixels, box.top() - widthPixels);
    }
    painter.save();
    painter.setClipPath(area, Qt::IntersectClip);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color, widthPixels, Qt::SolidLine, Qt::FlatCap));
    painter.drawPath(lines);
    painter.restore();
}

} // namespace madoguchi::gis
