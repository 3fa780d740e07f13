#include "gis/renderjob.h"

#include "gis/officesymbol.h"

#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace madoguchi::gis {

RenderJob::RenderJob(QPainter &painter, const MapContent &content, const MapSettings &settings,
                     const Feedback *feedback)
    : mContext(painter, content, settings, feedback)
    , mLabels(mContext)
    , mFurniture(mContext)
{
}

bool RenderJob::run()
{
    QPainter &painter = mContext.painter;
    painter.save();
    painter.setClipRect(mContext.output);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(mContext.output, mContext.settings.backgroundColor);
    if (mContext.visibleExtent.isNull() || mContext.pixelsPerMeter <= 0.0) {
        painter.restore();
        return true;
    }
    mFurniture.layout(mLabels);

    bool complete = true;
    for (MapLayer layer : mContext.settings.drawOrder) {
        if (mContext.cancelled() || !drawLayer(layer)) {
            complete = false;
            break;
        }
    }
    if (complete && !mContext.cancelled()) {
        mLabels.placeAndDraw(mWardScreenPaths, mFurniture);
        mFurniture.draw();
    }
    complete = complete && !mContext.cancelled();
    painter.restore();
    return complete;
}

void RenderJob::reportOfficeLabels(MapRenderer::OfficeLabels &report) const
{
    mLabels.reportOfficeLabels(report);
    report.key = mFurniture.keyEntries();
    report.furniture = mFurniture.pieces();
}

bool RenderJob::drawLayer(MapLayer layer)
{
    if (!mContext.visible(layer))
        return true;
    mContext.painter.setOpacity(std::clamp(mContext.settings.layer(layer).opacity, 0.0, 1.0));
    bool complete = true;
    switch (layer) {
    case MapLayer::Population:
        complete = drawPopulation();
        break;
    case MapLayer::Wards:
        complete = drawWards();
        break;
    case MapLayer::SchoolDistricts:
        complete = drawSchoolDistricts();
        break;
    case MapLayer::ThresholdCircles:
        complete = drawThresholdCircles();
        break;
    case MapLayer::NearestLines:
        complete = drawNearestLines();
        break;
    case MapLayer::Schools:
        complete = drawSchools();
        break;
    case MapLayer::Offices:
        complete = drawOffices();
        break;
    case MapLayer::Impact:
        complete = drawImpact();
        break;
    }
    mContext.painter.setOpacity(1.0);
    return complete;
}

// --- population -------------------------------------------------------------------------------------

std::optional<QColor> RenderJob::populationColor(const MapPopulationCell &cell) const
{
    const MapStyle &style = mContext.style;
    const ChoroplethClass *found = nullptr;
    if (mContext.settings.populationChoropleth == PopulationChoropleth::Density) {
        if (cell.areaSquareMeters <= 0.0)
            return std::nullopt;
        found = MapStyle::classFor(style.densityClasses, cell.value / (cell.areaSquareMeters / 1e6));
    } else if (mContext.settings.populationChoropleth == PopulationChoropleth::Share65) {
        if (!cell.value65 || cell.value <= 0.0)
            return style.noDataColor;
        found = MapStyle::classFor(style.share65Classes, *cell.value65 / cell.value * 100.0);
    }
    return found ? found->color : style.noDataColor;
}

bool RenderJob::drawPopulation()
{
    const RenderContext &ctx = mContext;
    const MapStyle &style = ctx.style;
    const std::vector<MapPopulationCell> &cells = ctx.content.population;
    if (ctx.settings.populationChoropleth == PopulationChoropleth::Off || cells.empty())
        return true;
    int counter = 0;
    double maxValue = 0.0;
    for (const MapPopulationCell &cell : cells)
        maxValue = std::max(maxValue, cell.value);

    ctx.useScreenCoordinates();
    for (const MapPopulationCell &cell : cells) {
        if (!ctx.tick(counter))
            return false;
        if (cell.path.isEmpty() || !cell.bounds.intersects(ctx.visibleExtent))
            continue;
        const std::optional<QColor> color = populationColor(cell);
        if (!color)
            continue;
        // A hairline in the fill colour closes the antialiasing seams between adjacent cells.
        ctx.painter.setPen(ctx.linePen(*color, 0.6));
        ctx.painter.setBrush(*color);
        ctx.painter.drawPath(ctx.screenPath(cell.path));
    }
    // Point cells: circles whose area is proportional to the residents.
    const QColor pointColor = style.densityClasses.empty() ? style.noDataColor : style.densityClasses.back().color;
    for (const MapPopulationCell &cell : cells) {
        if (!ctx.tick(counter))
            return false;
        if (!cell.path.isEmpty() || maxValue <= 0.0)
            continue;
        const QPointF point = ctx.toScreen(cell.point);
        const double radius = ctx.px(10.0) * std::sqrt(std::max(0.0, cell.value) / maxValue);
        if (!ctx.onScreen(point, radius))
            continue;
        QColor fill = ctx.settings.populationChoropleth == PopulationChoropleth::Share65
                          ? populationColor(cell).value_or(style.noDataColor)
                          : pointColor;
        fill.setAlphaF(0.7);
        ctx.painter.setPen(QPen(Qt::white, ctx.px(0.4)));
        ctx.painter.setBrush(fill);
        ctx.painter.drawEllipse(point, radius, radius);
    }
    return true;
}

