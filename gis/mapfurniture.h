#pragma once

// The map's furniture, drawn over the map and its labels: the credits with the display CRS, the scale
// bar, the north arrow, the approximate-district notice and the legend. Private to the renderer.

#include "gis/legend.h"
#include "gis/pointlabels.h"
#include "gis/rendercontext.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace madoguchi::gis {

class MapLabels;

class MapFurniture
{
public:
    explicit MapFurniture(const RenderContext &context);

    // Places the pieces the settings ask for in the output's corners (credits at the bottom left with
    // the scale bar above them, the north arrow at the top right, the notice at the top left, the
    // legend in its corner) and keeps the labels off them.
    void layout(MapLabels &labels);
    // Draws what layout() placed, in screen coordinates at full opacity.
    void draw();

    // Makes room for a key of `rows` numbered offices whose longest name is `nameWidth` pixels wide:
    // in the corner, clear of the other furniture, that covers the fewest of `points`. Returns the
    // key's panel (empty when the output has no room for it).
    QRectF layoutKey(int rows, double nameWidth, const std::vector<LabelledPoint> &points);
    // The key's entries: each office's number and name, in the order of the numbers.
    void setKeyEntries(std::vector<std::pair<int, QString>> entries);
    // The key as drawn ("number name" per entry) and every piece placed, for checks.
    QStringList keyEntries() const;
    std::vector<QRectF> pieces() const;

private:
    double margin() const { return mContext.px(6); }
    QStringList creditLines() const;

    // Each places its piece and adds it to the labels' obstacles. The credits return the y above them.
    double layoutCredits(MapLabels &labels, double bottomY);
    void layoutScaleBar(MapLabels &labels, double bottomY);
    void layoutNorthArrow(MapLabels &labels);
    void layoutNotice(MapLabels &labels);
    void layoutLegend(MapLabels &labels);

    void drawPanel(const QRectF &rect);
    void drawCredits();
    void drawScaleBar();
    void drawNorthArrow();
    void drawNotice();
    void drawLegend();
    void drawKey();
    double keyRowHeight() const;

    double legendTextPixels(bool title) const;
    double legendRowHeight(const LegendEntry *entry) const;
    double legendSymbolWidth() const { return mContext.px(kLegendSymbolWidthPoints); }

    const RenderContext &mContext;

    QRectF mCreditsRect;
    double mCreditLineHeight = 0.0;
    QRectF mScaleBarRect;
    int mScaleSteps = 0;
    double mScaleStepMeters = 0.0;
    double mScaleStepPixels = 0.0;
    QRectF mNorthArrowRect;
    QRectF mNoticeRect;
    QRectF mLegendRect;
    std::vector<LegendEntry> mLegendEntries;
    QRectF mKeyRect;
    int mKeyRows = 0; // per column
    double mKeyColumnWidth = 0.0;
    std::vector<std::pair<int, QString>> mKeyEntries;
};

} // namespace madoguchi::gis
