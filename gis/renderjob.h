#pragma once

// One render of the map (MapRenderer::render): the background, each layer in the draw order, then the
// labels and the furniture. Private to the renderer.

#include "gis/mapfurniture.h"
#include "gis/maplabels.h"
#include "gis/maprenderer.h"
#include "gis/rendercontext.h"

#include <QColor>
#include <QPainterPath>

#include <optional>
#include <vector>

class QPainter;

namespace madoguchi {
class Feedback;
}

namespace madoguchi::gis {

class RenderJob
{
public:
    RenderJob(QPainter &painter, const MapContent &content, const MapSettings &settings, const Feedback *feedback);

    // Draws the whole map; false when it was cancelled part way.
    bool run();
    // How run() named the offices.
    void reportOfficeLabels(MapRenderer::OfficeLabels &report) const;

private:
    // Each layer's pass returns false when the render was cancelled during it.
    bool drawLayer(MapLayer layer);

    std::optional<QColor> populationColor(const MapPopulationCell &cell) const;
    bool drawPopulation();

    bool drawWards();
    bool drawSchoolDistricts();
    bool drawThresholdCircles();
    bool drawNearestLines();

    bool drawImpact();
    // The impact's parts; `counter` counts the features of the whole layer between cancel checks.
    bool hatchCellsBeyondGuide(int &counter);
    bool drawTransferLines(int &counter);
    void drawTransferArrowhead(const MapTransferLine &line, bool officesDrawn);
    void drawHatch(const QPainterPath &screenArea, const QColor &color, double widthPixels, double spacing);
    const MapOffice *officeById(const QString &id) const;

    bool drawSchools();
    bool drawOffices();
    void drawSelectionRing(const QPointF &point, double ringRadius, bool selected, bool highlighted);

    RenderContext mContext;
    MapLabels mLabels;
    MapFurniture mFurniture;
    std::vector<QPainterPath> mWardScreenPaths; // parallel to the content's wards; empty when off screen
};

} // namespace madoguchi::gis