// --- wards and districts ----------------------------------------------------------------------------

bool RenderJob::drawWards()
{
    const RenderContext &ctx = mContext;
    const std::vector<MapPolygon> &wards = ctx.content.wards;
    ctx.useScreenCoordinates();
    int counter = 0;
    mWardScreenPaths.assign(wards.size(), QPainterPath());
    for (std::size_t i = 0; i < wards.size(); ++i) {
        if (!ctx.tick(counter))
            return false;
        if (wards[i].bounds.intersects(ctx.visibleExtent))
            mWardScreenPaths[i] = ctx.screenPath(wards[i].path);
    }
    // The population choropleth lies below the wards: then the wards are outlines only.
    const bool fill = ctx.settings.populationChoropleth == PopulationChoropleth::Off
                      || !ctx.visible(MapLayer::Population) || ctx.content.population.empty();
    if (fill) {
        ctx.painter.setPen(Qt::NoPen);
        for (std::size_t i = 0; i < wards.size(); ++i) {
            ctx.painter.setBrush(ctx.style.wardFill(wards[i].colorIndex));
            ctx.painter.drawPath(mWardScreenPaths[i]);
        }
    }
    // Outlines after all fills, so a shared boundary is drawn at full width on both sides.
    ctx.painter.setBrush(Qt::NoBrush);
    ctx.painter.setPen(ctx.linePen(ctx.style.wardOutlineColor, ctx.px(ctx.style.wardOutlineWidthPoints)));
    for (const QPainterPath &path : mWardScreenPaths) {
        if (!ctx.tick(counter))
            return false;
        ctx.painter.drawPath(path);
    }
    return true;
}

bool RenderJob::drawSchoolDistricts()
{
    const RenderContext &ctx = mContext;
    ctx.useScreenCoordinates();
    ctx.painter.setBrush(Qt::NoBrush);
    int counter = 0;
    for (const MapPolygon &district : ctx.content.schoolDistricts) {
        if (!ctx.tick(counter))
            return false;
        if (!district.bounds.intersects(ctx.visibleExtent))
            continue;
        QPen pen = ctx.linePen(ctx.style.schoolDistrictColor, ctx.px(ctx.style.schoolDistrictWidthPoints),
                               district.approximate ? Qt::CustomDashLine : Qt::SolidLine);
        if (district.approximate)
            pen.setDashPattern({6.0, 3.0});
        ctx.painter.setPen(pen);
        ctx.painter.drawPath(ctx.screenPath(district.path));
    }
    return true;
}

// --- circles and lines ------------------------------------------------------------------------------

bool RenderJob::drawThresholdCircles()
{
    const RenderContext &ctx = mContext;
    ctx.useScreenCoordinates();
    std::vector<QPainterPath> rings;
    for (const MapThresholdCircle &circle : ctx.content.thresholdCircles) {
        if (circle.bounds.intersects(ctx.visibleExtent))
            rings.push_back(ctx.screenPath(circle.ring));
    }
    ctx.painter.setPen(Qt::NoPen);
    ctx.painter.setBrush(ctx.style.circleFillColor);
    for (const QPainterPath &ring : rings)
        ctx.painter.drawPath(ring);
    ctx.painter.setBrush(Qt::NoBrush);
    ctx.painter.setPen(ctx.linePen(ctx.style.circleOutlineColor, ctx.px(ctx.style.circleOutlineWidthPoints)));
    for (const QPainterPath &ring : rings)
        ctx.painter.drawPath(ring);
    return !ctx.cancelled();
}

bool RenderJob::drawNearestLines()
{
    const RenderContext &ctx = mContext;
    ctx.useScreenCoordinates();
    ctx.painter.setBrush(Qt::NoBrush);
    for (const MapNearestLine &line : ctx.content.nearestLines) {
        if (!line.bounds.adjusted(-1, -1, 1, 1).intersects(ctx.visibleExtent))
            continue;
        QPen pen = ctx.linePen(line.withinThreshold ? ctx.style.lineWithinColor : ctx.style.lineBeyondColor,
                               ctx.px(ctx.style.lineWidthPoints), Qt::CustomDashLine);
        pen.setDashPattern({5.0, 3.0});
        ctx.painter.setPen(pen);
        ctx.painter.drawPath(ctx.screenPath(line.path));
    }
    return !ctx.cancelled();
}

