#include "gis/maprenderer.h"

#include "gis/legend.h"
#include "gis/officesymbol.h"

#include "core/feedback.h"
#include "core/terms.h"

#include "gis/labelplacer.h"
#include "gis/pathsimplification.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QMutexLocker>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>

namespace madoguchi::gis {

namespace {

// Features drawn between two checks of the cancel flag.
constexpr int kCancelCheckEvery = 256;

bool isCancelled(const Feedback *feedback)
{
    return feedback && feedback->isCancelled();
}

int kindRank(OfficeKind kind)
{
    switch (kind) {
    case OfficeKind::WardOffice:
        return 2;
    case OfficeKind::GeneralBranch:
        return 1;
    case OfficeKind::Branch:
        return 0;
    }
    return 0;
}

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
    TextMaker(const QString &family, bool forTextDevice)
    {
        for (QFont *font : {&mRegular, &mBold}) {
            font->setFamily(family);
            font->setPixelSize(kReferencePixels);
            font->setHintingPreference(QFont::PreferNoHinting);
            font->setStyleStrategy(forTextDevice ? QFont::StyleStrategy(QFont::ForceOutline | QFont::PreferNoShaping)
                                                 : QFont::ForceOutline);
        }
        mBold.setWeight(QFont::Bold);
    }

    // The outline of `text` with its box's top-left corner at the origin; box = size().
    QPainterPath path(const QString &text, double pixelSize, bool bold) const
    {
        const QFont &font = bold ? mBold : mRegular;
        QPainterPath outline;
        outline.addText(QPointF(0, QFontMetricsF(font).ascent()), font, text);
        const double scale = pixelSize / kReferencePixels;
        return QTransform::fromScale(scale, scale).map(outline);
    }

    QSizeF size(const QString &text, double pixelSize, bool bold) const
    {
        const QFontMetricsF metrics(bold ? mBold : mRegular);
        const double scale = pixelSize / kReferencePixels;
        // Noto Sans CJK's ascent and descent leave room for accents above Latin capitals; the box is
        // trimmed to 1.25 em so neighbouring labels can sit closer without touching.
        const double height = std::min(metrics.ascent() + metrics.descent(), kReferencePixels * 1.25);
        return QSizeF(metrics.horizontalAdvance(text) * scale, height * scale);
    }

    // Draws `text` as text, glyph for glyph where path() puts its outline (the same font at the same
    // reference size, scaled the same way), with its box's top-left corner at `topLeft` (before the
    // trim, as path() has it). For devices that keep text (PDF, SVG): there it stays selectable and
    // searchable, and the PDF embeds the font.
    void draw(QPainter &painter, const QString &text, const QPointF &topLeft, double pixelSize, bool bold,
              const QColor &color) const
    {
        const QFont &font = bold ? mBold : mRegular;
        const double scale = pixelSize / kReferencePixels;
        painter.save();
        painter.translate(topLeft);
        painter.scale(scale, scale);
        painter.setFont(font);
        painter.setPen(color);
        painter.setBrush(Qt::NoBrush);
        painter.drawText(QPointF(0, QFontMetricsF(font).ascent()), text);
        painter.restore();
    }

    QString family() const { return mRegular.family(); }

    // Vertical offset between the untrimmed box top and the trimmed one, in pixels at `pixelSize`.
    double trimOffset(double pixelSize, bool bold) const
    {
        const QFontMetricsF metrics(bold ? mBold : mRegular);
        const double excess = metrics.ascent() + metrics.descent() - kReferencePixels * 1.25;
        return std::max(0.0, excess) / 2.0 * pixelSize / kReferencePixels;
    }

private:
    static constexpr int kReferencePixels = 100;
    QFont mRegular;
    QFont mBold;
};

struct LabelJob
{
    QString text;
    double pixelSize = 10.0;
    bool bold = false;
    QColor color;
};

// A label's text outline with the top-left of its padded box (halo included) at the origin.
QPainterPath textPath(const TextMaker &text, const LabelJob &job, double halo)
{
    QPainterPath path = text.path(job.text, job.pixelSize, job.bold);
    path.translate(halo, halo - text.trimOffset(job.pixelSize, job.bold));
    return path;
}

// Labels with halos as images, kept between renders. Stroking a halo around glyph outlines costs
// milliseconds per label (the outlines are curves), which an interactive canvas cannot pay for every
// label on every frame; the texts and sizes of a map's labels rarely change, so each is drawn once
// and blitted afterwards. Shared by all render threads (guarded); cleared when it grows beyond
// kMaxSprites, a few megabytes.
class LabelSpriteCache
{
public:
    static LabelSpriteCache &instance()
    {
        static LabelSpriteCache cache;
        return cache;
    }

    QImage sprite(const TextMaker &text, const LabelJob &job, double halo, const QColor &haloColor,
                  double devicePixelRatio)
    {
        const QChar separator(0x1f);
        const QString key = job.text + separator + text.family() + separator + QString::number(job.pixelSize, 'f', 3)
                            + separator + (job.bold ? QLatin1Char('b') : QLatin1Char('r')) + separator
                            + QString::number(job.color.rgba(), 16) + separator + QString::number(halo, 'f', 3)
                            + separator + QString::number(haloColor.rgba(), 16) + separator
                            + QString::number(devicePixelRatio, 'f', 3);
        {
            QMutexLocker lock(&mMutex);
            const auto found = mSprites.constFind(key);
            if (found != mSprites.constEnd())
                return *found;
        }
        const QSizeF size = text.size(job.text, job.pixelSize, job.bold);
        const QSize pixels(int(std::ceil((size.width() + 2 * halo) * devicePixelRatio)) + 1,
                           int(std::ceil((size.height() + 2 * halo) * devicePixelRatio)) + 1);
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.scale(devicePixelRatio, devicePixelRatio);
            const QPainterPath outline = textPath(text, job, halo);
            painter.strokePath(outline, QPen(haloColor, 2 * halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.fillPath(outline, job.color);
        }
        image.setDevicePixelRatio(devicePixelRatio);
        QMutexLocker lock(&mMutex);
        if (mSprites.size() >= kMaxSprites)
            mSprites.clear();
        mSprites.insert(key, image);
        return image;
    }

private:
    static constexpr qsizetype kMaxSprites = 600;
    QMutex mMutex;
    QHash<QString, QImage> mSprites;
};

class RenderJob
{
public:
    RenderJob(QPainter &painter, const MapContent &content, const MapSettings &settings,
              const Feedback *feedback)
        : mPainter(painter)
        , mContent(content)
        , mSettings(settings)
        , mStyle(settings.style)
        , mCancel(feedback)
        , mTextAsText(keepsText(painter))
        , mText(settings.style.fontFamily, mTextAsText)
    {
        mVisible = settings.visibleExtent();
        mWorldToScreen = settings.mapToScreen();
        mPixelsPerMeter = mVisible.isNull() ? 0.0 : double(settings.outputSize.width()) / mVisible.width();
        mPixelsPerPoint = settings.pixelsPerPoint();
        mOutput = QRectF(QPointF(0, 0), QSizeF(settings.outputSize));
        mBase = painter.transform();
        // Cached label images only where they come out pixel-identical: a raster device drawn at
        // its own resolution (no scaling by the caller).
        mRasterLabels = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster
                        && mBase.type() <= QTransform::TxTranslate;
        mDevicePixelRatio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    }

