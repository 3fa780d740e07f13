#pragma once

// The state one render of the map shares between its parts (render job, labels, furniture): the
// painter and what it is, the map's transforms and scales, and the fonts. Private to the renderer.

#include "core/office.h"
#include "gis/mapcontent.h"
#include "gis/mapsettings.h"
#include "gis/mapstyle.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTransform>

#include <optional>

class QPainter;

namespace madoguchi {
class Feedback;
}

namespace madoguchi::gis {

// Features drawn between two checks of the cancel flag.
inline constexpr int kCancelCheckEvery = 256;

bool isCancelled(const Feedback *feedback);

// The drawing order of office kinds (branches 0, general branches 1, ward offices 2): higher ones are
// drawn on top, labelled first and win ties when picked.
int kindRank(OfficeKind kind);

// Text as filled outlines: independent of the paint device's resolution (a QImage, an SVG or a PDF
// all get the same shapes at any dpi) and easy to give a halo. Outlines are made at a fixed reference
// size and scaled, so label sizes in points map exactly to fractional pixel sizes.
//
// `forTextDevice`: for a device that keeps text as text (PDF, SVG). There the glyphs come straight
// from the font's character map, without OpenType substitutions (QFont::PreferNoShaping): Qt's PDF
// engine can name the character of a mapped glyph only, so the substituted ones (Noto Sans CJK gives
// digits next to Latin letters, as in "3.82 km", alternate glyphs that look the same) would be lost to
// text search and copying. This also drops Latin kerning, a fraction of a point in a few pairs.
class TextMaker
{
public:
    TextMaker(const QString &family, bool forTextDevice);

    // The outline of `text` with its box's top-left corner at the origin; box = size().
    QPainterPath path(const QString &text, double pixelSize, bool bold) const;

    QSizeF size(const QString &text, double pixelSize, bool bold) const;

    // Draws `text` as text, glyph for glyph where path() puts its outline (the same font at the same
    // reference size, scaled the same way), with its box's top-left corner at `topLeft` (before the
    // trim, as path() has it). For devices that keep text (PDF, SVG): there it stays selectable and
    // searchable, and the PDF embeds the font.
    void draw(QPainter &painter, const QString &text, const QPointF &topLeft, double pixelSize, bool bold,
              const QColor &color) const;

    QString family() const { return mRegular.family(); }

    // Vertical offset between the untrimmed box top and the trimmed one, in pixels at `pixelSize`.
    double trimOffset(double pixelSize, bool bold) const;

private:
    static constexpr int kReferencePixels = 100;
    QFont mRegular;
    QFont mBold;
};

// What every pass of one render reads: fixed when the render starts, except the painter's state and
// the scale denominator, which is worked out when first asked for.
struct RenderContext
{
    RenderContext(QPainter &painter, const MapContent &content, const MapSettings &settings,
                  const Feedback *feedback);

    QPainter &painter;
    const MapContent &content;
    const MapSettings &settings;
    const MapStyle &style;
    const Feedback *const feedback;
    // Texts go to the device as text (SVG, PDF, QPicture) rather than outlines.
    const bool textAsText;
    const TextMaker textMaker;

    const QRectF visibleExtent;  // display metres
    const QTransform worldToScreen;
    const QTransform base;       // the painter's transform when the render started
    const QRectF output;         // (0, 0, settings.outputSize)
    const double pixelsPerMeter; // 0 when nothing is visible
    const double pixelsPerPoint;
    // Cached label images only where they come out pixel-identical: a raster device drawn at its own
    // resolution (no scaling by the caller).
    const bool rasterLabels;
    const double devicePixelRatio;

    // Devices that keep text as text get it as text (selectable, searchable, the font embedded); the
    // others outlines. QPrinter's engine on Linux is the PDF one.
    static bool keepsText(const QPainter &painter);

    double px(double points) const { return points * pixelsPerPoint; }
    QPen linePen(const QColor &color, double widthPixels, Qt::PenStyle style = Qt::SolidLine) const
    {
        return QPen(color, widthPixels, style, Qt::FlatCap, Qt::BevelJoin);
    }

    // Back to the painter's transform at the start: screen pixels of the map's output.
    void useScreenCoordinates() const;
    QPointF toScreen(const QPointF &mapPoint) const { return worldToScreen.map(mapPoint); }
    bool onScreen(const QPointF &screenPoint, double margin = 0.0) const
    {
        return output.adjusted(-margin, -margin, margin, margin).contains(screenPoint);
    }
    // Visible at an opacity above zero.
    bool visible(MapLayer layer) const;
    bool cancelled() const { return isCancelled(feedback); }
    // Counts a feature; false when the render has been cancelled (asked every kCancelCheckEvery).
    bool tick(int &counter) const { return ++counter % kCancelCheckEvery != 0 || !cancelled(); }

    // `mapPath` on screen, generalised to what the output can show (see gis/pathsimplification.h),
    // with a margin wider than any pen.
    QPainterPath screenPath(const QPainterPath &mapPath) const;

    // The radius of the circle around an office's symbol that its rings and labels keep clear of.
    double officeRadius(const MapOffice &office) const;

    double scaleDenominator() const;

    // Plain text (no halo) with its box's top-left at `topLeft`: text on devices that keep text,
    // outlines elsewhere.
    void drawText(const QString &text, const QPointF &topLeft, double pixelSize, bool bold, const QColor &color) const;
    // `text` over a halo: its `outline` (textMaker.path() moved to `origin`, the top-left of the untrimmed
    // box) stroked with `haloPen`, then on devices that keep text the text drawn at `origin`, elsewhere
    // the outline filled.
    void drawTextWithHalo(const QString &text, const QPainterPath &outline, const QPointF &origin, double pixelSize,
                          bool bold, const QColor &color, const QPen &haloPen) const;

private:
    mutable std::optional<double> mScaleDenominator;
};

} // namespace madoguchi::gis