// --- a scenario's impact ----------------------------------------------------------------------------

// The hatch of the impact layer: anchored to the map's origin, so that it moves with the map when
// it is panned and neighbouring cells continue each other's lines.
void RenderJob::drawHatch(const QPainterPath &screenArea, const QColor &color, double widthPixels, double spacing)
{
    paintHatch(mContext.painter, screenArea, mContext.output, color, widthPixels, spacing,
               mContext.toScreen(QPointF(0, 0)));
}

const MapOffice *RenderJob::officeById(const QString &id) const
{
    for (const MapOffice &office : mContext.content.offices) {
        if (office.id == id)
            return &office;
    }
    return nullptr;
}

// The population cells beyond the distance guide after the scenario, hatched; then each closed
// counter's line to its receiving counter, dashed, with an arrowhead that stops at the edge of the
// receiving counter's symbol (when the offices are drawn).
bool RenderJob::drawImpact()
{
    mContext.useScreenCoordinates();
    int counter = 0;
    return hatchCellsBeyondGuide(counter) && drawTransferLines(counter);
}

bool RenderJob::hatchCellsBeyondGuide(int &counter)
{
    const RenderContext &ctx = mContext;
    const MapStyle &style = ctx.style;
    QPainterPath beyond;
    beyond.setFillRule(Qt::OddEvenFill); // cells do not overlap; holes stay holes
    for (const MapPopulationCell &cell : ctx.content.population) {
        if (!ctx.tick(counter))
            return false;
        if (!cell.beyondThresholdAfter || cell.path.isEmpty() || !cell.bounds.intersects(ctx.visibleExtent))
            continue;
        beyond.addPath(ctx.screenPath(cell.path));
    }
    drawHatch(beyond, style.impactHatchColor, ctx.px(style.impactHatchWidthPoints),
              ctx.px(style.impactHatchSpacingPoints));
    // Point cells beyond the guide: a hatched disc of fixed size.
    QPainterPath beyondPoints;
    for (const MapPopulationCell &cell : ctx.content.population) {
        if (!ctx.tick(counter))
            return false;
        if (!cell.beyondThresholdAfter || !cell.path.isEmpty())
            continue;
        const QPointF point = ctx.toScreen(cell.point);
        const double radius = ctx.px(5.0);
        if (ctx.onScreen(point, radius))
            beyondPoints.addEllipse(point, radius, radius);
    }
    drawHatch(beyondPoints, style.impactHatchColor, ctx.px(style.impactHatchWidthPoints),
              ctx.px(style.impactHatchSpacingPoints) * 0.6);
    return true;
}

bool RenderJob::drawTransferLines(int &counter)
{
    const RenderContext &ctx = mContext;
    const std::vector<MapLayer> &order = ctx.settings.drawOrder;
    const bool officesDrawn =
        ctx.visible(MapLayer::Offices) && std::find(order.begin(), order.end(), MapLayer::Offices) != order.end();
    for (const MapTransferLine &line : ctx.content.transferLines) {
        if (!ctx.tick(counter))
            return false;
        if (line.path.elementCount() < 2 || !line.bounds.adjusted(-1, -1, 1, 1).intersects(ctx.visibleExtent))
            continue;
        QPen pen = ctx.linePen(ctx.style.closeColor, ctx.px(ctx.style.transferWidthPoints), Qt::CustomDashLine);
        pen.setDashPattern({4.0, 2.5});
        ctx.painter.setPen(pen);
        ctx.painter.setBrush(Qt::NoBrush);
        ctx.painter.drawPath(ctx.screenPath(line.path));
        drawTransferArrowhead(line, officesDrawn);
    }
    return true;
}

// The arrowhead points along the line's last stretch (a geodesic of a few kilometres is straight to
// well under a pixel), with its tip at the receiving symbol's edge.
void RenderJob::drawTransferArrowhead(const MapTransferLine &line, bool officesDrawn)
{
    const RenderContext &ctx = mContext;
    const double arrowLength = ctx.px(ctx.style.transferArrowPoints);
    const int count = line.path.elementCount();
    const QPointF end = ctx.toScreen(line.path.elementAt(count - 1));
    QPointF before = end;
    for (int i = count - 2; i >= 0; --i) {
        before = ctx.toScreen(line.path.elementAt(i));
        if (std::hypot(end.x() - before.x(), end.y() - before.y()) >= arrowLength)
            break;
    }
    const QPointF start = ctx.toScreen(line.path.elementAt(0));
    const double length = std::hypot(end.x() - start.x(), end.y() - start.y());
    const double back = std::hypot(end.x() - before.x(), end.y() - before.y());
    const MapOffice *receiving = officesDrawn ? officeById(line.toOfficeId) : nullptr;
    const MapOffice *closed = officesDrawn ? officeById(line.fromOfficeId) : nullptr;
    // The tip stops just outside the receiving symbol's outline and halo.
    const MapStyle &style = ctx.style;
    const double endGap =
        receiving ? ctx.officeRadius(*receiving)
                        + ctx.px(style.officeOutlineWidthPoints / 2.0 + style.officeHaloWidthPoints + 0.4)
                  : 0.0;
    const double startGap = closed ? ctx.officeRadius(*closed) : 0.0;
    // No room for an arrowhead between the two symbols: the line alone shows the link.
    if (back <= 0.0 || length < startGap + endGap + arrowLength || !ctx.onScreen(end, endGap + arrowLength))
        return;
    const QPointF direction = (end - before) / back;
    paintArrowhead(ctx.painter, end - direction * endGap, direction, arrowLength, ctx.style.closeColor);
}