    // Devices that keep text as text get it as text (selectable, searchable, the font embedded); the
    // others outlines. QPrinter's engine on Linux is the PDF one.
    static bool keepsText(const QPainter &painter)
    {
        const QPaintEngine *engine = painter.paintEngine();
        if (!engine)
            return false;
        const QPaintEngine::Type type = engine->type();
        return type == QPaintEngine::Pdf || type == QPaintEngine::SVG || type == QPaintEngine::Picture;
    }

    bool run()
    {
        mPainter.save();
        mPainter.setClipRect(mOutput);
        mPainter.setRenderHint(QPainter::Antialiasing, true);
        mPainter.fillRect(mOutput, mSettings.backgroundColor);
        if (mVisible.isNull() || mPixelsPerMeter <= 0.0) {
            mPainter.restore();
            return true;
        }
        mLabels = LabelPlacer(mOutput);
        layoutFurniture();

        bool complete = true;
        for (MapLayer layer : mSettings.drawOrder) {
            if (isCancelled(mCancel) || !drawLayer(layer)) {
                complete = false;
                break;
            }
        }
        if (complete && !isCancelled(mCancel)) {
            placeAndDrawLabels();
            drawFurniture();
        }
        complete = complete && !isCancelled(mCancel);
        mPainter.restore();
        return complete;
    }

private:
    double px(double points) const { return points * mPixelsPerPoint; }
    QPen linePen(const QColor &color, double widthPixels, Qt::PenStyle style = Qt::SolidLine) const
    {
        return QPen(color, widthPixels, style, Qt::FlatCap, Qt::BevelJoin);
    }

    // `mapPath` on screen, generalised to what the output can show (see gis/pathsimplification.h),
    // with a margin wider than any pen.
    QPainterPath screenPath(const QPainterPath &mapPath) const
    {
        return gis::screenPath(mapPath, mWorldToScreen, mOutput, px(20));
    }

    void useScreenCoordinates() { mPainter.setTransform(mBase); }
    QPointF toScreen(const QPointF &mapPoint) const { return mWorldToScreen.map(mapPoint); }
    bool onScreen(const QPointF &screenPoint, double margin = 0.0) const
    {
        return mOutput.adjusted(-margin, -margin, margin, margin).contains(screenPoint);
    }
    bool visible(MapLayer layer) const
    {
        const LayerSettings &settings = mSettings.layer(layer);
        return settings.visible && settings.opacity > 0.0;
    }
    bool tick(int &counter) const { return ++counter % kCancelCheckEvery != 0 || !isCancelled(mCancel); }

    bool drawLayer(MapLayer layer)
    {
        if (!visible(layer))
            return true;
        mPainter.setOpacity(std::clamp(mSettings.layer(layer).opacity, 0.0, 1.0));
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
        mPainter.setOpacity(1.0);
        return complete;
    }

    // --- population -------------------------------------------------------------------------

    std::optional<QColor> populationColor(const MapPopulationCell &cell) const
    {
        const ChoroplethClass *found = nullptr;
        if (mSettings.populationChoropleth == PopulationChoropleth::Density) {
            if (cell.areaSquareMeters <= 0.0)
                return std::nullopt;
            found = MapStyle::classFor(mStyle.densityClasses, cell.value / (cell.areaSquareMeters / 1e6));
        } else if (mSettings.populationChoropleth == PopulationChoropleth::Share65) {
            if (!cell.value65 || cell.value <= 0.0)
                return mStyle.noDataColor;
            found = MapStyle::classFor(mStyle.share65Classes, *cell.value65 / cell.value * 100.0);
        }
        return found ? found->color : mStyle.noDataColor;
    }

    bool drawPopulation()
    {
        if (mSettings.populationChoropleth == PopulationChoropleth::Off || mContent.population.empty())
            return true;
        int counter = 0;
        double maxValue = 0.0;
        for (const MapPopulationCell &cell : mContent.population)
            maxValue = std::max(maxValue, cell.value);

        useScreenCoordinates();
        for (const MapPopulationCell &cell : mContent.population) {
            if (!tick(counter))
                return false;
            if (cell.path.isEmpty() || !cell.bounds.intersects(mVisible))
                continue;
            const std::optional<QColor> color = populationColor(cell);
            if (!color)
                continue;
            // A hairline in the fill colour closes the antialiasing seams between adjacent cells.
            mPainter.setPen(linePen(*color, 0.6));
            mPainter.setBrush(*color);
            mPainter.drawPath(screenPath(cell.path));
        }
        // Point cells: circles whose area is proportional to the residents.
        const QColor pointColor = mStyle.densityClasses.empty() ? mStyle.noDataColor
                                                                : mStyle.densityClasses.back().color;
        for (const MapPopulationCell &cell : mContent.population) {
            if (!tick(counter))
                return false;
            if (!cell.path.isEmpty() || maxValue <= 0.0)
                continue;
            const QPointF point = toScreen(cell.point);
            const double radius = px(10.0) * std::sqrt(std::max(0.0, cell.value) / maxValue);
            if (!onScreen(point, radius))
                continue;
            QColor fill = mSettings.populationChoropleth == PopulationChoropleth::Share65
                              ? populationColor(cell).value_or(mStyle.noDataColor)
                              : pointColor;
            fill.setAlphaF(0.7);
            mPainter.setPen(QPen(Qt::white, px(0.4)));
            mPainter.setBrush(fill);
            mPainter.drawEllipse(point, radius, radius);
        }
        return true;
    }

