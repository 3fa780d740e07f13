#include "gis/mapsettings.h"

#include "gis/displaycrs.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace madoguchi::gis {

namespace {

constexpr double kMetersPerInch = 0.0254;

bool hasArea(const QRectF &rect)
{
    return rect.width() > 0.0 && rect.height() > 0.0 && std::isfinite(rect.width()) && std::isfinite(rect.height());
}

} // namespace

QRectF MapSettings::visibleExtent() const
{
    if (!hasArea(extent) || outputSize.width() <= 0 || outputSize.height() <= 0)
        return QRectF();
    const double outputAspect = double(outputSize.width()) / double(outputSize.height());
    const double extentAspect = extent.width() / extent.height();
    QRectF visible = extent;
    if (extentAspect < outputAspect)
        visible.setWidth(extent.height() * outputAspect);
    else
        visible.setHeight(extent.width() / outputAspect);
    visible.moveCenter(extent.center());
    return visible;
}

double MapSettings::metersPerPixel() const
{
    const QRectF visible = visibleExtent();
    return visible.isNull() ? 0.0 : visible.width() / double(outputSize.width());
}

QTransform MapSettings::mapToScreen() const
{
    const QRectF visible = visibleExtent();
    if (visible.isNull())
        return QTransform();
    const double pixelsPerMeter = double(outputSize.width()) / visible.width();
    // x' = (x - west) * s; y' = (north - y) * s, with north = visible.bottom() (y north).
    return QTransform(pixelsPerMeter, 0.0, 0.0, -pixelsPerMeter, -visible.left() * pixelsPerMeter,
                      visible.bottom() * pixelsPerMeter);
}

QTransform MapSettings::screenToMap() const
{
    return mapToScreen().inverted();
}

void MapSettings::zoomToFit(const QRectF &bounds, double marginFraction)
{
    if (!hasArea(bounds)) {
        // A single point (or a line along an axis): show a square kilometre around it.
        const double size = std::max({bounds.width(), bounds.height(), 1000.0});
        extent = QRectF(0, 0, size, size);
        extent.moveCenter(bounds.center());
        return;
    }
    extent = bounds.adjusted(-bounds.width() * marginFraction, -bounds.height() * marginFraction,
                             bounds.width() * marginFraction, bounds.height() * marginFraction);
    extent = visibleExtent().isNull() ? extent : visibleExtent();
}

void MapSettings::zoomBy(double factor, const QPointF &screenAnchor)
{
    if (!(factor > 0.0) || visibleExtent().isNull())
        return;
    const QPointF anchor = toMap(screenAnchor);
    const QRectF visible = visibleExtent();
    const double width = visible.width() / factor;
    const double height = visible.height() / factor;
    // The anchor keeps its relative position in the extent.
    const double fx = (anchor.x() - visible.left()) / visible.width();
    const double fy = (anchor.y() - visible.top()) / visible.height();
    extent = QRectF(anchor.x() - fx * width, anchor.y() - fy * height, width, height);
}

void MapSettings::panByPixels(const QPointF &screenDelta)
{
    const double mpp = metersPerPixel();
    // Dragging the map right shows what is west; dragging it down shows what is north.
    extent.translate(-screenDelta.x() * mpp, screenDelta.y() * mpp);
}

double MapSettings::scaleDenominator(const DisplayCrs &crs) const
{
    const double mpp = metersPerPixel();
    if (mpp <= 0.0 || dpi <= 0.0)
        return 0.0;
    const double k = crs.isValid() ? crs.scaleFactor(crs.inverse(visibleExtent().center())) : 1.0;
    const double groundMetersPerPixel = mpp / k;
    const double paperMetersPerPixel = kMetersPerInch / dpi;
    return groundMetersPerPixel / paperMetersPerPixel;
}

QString MapSettings::formatScale(double denominator)
{
    QLocale english(QLocale::English, QLocale::UnitedStates);
    return QStringLiteral("1:%1").arg(english.toString(qint64(std::llround(denominator))));
}

} // namespace madoguchi::gis
