#pragma once

// The map's labels: collected from every labelled layer, placed without overlaps (see LabelPlacer)
// and drawn with halos. Private to the renderer.

#include "gis/labelplacer.h"
#include "gis/maprenderer.h"
#include "gis/pointlabels.h"
#include "gis/rendercontext.h"

#include <QColor>
#include <QPainterPath>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <vector>

namespace madoguchi::gis {

struct LabelJob
{
    QString text;
    double pixelSize = 10.0;
    bool bold = false;
    QColor color;
};

class MapFurniture;

class MapLabels
{
public:
    // Labels must lie inside the context's output.
    explicit MapLabels(const RenderContext &context);

    // Space no label may cover (a symbol, a piece of furniture).
    void addObstacle(const QRectF &rect) { mPlacer.addObstacle(rect); }
    // A round symbol no label may cover.
    void addSymbol(const QPointF &center, double radius) { mPlacer.addSymbol(center, radius); }

    // Names every office on screen (see placeOfficeLabels), then collects the other labels of the
    // visible layers (ward names, distances of the nearest-ward-office and transfer lines, circles,
    // districts, schools), places them and draws them all. `wardScreenPaths` are the wards' outlines on
    // screen as the ward layer drew them (parallel to the content's wards, empty ones are made anew).
    // Offices that must be numbered are listed in the furniture's key.
    void placeAndDraw(const std::vector<QPainterPath> &wardScreenPaths, MapFurniture &furniture);

    // The offices' symbols, labels and names as placed (for checks).
    void reportOfficeLabels(MapRenderer::OfficeLabels &report) const;

private:
    static constexpr std::size_t kMaxNumberedOffices = 400;

    void addLabel(const LabelJob &job, int priority, const std::function<std::vector<QRectF>(QSizeF)> &candidates,
                  std::function<bool(const QRectF &)> accepts = {});
    // The length of each of `lines` whose midpoint is on screen, in the colour colorOf(line) gives.
    template <typename Line, typename ColorOf>
    void addDistanceLabels(const std::vector<Line> &lines, int priority, bool bold, ColorOf colorOf);

    // Every office on screen named once (gis::placePointLabels: ward offices first, then selected
    // offices, then by kind): beside its symbol, by a leader line, or by a number in the key, for
    // which the furniture makes room in a corner (and the names are placed again around it).
    void placeOfficeLabels(MapFurniture &furniture);
    void drawOfficeLabels() const;
    void collectWardLabels(const std::vector<QPainterPath> &wardScreenPaths);
    void collectDistanceLabels();
    void collectTransferLabels();
    void collectCircleLabels();
    void collectSchoolDistrictLabels();
    void collectSchoolLabels();

    void drawLabel(const LabelJob &job, const QRectF &paddedRect) const;

    const RenderContext &mContext;
    LabelPlacer mPlacer;
    std::vector<const MapOffice *> mLabelledOffices; // parallel to mOfficePoints and mOfficeLabels
    std::vector<LabelledPoint> mOfficePoints;
    std::vector<PointLabel> mOfficeLabels;
    std::vector<LabelJob> mJobs;
    std::vector<LabelPlacer::Request> mRequests;
};

} // namespace madoguchi::gis