    // --- wards and districts -------------------------------------------------------------------

    bool drawWards()
    {
        useScreenCoordinates();
        int counter = 0;
        mWardScreenPaths.assign(mContent.wards.size(), QPainterPath());
        for (std::size_t i = 0; i < mContent.wards.size(); ++i) {
            if (!tick(counter))
                return false;
            if (mContent.wards[i].bounds.intersects(mVisible))
                mWardScreenPaths[i] = screenPath(mContent.wards[i].path);
        }
        // The population choropleth lies below the wards: then the wards are outlines only.
        const bool fill = mSettings.populationChoropleth == PopulationChoropleth::Off
                          || !visible(MapLayer::Population) || mContent.population.empty();
        if (fill) {
            mPainter.setPen(Qt::NoPen);
            for (std::size_t i = 0; i < mContent.wards.size(); ++i) {
                mPainter.setBrush(mStyle.wardFill(mContent.wards[i].colorIndex));
                mPainter.drawPath(mWardScreenPaths[i]);
            }
        }
        // Outlines after all fills, so a shared boundary is drawn at full width on both sides.
        mPainter.setBrush(Qt::NoBrush);
        mPainter.setPen(linePen(mStyle.wardOutlineColor, px(mStyle.wardOutlineWidthPoints)));
        for (const QPainterPath &path : mWardScreenPaths) {
            if (!tick(counter))
                return false;
            mPainter.drawPath(path);
        }
        return true;
    }

    bool drawSchoolDistricts()
    {
        useScreenCoordinates();
        mPainter.setBrush(Qt::NoBrush);
        int counter = 0;
        for (const MapPolygon &district : mContent.schoolDistricts) {
            if (!tick(counter))
                return false;
            if (!district.bounds.intersects(mVisible))
                continue;
            QPen pen = linePen(mStyle.schoolDistrictColor, px(mStyle.schoolDistrictWidthPoints),
                               district.approximate ? Qt::CustomDashLine : Qt::SolidLine);
            if (district.approximate)
                pen.setDashPattern({6.0, 3.0});
            mPainter.setPen(pen);
            mPainter.drawPath(screenPath(district.path));
        }
        return true;
    }

    // --- circles and lines ---------------------------------------------------------------------

    bool drawThresholdCircles()
    {
        useScreenCoordinates();
        std::vector<QPainterPath> rings;
        for (const MapThresholdCircle &circle : mContent.thresholdCircles) {
            if (circle.bounds.intersects(mVisible))
                rings.push_back(screenPath(circle.ring));
        }
        mPainter.setPen(Qt::NoPen);
        mPainter.setBrush(mStyle.circleFillColor);
        for (const QPainterPath &ring : rings)
            mPainter.drawPath(ring);
        mPainter.setBrush(Qt::NoBrush);
        mPainter.setPen(linePen(mStyle.circleOutlineColor, px(mStyle.circleOutlineWidthPoints)));
        for (const QPainterPath &ring : rings)
            mPainter.drawPath(ring);
        return !isCancelled(mCancel);
    }

    bool drawNearestLines()
    {
        useScreenCoordinates();
        mPainter.setBrush(Qt::NoBrush);
        for (const MapNearestLine &line : mContent.nearestLines) {
            if (!line.bounds.adjusted(-1, -1, 1, 1).intersects(mVisible))
                continue;
            QPen pen = linePen(line.withinThreshold ? mStyle.lineWithinColor : mStyle.lineBeyondColor,
                               px(mStyle.lineWidthPoints), Qt::CustomDashLine);
            pen.setDashPattern({5.0, 3.0});
            mPainter.setPen(pen);
            mPainter.drawPath(screenPath(line.path));
        }
        return !isCancelled(mCancel);
    }

    // --- a scenario's impact ----------------------------------------------------------------------

    // The hatch of the impact layer: anchored to the map's origin, so that it moves with the map when
    // it is panned and neighbouring cells continue each other's lines.
    void drawHatch(const QPainterPath &screenArea, const QColor &color, double widthPixels, double spacing)
    {
        paintHatch(mPainter, screenArea, mOutput, color, widthPixels, spacing, toScreen(QPointF(0, 0)));
    }

    const MapOffice *officeById(const QString &id) const
    {
        for (const MapOffice &office : mContent.offices) {
            if (office.id == id)
                return &office;
        }
        return nullptr;
    }

    // The population cells beyond the distance guide after the scenario, hatched; then each closed
    // counter's line to its receiving counter, dashed, with an arrowhead that stops at the edge of the
    // receiving counter's symbol (when the offices are drawn).
    bool drawImpact()
    {
        useScreenCoordinates();
        int counter = 0;
        QPainterPath beyond;
        beyond.setFillRule(Qt::OddEvenFill); // cells do not overlap; holes stay holes
        for (const MapPopulationCell &cell : mContent.population) {
            if (!tick(counter))
                return false;
            if (!cell.beyondThresholdAfter || cell.path.isEmpty() || !cell.bounds.intersects(mVisible))
                continue;
            beyond.addPath(screenPath(cell.path));
        }
        drawHatch(beyond, mStyle.impactHatchColor, px(mStyle.impactHatchWidthPoints),
                  px(mStyle.impactHatchSpacingPoints));
        // Point cells beyond the guide: a hatched disc of fixed size.
        QPainterPath beyondPoints;
        for (const MapPopulationCell &cell : mContent.population) {
            if (!tick(counter))
                return false;
            if (!cell.beyondThresholdAfter || !cell.path.isEmpty())
                continue;
            const QPointF point = toScreen(cell.point);
            const double radius = px(5.0);
            if (onScreen(point, radius))
                beyondPoints.addEllipse(point, radius, radius);
        }
        drawHatch(beyondPoints, mStyle.impactHatchColor, px(mStyle.impactHatchWidthPoints),
                  px(mStyle.impactHatchSpacingPoints) * 0.6);

        const bool officesDrawn = visible(MapLayer::Offices)
                                  && std::find(mSettings.drawOrder.begin(), mSettings.drawOrder.end(),
                                               MapLayer::Offices)
                                         != mSettings.drawOrder.end();
        const double arrowLength = px(mStyle.transferArrowPoints);
        for (const MapTransferLine &line : mContent.transferLines) {
            if (!tick(counter))
                return false;
            if (line.path.elementCount() < 2 || !line.bounds.adjusted(-1, -1, 1, 1).intersects(mVisible))
                continue;
            QPen pen = linePen(mStyle.closeColor, px(mStyle.transferWidthPoints), Qt::CustomDashLine);
            pen.setDashPattern({4.0, 2.5});
            mPainter.setPen(pen);
            mPainter.setBrush(Qt::NoBrush);
            mPainter.drawPath(screenPath(line.path));

            // The arrowhead points along the line's last stretch (a geodesic of a few kilometres is
            // straight to well under a pixel), with its tip at the receiving symbol's edge.
            const int count = line.path.elementCount();
            const QPointF end = toScreen(line.path.elementAt(count - 1));
            QPointF before = end;
            for (int i = count - 2; i >= 0; --i) {
                before = toScreen(line.path.elementAt(i));
                if (std::hypot(end.x() - before.x(), end.y() - before.y()) >= arrowLength)
                    break;
            }
            const QPointF start = toScreen(line.path.elementAt(0));
            const double length = std::hypot(end.x() - start.x(), end.y() - start.y());
            const double back = std::hypot(end.x() - before.x(), end.y() - before.y());
            const MapOffice *receiving = officesDrawn ? officeById(line.toOfficeId) : nullptr;
            const MapOffice *closed = officesDrawn ? officeById(line.fromOfficeId) : nullptr;
            const double endGap = receiving ? officeRadius(*receiving) + px(0.8) : 0.0;
            const double startGap = closed ? officeRadius(*closed) : 0.0;
            // No room for an arrowhead between the two symbols: the line alone shows the link.
            if (back <= 0.0 || length < startGap + endGap + arrowLength || !onScreen(end, endGap + arrowLength))
                continue;
            const QPointF direction = (end - before) / back;
            paintArrowhead(mPainter, end - direction * endGap, direction, arrowLength, mStyle.closeColor);
        }
        return true;
    }