// --- point symbols ----------------------------------------------------------------------------------

// Schools as a ring with a dot, all in two fills: strokes would cost a stroker pass per symbol.
bool RenderJob::drawSchools()
{
    const RenderContext &ctx = mContext;
    ctx.useScreenCoordinates();
    const double radius = ctx.px(ctx.style.schoolSizePoints) / 2.0;
    const double ringWidth = ctx.px(0.8);
    QPainterPath marks;
    marks.setFillRule(Qt::OddEvenFill);
    QPainterPath insides;
    int counter = 0;
    for (const MapPoint &school : ctx.content.schools) {
        if (!ctx.tick(counter))
            return false;
        const QPointF point = ctx.toScreen(school.point);
        if (!ctx.onScreen(point, radius))
            continue;
        // Not an obstacle to labels: at city scale the schools would crowd out the offices' names.
        marks.addEllipse(point, radius, radius);
        marks.addEllipse(point, radius - ringWidth, radius - ringWidth);
        marks.addEllipse(point, radius * 0.3, radius * 0.3);
        insides.addEllipse(point, radius - ringWidth, radius - ringWidth);
    }
    ctx.painter.fillPath(insides, Qt::white);
    ctx.painter.fillPath(marks, ctx.style.schoolColor);
    return true;
}

bool RenderJob::drawOffices()
{
    const RenderContext &ctx = mContext;
    const MapStyle &style = ctx.style;
    ctx.useScreenCoordinates();
    // Branches first, ward offices last (on top).
    std::vector<const MapOffice *> order;
    for (const MapOffice &office : ctx.content.offices)
        order.push_back(&office);
    std::stable_sort(order.begin(), order.end(), [](const MapOffice *a, const MapOffice *b) {
        return kindRank(a->kind) < kindRank(b->kind);
    });
    int counter = 0;
    for (const MapOffice *office : order) {
        if (!ctx.tick(counter))
            return false;
        const QPointF point = ctx.toScreen(office->point);
        const double radius = ctx.officeRadius(*office);
        const bool selected = ctx.settings.selectedOfficeIds.contains(office->id);
        const bool highlighted =
            !ctx.settings.highlightedOfficeId.isEmpty() && ctx.settings.highlightedOfficeId == office->id;
        const double ringRadius = radius + ctx.px(style.selectionGapPoints);
        if (!ctx.onScreen(point, ringRadius + ctx.px(2)))
            continue;
        if (selected || highlighted)
            drawSelectionRing(point, ringRadius, selected, highlighted);
        paintOfficeSymbol(ctx.painter, style, office->kind, style.decisionColor(office->decision), point,
                          ctx.pixelsPerPoint);
        const double clear =
            (selected || highlighted) ? ringRadius + ctx.px(style.selectionWidthPoints) / 2 : radius;
        mLabels.addSymbol(point, clear);
    }
    return true;
}

// The ring around a selected or highlighted office (two rings when it is both).
void RenderJob::drawSelectionRing(const QPointF &point, double ringRadius, bool selected, bool highlighted)
{
    const RenderContext &ctx = mContext;
    QPainter &painter = ctx.painter;
    painter.setBrush(Qt::NoBrush);
    const double width = ctx.px(ctx.style.selectionWidthPoints);
    // A dark edge under the ring keeps a yellow ring visible on light fills.
    painter.setPen(QPen(QColor(0, 0, 0, 110), width + ctx.px(0.8)));
    painter.drawEllipse(point, ringRadius, ringRadius);
    painter.setPen(QPen(highlighted ? ctx.style.highlightColor : ctx.style.selectionColor, width));
    painter.drawEllipse(point, ringRadius, ringRadius);
    if (selected && highlighted) {
        const double outer = ringRadius + width;
        painter.drawEllipse(point, outer, outer);
    }
}

} // namespace madoguchi::gis
