#include "gis/maprenderer.h"

#include "gis/mapstyle.h"
#include "gis/rendercontext.h"
#include "gis/renderjob.h"

#include <QTransform>

#include <algorithm>
#include <cmath>

// The renderer's parts, each in its own file: renderjob (the layer passes), rendercontext (transforms,
// scales, fonts), maplabels (label placement and drawing), mapfurniture (credits, scale bar, north
// arrow, notice, legend) and pathsimplification (geometry to screen paths).

namespace madoguchi::gis {

bool MapRenderer::render(QPainter &painter, const MapContent &content, const MapSettings &settings,
                         const Feedback *feedback)
{
    if (isCancelled(feedback))
        return false;
    RenderJob job(painter, content, settings, feedback);
    return job.run();
}

bool MapRenderer::render(QPainter &painter, const MapContent &content, const MapSettings &settings,
                         const Feedback *feedback, OfficeLabels *officeLabels)
{
    if (isCancelled(feedback))
        return false;
    RenderJob job(painter, content, settings, feedback);
    const bool complete = job.run();
    if (officeLabels)
        job.reportOfficeLabels(*officeLabels);
    return complete;
}

std::optional<QString> MapRenderer::officeAt(const QPointF &screenPoint, const MapSettings &settings,
                                             const MapContent &content, double tolerancePixels)
{
    const LayerSettings &layer = settings.layer(MapLayer::Offices);
    if (!layer.visible || layer.opacity <= 0.0 || settings.visibleExtent().isNull())
        return std::nullopt;
    const QTransform toScreen = settings.mapToScreen();
    const QRectF output(QPointF(0, 0), QSizeF(settings.outputSize));
    const MapOffice *best = nullptr;
    double bestDistance = 0.0;
    for (const MapOffice &office : content.offices) {
        const QPointF point = toScreen.map(office.point);
        if (!output.contains(point))
            continue;
        const OfficeSymbol &symbol = settings.style.officeSymbol(office.kind);
        const double radius = symbol.sizePoints * settings.pixelsPerPoint() / 2.0;
        const double distance = std::max(0.0, std::hypot(point.x() - screenPoint.x(), point.y() - screenPoint.y()) - radius);
        if (distance > tolerancePixels)
            continue;
        const bool better = !best || distance < bestDistance
                            || (distance == bestDistance && kindRank(office.kind) > kindRank(best->kind));
        if (better) {
            best = &office;
            bestDistance = distance;
        }
    }
    if (!best)
        return std::nullopt;
    return best->id;
}

QStringList MapRenderer::officesIn(const QRectF &screenRect, const MapSettings &settings, const MapContent &content)
{
    QStringList ids;
    const LayerSettings &layer = settings.layer(MapLayer::Offices);
    if (!layer.visible || layer.opacity <= 0.0 || settings.visibleExtent().isNull())
        return ids;
    const QRectF rect = screenRect.normalized();
    const QTransform toScreen = settings.mapToScreen();
    for (const MapOffice &office : content.offices) {
        if (rect.contains(toScreen.map(office.point)))
            ids.push_back(office.id);
    }
    return ids;
}

MapRenderer::ScaleBar MapRenderer::scaleBar(double groundMetersPerPixel, double maxPixels)
{
    ScaleBar bar;
    const double maxGround = maxPixels * groundMetersPerPixel;
    if (!(maxGround > 0.0) || !std::isfinite(maxGround))
        return bar;
    // The largest 1, 2 or 5 × 10ⁿ of which two steps fit.
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxGround / 2.0)));
    bar.stepMeters = magnitude;
    for (double mantissa : {5.0, 2.0}) {
        if (2.0 * mantissa * magnitude <= maxGround) {
            bar.stepMeters = mantissa * magnitude;
            break;
        }
    }
    bar.steps = std::clamp(int(std::floor(maxGround / bar.stepMeters)), 2, 4);
    bar.stepPixels = bar.stepMeters / groundMetersPerPixel;
    return bar;
}

QString MapRenderer::formatDistance(double meters)
{
    if (meters >= 1000.0) {
        const double km = meters / 1000.0;
        // Whole kilometres (a threshold such as 5 km) without decimals.
        if (std::abs(km - std::round(km)) < 1e-9)
            return QStringLiteral("%1 km").arg(qint64(std::llround(km)));
        return QStringLiteral("%1 km").arg(km, 0, 'f', 2);
    }
    return QStringLiteral("%1 m").arg(qint64(std::llround(meters)));
}

} // namespace madoguchi::gis