    // --- point symbols -------------------------------------------------------------------------

    // Schools as a ring with a dot, all in two fills: strokes would cost a stroker pass per symbol.
    bool drawSchools()
    {
        useScreenCoordinates();
        const double radius = px(mStyle.schoolSizePoints) / 2.0;
        const double ringWidth = px(0.8);
        QPainterPath marks;
        marks.setFillRule(Qt::OddEvenFill);
        QPainterPath insides;
        int counter = 0;
        for (const MapPoint &school : mContent.schools) {
            if (!tick(counter))
                return false;
            const QPointF point = toScreen(school.point);
            if (!onScreen(point, radius))
                continue;
            // Not an obstacle to labels: at city scale the schools would crowd out the offices' names.
            marks.addEllipse(point, radius, radius);
            marks.addEllipse(point, radius - ringWidth, radius - ringWidth);
            marks.addEllipse(point, radius * 0.3, radius * 0.3);
            insides.addEllipse(point, radius - ringWidth, radius - ringWidth);
        }
        mPainter.fillPath(insides, Qt::white);
        mPainter.fillPath(marks, mStyle.schoolColor);
        return true;
    }

    // The radius of the circle around an office's symbol that its rings and labels keep clear of.
    double officeRadius(const MapOffice &office) const
    {
        return officeSymbolRadius(mStyle, office.kind, mPixelsPerPoint);
    }

    bool drawOffices()
    {
        useScreenCoordinates();
        // Branches first, ward offices last (on top).
        std::vector<const MapOffice *> order;
        for (const MapOffice &office : mContent.offices)
            order.push_back(&office);
        std::stable_sort(order.begin(), order.end(), [](const MapOffice *a, const MapOffice *b) {
            return kindRank(a->kind) < kindRank(b->kind);
        });
        int counter = 0;
        for (const MapOffice *office : order) {
            if (!tick(counter))
                return false;
            const QPointF point = toScreen(office->point);
            const double radius = officeRadius(*office);
            const bool selected = mSettings.selectedOfficeIds.contains(office->id);
            const bool highlighted = !mSettings.highlightedOfficeId.isEmpty() && mSettings.highlightedOfficeId == office->id;
            const double ringRadius = radius + px(mStyle.selectionGapPoints);
            if (!onScreen(point, ringRadius + px(2)))
                continue;
            if (selected || highlighted) {
                mPainter.setBrush(Qt::NoBrush);
                const double width = px(mStyle.selectionWidthPoints);
                // A dark edge under the ring keeps a yellow ring visible on light fills.
                mPainter.setPen(QPen(QColor(0, 0, 0, 110), width + px(0.8)));
                mPainter.drawEllipse(point, ringRadius, ringRadius);
                mPainter.setPen(QPen(highlighted ? mStyle.highlightColor : mStyle.selectionColor, width));
                mPainter.drawEllipse(point, ringRadius, ringRadius);
                if (selected && highlighted) {
                    const double outer = ringRadius + width;
                    mPainter.drawEllipse(point, outer, outer);
                }
            }
            paintOfficeSymbol(mPainter, mStyle, office->kind, mStyle.decisionColor(office->decision), point,
                              mPixelsPerPoint);
            const double clear = (selected || highlighted) ? ringRadius + px(mStyle.selectionWidthPoints) / 2 : radius;
            mLabels.addObstacle(LabelPlacer::centeredAt(point, QSizeF(2 * clear, 2 * clear)));
        }
        return true;
    }

    // --- labels ---------------------------------------------------------------------------------

    void addLabel(const LabelJob &job, int priority, const std::function<std::vector<QRectF>(QSizeF)> &candidates,
                  std::function<bool(const QRectF &)> accepts = {})
    {
        const QSizeF size = mText.size(job.text, job.pixelSize, job.bold);
        const double halo = px(mStyle.haloWidthPoints);
        // The halo belongs to the label: two labels' halos must not cover each other's text.
        const QSizeF padded(size.width() + 2 * halo, size.height() + 2 * halo);
        LabelPlacer::Request request;
        request.key = int(mLabelJobs.size());
        request.priority = priority;
        request.candidates = candidates(padded);
        request.accepts = std::move(accepts);
        mLabelJobs.push_back(job);
        mLabelRequests.push_back(std::move(request));
    }

    static std::vector<QRectF> centeredCandidates(const QPointF &center, const QSizeF &size,
                                                  const std::vector<QPointF> &shifts)
    {
        std::vector<QRectF> candidates;
        for (const QPointF &shift : shifts)
            candidates.push_back(LabelPlacer::centeredAt(center + shift, size));
        return candidates;
    }

    double scaleDenominator() const
    {
        if (!mScaleDenominator)
            mScaleDenominator = mSettings.scaleDenominator(mContent.crs);
        return *mScaleDenominator;
    }

    void collectOfficeLabels()
    {
        if (!visible(MapLayer::Offices) || !mSettings.labels.offices)
            return;
        for (const MapOffice &office : mContent.offices) {
            const QPointF point = toScreen(office.point);
            if (!onScreen(point) || office.name.isEmpty())
                continue;
            const bool selected = mSettings.selectedOfficeIds.contains(office.id);
            const bool highlighted = !mSettings.highlightedOfficeId.isEmpty() && mSettings.highlightedOfficeId == office.id;
            int priority = 300 + kindRank(office.kind);
            if (office.kind == OfficeKind::WardOffice)
                priority = 500;
            else if (highlighted)
                priority = 450;
            else if (selected)
                priority = 400;
            const double radius = (selected || highlighted) ? officeRadius(office) + px(mStyle.selectionGapPoints + mStyle.selectionWidthPoints / 2)
                                                            : officeRadius(office);
            LabelJob job{office.name, px(mStyle.officeLabelPoints), office.kind == OfficeKind::WardOffice,
                         mStyle.officeLabelColor};
            addLabel(job, priority, [&](QSizeF size) {
                return LabelPlacer::candidatesAround(point, size, radius, px(0.5));
            });
        }
    }

    void collectWardLabels()
    {
        if (!visible(MapLayer::Wards) || !mSettings.labels.wards)
            return;
        for (std::size_t i = 0; i < mContent.wards.size(); ++i) {
            const MapPolygon &ward = mContent.wards[i];
            const QPointF point = toScreen(ward.labelPoint);
            if (!onScreen(point) || ward.name.isEmpty())
                continue;
            // A name larger than its ward on screen would mislead: leave it out.
            const QRectF screenBounds = mWorldToScreen.mapRect(ward.bounds);
            LabelJob job{ward.name, px(mStyle.wardLabelPoints), true, mStyle.wardLabelColor};
            const QSizeF size = mText.size(job.text, job.pixelSize, job.bold);
            if (screenBounds.width() < size.width() * 1.2 || screenBounds.height() < size.height() * 1.5)
                continue;
            // The label point is inside by construction; the other candidates must have their centre
            // inside the ward (tested against the generalised outline, and only for free candidates).
            const QPainterPath outline =
                i < mWardScreenPaths.size() && !mWardScreenPaths[i].isEmpty() ? mWardScreenPaths[i] : screenPath(ward.path);
            addLabel(
                job, 200, [&](QSizeF padded) { return wardLabelCandidates(point, screenBounds, padded); },
                [outline, point](const QRectF &rect) {
                    const QPointF offset = rect.center() - point;
                    return offset.manhattanLength() < 0.01 || outline.contains(rect.center());
                });
        }
    }

    // The label point first, then points on up to eight rings around it out to 40 % of the ward's
    // on-screen size, nearest first.
    static std::vector<QRectF> wardLabelCandidates(const QPointF &point, const QRectF &screenBounds, const QSizeF &size)
    {
        std::vector<QRectF> candidates{LabelPlacer::centeredAt(point, size)};
        const double reach = 0.4 * std::min(screenBounds.width(), screenBounds.height());
        const double step = std::max(size.height() * 0.75, reach / 8.0);
        for (double radius = step; radius <= reach; radius += step) {
            const int count = std::clamp(int(2 * std::numbers::pi * radius / step), 8, 24);
            for (int i = 0; i < count; ++i) {
                const double angle = 2 * std::numbers::pi * i / count;
                candidates.push_back(
                    LabelPlacer::centeredAt(point + QPointF(radius * std::sin(angle), -radius * std::cos(angle)), size));
            }
        }
        return candidates;
    }

    void collectDistanceLabels()
    {
        if (!visible(MapLayer::NearestLines) || !mSettings.labels.distances)
            return;
        for (const MapNearestLine &line : mContent.nearestLines) {
            const QPointF point = toScreen(line.midpoint);
            if (!onScreen(point))
                continue;
            LabelJob job{MapRenderer::formatDistance(line.distanceMeters), px(mStyle.lineLabelPoints), false,
                         line.withinThreshold ? mStyle.lineWithinColor : mStyle.lineBeyondColor};
            addLabel(job, 150, [&](QSizeF size) {
                const double h = size.height();
                const double w = size.width();
                return centeredCandidates(point, size,
                                          {{0, 0}, {0, -0.75 * h}, {0, 0.75 * h}, {0.6 * w, 0}, {-0.6 * w, 0},
                                           {0, -1.5 * h}, {0, 1.5 * h}});
            });
        }
    }

    void collectTransferLabels()
    {
        if (!visible(MapLayer::Impact) || !mSettings.labels.distances)
            return;
        for (const MapTransferLine &line : mContent.transferLines) {
            const QPointF point = toScreen(line.midpoint);
            if (!onScreen(point))
                continue;
            LabelJob job{MapRenderer::formatDistance(line.distanceMeters), px(mStyle.lineLabelPoints), true,
                         mStyle.closeColor};
            addLabel(job, 160, [&](QSizeF size) {
                const double h = size.height();
                const double w = size.width();
                return centeredCandidates(point, size,
                                          {{0, 0}, {0, -0.75 * h}, {0, 0.75 * h}, {0.6 * w, 0}, {-0.6 * w, 0},
                                           {0, -1.5 * h}, {0, 1.5 * h}});
            });
        }
    }

    void collectCircleLabels()
    {
        if (!visible(MapLayer::ThresholdCircles) || !mSettings.labels.circles)
            return;
        for (const MapThresholdCircle &circle : mContent.thresholdCircles) {
            const double r = circle.radiusMeters;
            LabelJob job{MapRenderer::formatDistance(r), px(mStyle.circleLabelPoints), false, mStyle.circleOutlineColor};
            // On the ring: north first, then south, east, west. The projected ring is a circle to
            // within the scale factor's variation (1e-4), far below a pixel at this size.
            const std::vector<QPointF> anchors = {
                toScreen(circle.center + QPointF(0, r)), toScreen(circle.center + QPointF(0, -r)),
                toScreen(circle.center + QPointF(r, 0)), toScreen(circle.center + QPointF(-r, 0))};
            addLabel(job, 120, [&](QSizeF size) {
                std::vector<QRectF> candidates;
                for (const QPointF &anchor : anchors)
                    candidates.push_back(LabelPlacer::centeredAt(anchor, size));
                return candidates;
            });
        }
    }

    void collectSchoolDistrictLabels()
    {
        if (!visible(MapLayer::SchoolDistricts) || !mSettings.labels.schoolDistricts || mContent.schoolDistricts.empty())
            return;
        if (scaleDenominator() >= mSettings.labels.schoolDistrictMaxScale)
            return;
        for (const MapPolygon &district : mContent.schoolDistricts) {
            const QPointF point = toScreen(district.labelPoint);
            if (!onScreen(point) || district.name.isEmpty())
                continue;
            LabelJob job{district.name, px(mStyle.schoolDistrictLabelPoints), false,
                         mStyle.schoolDistrictColor.darker(130)};
            addLabel(job, 60, [&](QSizeF size) { return centeredCandidates(point, size, {{0, 0}}); });
        }
    }

    void collectSchoolLabels()
    {
        if (!visible(MapLayer::Schools) || !mSettings.labels.schools)
            return;
        const double radius = px(mStyle.schoolSizePoints) / 2.0;
        for (const MapPoint &school : mContent.schools) {
            const QPointF point = toScreen(school.point);
            if (!onScreen(point) || school.name.isEmpty())
                continue;
            LabelJob job{school.name, px(mStyle.schoolLabelPoints), false, mStyle.schoolColor};
            addLabel(job, 40, [&](QSizeF size) { return LabelPlacer::candidatesAround(point, size, radius, px(0.5)); });
        }
    }

    // The label's text with its halo. On a raster device the pair is drawn from a cached image (see
    // LabelSpriteCache); on devices that keep text (SVG, PDF) the halo is the stroked outline and the
    // text is text on top of it; elsewhere both are outlines.
    void drawLabel(const LabelJob &job, const QRectF &paddedRect)
    {
        const double halo = px(mStyle.haloWidthPoints);
        if (mRasterLabels) {
            const QImage sprite = LabelSpriteCache::instance().sprite(mText, job, halo, mStyle.haloColor, mDevicePixelRatio);
            // On whole device pixels, so the cached antialiasing is reproduced exactly.
            const QPointF topLeft(std::round(paddedRect.left() * mDevicePixelRatio) / mDevicePixelRatio,
                                  std::round(paddedRect.top() * mDevicePixelRatio) / mDevicePixelRatio);
            mPainter.drawImage(topLeft, sprite);
            return;
        }
        const QPainterPath outline = textPath(mText, job, halo).translated(paddedRect.topLeft());
        mPainter.strokePath(outline, QPen(mStyle.haloColor, 2 * halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (mTextAsText)
            mText.draw(mPainter, job.text,
                       paddedRect.topLeft() + QPointF(halo, halo - mText.trimOffset(job.pixelSize, job.bold)),
                       job.pixelSize, job.bold, job.color);
        else
            mPainter.fillPath(outline, job.color);
    }

    void placeAndDrawLabels()
    {
        collectOfficeLabels();
        collectWardLabels();
        collectDistanceLabels();
        collectTransferLabels();
        collectCircleLabels();
        collectSchoolDistrictLabels();
        collectSchoolLabels();
        useScreenCoordinates();
        const std::vector<LabelPlacer::Placement> placements = mLabels.placeAll(mLabelRequests);
        // Drawn in request order (ward offices' labels were requested first, …) so the look does not
        // depend on the placing order.
        std::vector<const LabelPlacer::Placement *> byKey(mLabelJobs.size(), nullptr);
        for (const LabelPlacer::Placement &placement : placements)
            byKey[std::size_t(placement.key)] = &placement;
        for (std::size_t key = 0; key < byKey.size(); ++key) {
            if (byKey[key])
                drawLabel(mLabelJobs[key], byKey[key]->rect);
        }
    }

    // --- map furniture ------------------------------------------------------------------------

    double furnitureMargin() const { return px(6); }

    QStringList creditLines() const
    {
        QStringList lines = mContent.credits;
        if (mContent.crs.isValid())
            lines.push_back(QStringLiteral("座標系: %1 (%2)").arg(mContent.crs.name(), mContent.crs.authorityId()));
        return lines;
    }

    void layoutFurniture()
    {
        const double margin = furnitureMargin();
        double bottomLeftY = mOutput.bottom() - margin;
        if (mSettings.showCredits) {
            const QStringList lines = creditLines();
            const double pixelSize = px(mStyle.creditPoints);
            double width = 0.0;
            double lineHeight = 0.0;
            for (const QString &line : lines) {
                const QSizeF size = mText.size(line, pixelSize, false);
                width = std::max(width, size.width());
                lineHeight = std::max(lineHeight, size.height());
            }
            if (!lines.isEmpty()) {
                const double pad = px(2.5);
                const double height = lineHeight * lines.size() + 2 * pad;
                mCreditsRect = QRectF(mOutput.left() + margin, bottomLeftY - height, width + 2 * pad, height);
                mCreditLineHeight = lineHeight;
                bottomLeftY = mCreditsRect.top() - px(3);
                mLabels.addObstacle(mCreditsRect);
            }
        }
        if (mSettings.showScaleBar && mContent.crs.isValid())
            layoutScaleBar(bottomLeftY);
        if (mSettings.showNorthArrow) {
            const double width = px(18);
            const double height = px(34);
            mNorthArrowRect = QRectF(mOutput.right() - margin - width, mOutput.top() + margin, width, height);
            mLabels.addObstacle(mNorthArrowRect);
        }
        const bool approximateShown = visible(MapLayer::SchoolDistricts)
                                      && std::any_of(mContent.schoolDistricts.begin(), mContent.schoolDistricts.end(),
                                                     [](const MapPolygon &d) { return d.approximate; });
        if (approximateShown && !mSettings.approximateDistrictNotice.isEmpty()) {
            const QSizeF size = mText.size(mSettings.approximateDistrictNotice, px(mStyle.furniturePoints), false);
            const double pad = px(3);
            mNoticeRect = QRectF(mOutput.left() + margin, mOutput.top() + margin, size.width() + 2 * pad + px(16),
                                 size.height() + 2 * pad);
            mLabels.addObstacle(mNoticeRect);
        }
        if (mSettings.showLegend)
            layoutLegend();
    }

    void drawFurniture()
    {
        useScreenCoordinates();
        mPainter.setOpacity(1.0);
        if (!mCreditsRect.isNull())
            drawCredits();
        if (!mScaleBarRect.isNull())
            drawScaleBar();
        if (!mNorthArrowRect.isNull())
            drawNorthArrow();
        if (!mNoticeRect.isNull())
            drawNotice();
        if (!mLegendRect.isNull())
            drawLegend();
    }

    void drawPanel(const QRectF &rect)
    {
        mPainter.setPen(QPen(QColor(0, 0, 0, 60), px(0.5)));
        mPainter.setBrush(mStyle.panelColor);
        mPainter.drawRect(rect);
    }

    // Plain text (no halo) with its box's top-left at `topLeft`: text on devices that keep text,
    // outlines elsewhere.
    void drawText(const QString &text, const QPointF &topLeft, double pixelSize, bool bold, const QColor &color)
    {
        const QPointF origin(topLeft.x(), topLeft.y() - mText.trimOffset(pixelSize, bold));
        if (mTextAsText) {
            mText.draw(mPainter, text, origin, pixelSize, bold, color);
            return;
        }
        mPainter.fillPath(mText.path(text, pixelSize, bold).translated(origin), color);
    }

    void drawCredits()
    {
        drawPanel(mCreditsRect);
        const double pad = px(2.5);
        double y = mCreditsRect.top() + pad;
        for (const QString &line : creditLines()) {
            drawText(line, QPointF(mCreditsRect.left() + pad, y), px(mStyle.creditPoints), false, mStyle.furnitureColor);
            y += mCreditLineHeight;
        }
    }

    // Scale bar: a length of 2–4 equal steps of a round ground distance (1, 2 or 5 × 10ⁿ m) that fits
    // in about a quarter of the map's width, measured on the ground at the map's centre (projected
    // length divided by the scale factor there).
    void layoutScaleBar(double bottomY)
    {
        const QPointF centre = mVisible.center();
        const double k = mContent.crs.scaleFactor(mContent.crs.inverse(centre));
        const double groundMetersPerPixel = 1.0 / mPixelsPerMeter / k;
        const MapRenderer::ScaleBar bar =
            MapRenderer::scaleBar(groundMetersPerPixel, std::min(mOutput.width() * 0.28, px(160)));
        if (bar.steps <= 0)
            return;
        mScaleSteps = bar.steps;
        mScaleStepMeters = bar.stepMeters;
        mScaleStepPixels = bar.stepPixels;
        const double barWidth = mScaleStepPixels * mScaleSteps;
        const double textPx = px(mStyle.furniturePoints);
        const QSizeF unitSize = mText.size(QStringLiteral(" km"), textPx, false);
        const double height = textPx * 1.3 + px(4) + textPx * 1.3;
        const double left = mOutput.left() + furnitureMargin() + px(3);
        mScaleBarRect = QRectF(left - px(3), bottomY - height, barWidth + unitSize.width() + textPx * 2 + px(3), height);
        mLabels.addObstacle(mScaleBarRect);
    }

    static QString formatNumber(double value)
    {
        return QString::number(value, 'g', 6);
    }

    void drawScaleBar()
    {
        const double textPx = px(mStyle.furniturePoints);
        const bool kilometres = mScaleStepMeters * mScaleSteps >= 1000.0;
        const double unit = kilometres ? 1000.0 : 1.0;
        const QString unitName = kilometres ? QStringLiteral("km") : QStringLiteral("m");
        const double left = mScaleBarRect.left() + px(3);
        const double barTop = mScaleBarRect.top() + textPx * 1.3;
        const double barHeight = px(4);
        // White translucent ground so the bar reads on any fill.
        mPainter.setPen(Qt::NoPen);
        mPainter.setBrush(QColor(255, 255, 255, 170));
        mPainter.drawRoundedRect(mScaleBarRect, px(2), px(2));
        for (int i = 0; i < mScaleSteps; ++i) {
            const QRectF segment(left + i * mScaleStepPixels, barTop, mScaleStepPixels, barHeight);
            mPainter.setPen(QPen(mStyle.furnitureColor, px(0.6)));
            mPainter.setBrush(i % 2 == 0 ? mStyle.furnitureColor : QColor(Qt::white));
            mPainter.drawRect(segment);
        }
        for (int i = 0; i <= mScaleSteps; ++i) {
            QString text = formatNumber(i * mScaleStepMeters / unit);
            if (i == mScaleSteps)
                text += QLatin1Char(' ') + unitName;
            const QSizeF size = mText.size(text, textPx, false);
            const double numberWidth = mText.size(formatNumber(i * mScaleStepMeters / unit), textPx, false).width();
            const double x = left + i * mScaleStepPixels - numberWidth / 2.0;
            drawText(text, QPointF(x, barTop - size.height() - px(0.5)), textPx, false, mStyle.furnitureColor);
        }
        const double denominator = scaleDenominator();
        if (denominator > 0.0)
            drawText(MapSettings::formatScale(denominator), QPointF(left, barTop + barHeight + px(1)), textPx * 0.9,
                     false, mStyle.furnitureColor);
    }

    // An arrow to true north: grid north (up) turned by minus the meridian convergence at the centre.
    void drawNorthArrow()
    {
        double convergence = 0.0;
        if (mContent.crs.isValid())
            convergence = mContent.crs.meridianConvergenceDeg(mContent.crs.inverse(mVisible.center()));
        const QRectF rect = mNorthArrowRect;
        const double textPx = px(9);
        const QSizeF nSize = mText.size(QStringLiteral("N"), textPx, true);
        const QPointF pivot(rect.center().x(), rect.top() + nSize.height() + (rect.height() - nSize.height()) / 2.0);
        const double halfLength = (rect.height() - nSize.height()) / 2.0 - px(1);
        const double halfWidth = rect.width() * 0.32;

        mPainter.save();
        mPainter.translate(pivot);
        mPainter.rotate(-convergence);
        const QPointF tip(0, -halfLength);
        const QPointF left(-halfWidth, halfLength * 0.55);
        const QPointF right(halfWidth, halfLength * 0.55);
        const QPointF notch(0, halfLength * 0.25);
        mPainter.setPen(QPen(mStyle.furnitureColor, px(0.6), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        mPainter.setBrush(Qt::white);
        const QPointF whiteHalf[] = {tip, right, notch};
        mPainter.drawPolygon(whiteHalf, 3);
        mPainter.setBrush(mStyle.furnitureColor);
        const QPointF darkHalf[] = {tip, left, notch};
        mPainter.drawPolygon(darkHalf, 3);
        const double textTop = -halfLength - nSize.height() - px(0.5);
        const QPointF nOrigin(-nSize.width() / 2.0, textTop - mText.trimOffset(textPx, true));
        const QPainterPath n = mText.path(QStringLiteral("N"), textPx, true).translated(nOrigin);
        mPainter.strokePath(n, QPen(mStyle.haloColor, px(1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (mTextAsText)
            mText.draw(mPainter, QStringLiteral("N"), nOrigin, textPx, true, mStyle.furnitureColor);
        else
            mPainter.fillPath(n, mStyle.furnitureColor);
        mPainter.restore();
    }

    void drawNotice()
    {
        drawPanel(mNoticeRect);
        const double pad = px(3);
        const double sampleWidth = px(12);
        const double midY = mNoticeRect.center().y();
        QPen pen(mStyle.schoolDistrictColor, px(mStyle.schoolDistrictWidthPoints) * 1.5, Qt::CustomDashLine);
        pen.setDashPattern({6.0, 3.0});
        mPainter.setPen(pen);
        mPainter.drawLine(QPointF(mNoticeRect.left() + pad, midY), QPointF(mNoticeRect.left() + pad + sampleWidth, midY));
        drawText(mSettings.approximateDistrictNotice, QPointF(mNoticeRect.left() + pad + px(16), mNoticeRect.top() + pad),
                 px(mStyle.furniturePoints), false, mStyle.furnitureColor);
    }

    // --- legend ------------------------------------------------------------------------------

    // The legend model's entries for this map, in Japanese (the language of the policy document), under
    // the title 凡例; group headings are left out to keep the panel small.
    double legendTextPixels(bool title) const
    {
        return title ? px(mStyle.furniturePoints + 1.5) : px(mStyle.furniturePoints);
    }

    double legendRowHeight(const LegendEntry *entry) const
    {
        const double textHeight = mText.size(QStringLiteral("凡"), legendTextPixels(!entry), false).height();
        const double symbolHeight = entry ? legendSymbolHeight(*entry, mStyle, mPixelsPerPoint) : 0.0;
        return std::max(textHeight, symbolHeight) + px(1.5);
    }

    void layoutLegend()
    {
        mLegendEntries = mapLegend(mContent, mSettings, Language::Japanese);
        if (mLegendEntries.empty())
            return;
        const double pad = px(4);
        double width = mText.size(legendTitle(Language::Japanese), legendTextPixels(true), true).width();
        double height = 2 * pad + legendRowHeight(nullptr);
        for (const LegendEntry &entry : mLegendEntries) {
            const bool heading = entry.symbol == LegendSymbol::Heading;
            const double indent = heading ? 0.0 : legendSymbolWidth() + px(4);
            width = std::max(width, indent + mText.size(entry.text, legendTextPixels(false), heading).width());
            height += legendRowHeight(&entry);
        }
        width += 2 * pad;
        const double margin = furnitureMargin();
        if (height > mOutput.height() - 2 * margin || width > mOutput.width() * 0.6)
            return; // too small an output for a legend
        const bool left = mSettings.legendCorner == MapCorner::TopLeft || mSettings.legendCorner == MapCorner::BottomLeft;
        const bool top = mSettings.legendCorner == MapCorner::TopLeft || mSettings.legendCorner == MapCorner::TopRight;
        mLegendRect = QRectF(left ? mOutput.left() + margin : mOutput.right() - margin - width,
                             top ? mOutput.top() + margin : mOutput.bottom() - margin - height, width, height);
        mLabels.addObstacle(mLegendRect);
    }

    double legendSymbolWidth() const { return px(kLegendSymbolWidthPoints); }

    void drawLegend()
    {
        drawPanel(mLegendRect);
        const double pad = px(4);
        double y = mLegendRect.top() + pad;
        const double symbolLeft = mLegendRect.left() + pad;
        const double symbolWidth = legendSymbolWidth();
        const double textLeft = symbolLeft + symbolWidth + px(4);
        const auto textTop = [&](const QString &text, bool bold, double rowHeight, double pixels) {
            return y + (rowHeight - mText.size(text, pixels, bold).height()) / 2.0;
        };
        const double titleHeight = legendRowHeight(nullptr);
        const QString title = legendTitle(Language::Japanese);
        drawText(title, QPointF(symbolLeft, textTop(title, true, titleHeight, legendTextPixels(true))),
                 legendTextPixels(true), true, mStyle.furnitureColor);
        y += titleHeight;
        for (const LegendEntry &entry : mLegendEntries) {
            const double rowHeight = legendRowHeight(&entry);
            const bool heading = entry.symbol == LegendSymbol::Heading;
            const double pixels = legendTextPixels(false);
            if (heading) {
                drawText(entry.text, QPointF(symbolLeft, textTop(entry.text, true, rowHeight, pixels)), pixels, true,
                         mStyle.furnitureColor);
            } else {
                paintLegendSymbol(mPainter, entry, QRectF(symbolLeft, y, symbolWidth, rowHeight), mStyle,
                                  mPixelsPerPoint);
                drawText(entry.text, QPointF(textLeft, textTop(entry.text, false, rowHeight, pixels)), pixels, false,
                         mStyle.furnitureColor);
            }
            y += rowHeight;
        }
    }

    QPainter &mPainter;
    const MapContent &mContent;
    const MapSettings &mSettings;
    const MapStyle &mStyle;
    const Feedback *mCancel = nullptr;
    const bool mTextAsText;
    const TextMaker mText;

    QRectF mVisible;
    QTransform mWorldToScreen;
    QTransform mBase;
    QRectF mOutput;
    bool mRasterLabels = false;
    double mDevicePixelRatio = 1.0;
    double mPixelsPerMeter = 0.0;
    double mPixelsPerPoint = 1.0;
    mutable std::optional<double> mScaleDenominator;

    LabelPlacer mLabels;
    std::vector<QPainterPath> mWardScreenPaths; // parallel to mContent.wards; empty when off screen
    std::vector<LabelJob> mLabelJobs;
    std::vector<LabelPlacer::Request> mLabelRequests;

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
};

} // namespace

bool MapRenderer::render(QPainter &painter, const MapContent &content, const MapSettings &settings,
                         const Feedback *feedback)
{
    if (isCancelled(feedback))
        return false;
    RenderJob job(painter, content, settings, feedback);
    return job.run();
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
