#include "gis/maplabels.h"

#include "gis/mapfurniture.h"
#include "gis/maprenderer.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numbers>
#include <utility>

namespace madoguchi::gis {

namespace {

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

std::vector<QRectF> centeredCandidates(const QPointF &center, const QSizeF &size, const std::vector<QPointF> &shifts)
{
    std::vector<QRectF> candidates;
    for (const QPointF &shift : shifts)
        candidates.push_back(LabelPlacer::centeredAt(center + shift, size));
    return candidates;
}

// The label point first, then points on up to eight rings around it out to 40 % of the ward's
// on-screen size, nearest first.
std::vector<QRectF> wardLabelCandidates(const QPointF &point, const QRectF &screenBounds, const QSizeF &size)
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

} // namespace

MapLabels::MapLabels(const RenderContext &context)
    : mContext(context)
    , mPlacer(context.output)
{
}

void MapLabels::addLabel(const LabelJob &job, int priority,
                         const std::function<std::vector<QRectF>(QSizeF)> &candidates,
                         std::function<bool(const QRectF &)> accepts)
{
    const QSizeF size = mContext.textMaker.size(job.text, job.pixelSize, job.bold);
    const double halo = mContext.px(mContext.style.haloWidthPoints);
    // The halo belongs to the label: two labels' halos must not cover each other's text.
    const QSizeF padded(size.width() + 2 * halo, size.height() + 2 * halo);
    LabelPlacer::Request request;
    request.key = int(mJobs.size());
    request.priority = priority;
    request.candidates = candidates(padded);
    request.accepts = std::move(accepts);
    mJobs.push_back(job);
    mRequests.push_back(std::move(request));
}

// Each label at its line's midpoint, else just above or below it, beside it, or further off.
template <typename Line, typename ColorOf>
void MapLabels::addDistanceLabels(const std::vector<Line> &lines, int priority, bool bold, ColorOf colorOf)
{
    const RenderContext &ctx = mContext;
    for (const Line &line : lines) {
        const QPointF point = ctx.toScreen(line.midpoint);
        if (!ctx.onScreen(point))
            continue;
        LabelJob job{MapRenderer::formatDistance(line.distanceMeters), ctx.px(ctx.style.lineLabelPoints), bold,
                     colorOf(line)};
        addLabel(job, priority, [&](QSizeF size) {
            const double h = size.height();
            const double w = size.width();
            return centeredCandidates(point, size,
                                      {{0, 0}, {0, -0.75 * h}, {0, 0.75 * h}, {0.6 * w, 0}, {-0.6 * w, 0},
                                       {0, -1.5 * h}, {0, 1.5 * h}});
        });
    }
}

void MapLabels::placeOfficeLabels(MapFurniture &furniture)
{
    const RenderContext &ctx = mContext;
    if (!ctx.visible(MapLayer::Offices) || !ctx.settings.labels.offices)
        return;
    const double halo = ctx.px(ctx.style.haloWidthPoints);
    const double pixelSize = ctx.px(ctx.style.officeLabelPoints);
    std::vector<std::pair<int, const MapOffice *>> offices;
    for (const MapOffice &office : ctx.content.offices) {
        if (!ctx.onScreen(ctx.toScreen(office.point)) || office.name.isEmpty())
            continue;
        const bool selected = ctx.settings.selectedOfficeIds.contains(office.id);
        const bool highlighted =
            !ctx.settings.highlightedOfficeId.isEmpty() && ctx.settings.highlightedOfficeId == office.id;
        const int priority = office.kind == OfficeKind::WardOffice ? 500
                             : highlighted                         ? 450
                             : selected                            ? 400
                                                                   : 300 + kindRank(office.kind);
        offices.emplace_back(priority, &office);
    }
    // Numbered, where they must be, from west to east.
    std::stable_sort(offices.begin(), offices.end(),
                     [](const auto &a, const auto &b) { return a.second->point.x() < b.second->point.x(); });
    mLabelledOffices.clear();
    mOfficePoints.clear();
    double longestName = 0.0;
    for (const auto &[priority, office] : offices) {
        const bool ringed = ctx.settings.selectedOfficeIds.contains(office->id)
                            || (!ctx.settings.highlightedOfficeId.isEmpty() && ctx.settings.highlightedOfficeId == office->id);
        const double radius =
            ringed ? ctx.officeRadius(*office) + ctx.px(ctx.style.selectionGapPoints + ctx.style.selectionWidthPoints / 2)
                   : ctx.officeRadius(*office);
        const QSizeF size = ctx.textMaker.size(office->name, pixelSize, office->kind == OfficeKind::WardOffice);
        longestName = std::max(longestName, size.width());
        mLabelledOffices.push_back(office);
        mOfficePoints.push_back({ctx.toScreen(office->point), radius,
                                 QSizeF(size.width() + 2 * halo, size.height() + 2 * halo), priority});
    }
    PointLabelOptions options;
    options.gap = ctx.px(0.5);
    options.leaderGaps = {ctx.px(6), ctx.px(12), ctx.px(20), ctx.px(30)};
    // Numbers help a crowded city; at a country's full extent (hundreds of offices) a key could not
    // hold them, and the names that fit are placed without.
    if (mOfficePoints.size() <= kMaxNumberedOffices)
        options.numberSize = [&ctx, halo, pixelSize](int number) {
            const QSizeF size = ctx.textMaker.size(QString::number(number), pixelSize, true);
            return QSizeF(size.width() + 2 * halo, size.height() + 2 * halo);
        };
    // Without a key first; where offices must be numbered, again around a key with room for them.
    const LabelPlacer before = mPlacer;
    int reserved = 0;
    QRectF keyRect;
    int keyRows = 0; // the numbers keyRect has room for
    for (int attempt = 0; attempt < 4; ++attempt) {
        mPlacer = before;
        if (reserved > 0) {
            keyRect = furniture.layoutKey(reserved, longestName, mOfficePoints);
            keyRows = reserved;
            mPlacer.addObstacle(keyRect);
        }
        mOfficeLabels = placePointLabels(mPlacer, mOfficePoints, options);
        const int numbered = int(std::count_if(mOfficeLabels.begin(), mOfficeLabels.end(),
                                               [](const PointLabel &label) { return label.number > 0; }));
        if (numbered <= reserved || (reserved > 0 && keyRect.isNull()))
            break;
        reserved = numbered + 2;
    }
    // A number no key explains would mislead: those beyond the key's room (none without a key) are
    // left out, as are numbers that found no place, and the rest numbered again from 1.
    const int room = keyRect.isNull() ? 0 : keyRows;
    std::vector<std::pair<int, QString>> key;
    for (std::size_t i = 0; i < mOfficeLabels.size(); ++i) {
        if (mOfficeLabels[i].number == 0)
            continue;
        if (int(key.size()) >= room || mOfficeLabels[i].kind != PointLabel::Kind::Number) {
            mOfficeLabels[i] = PointLabel();
            continue;
        }
        mOfficeLabels[i].number = int(key.size()) + 1;
        key.emplace_back(mOfficeLabels[i].number, mLabelledOffices[i]->name);
    }
    furniture.setKeyEntries(key);
}

void MapLabels::reportOfficeLabels(MapRenderer::OfficeLabels &report) const
{
    report.points = mOfficePoints;
    report.labels = mOfficeLabels;
    report.names.clear();
    for (const MapOffice *office : mLabelledOffices)
        report.names << office->name;
}

void MapLabels::drawOfficeLabels() const
{
    const RenderContext &ctx = mContext;
    QPainter &painter = ctx.painter;
    const double pixelSize = ctx.px(ctx.style.officeLabelPoints);
    for (std::size_t i = 0; i < mOfficeLabels.size(); ++i) {
        const PointLabel &label = mOfficeLabels[i];
        if (label.leader) {
            // A thin dark line on a white edge, so that it reads on any fill.
            painter.setPen(QPen(ctx.style.haloColor, ctx.px(1.6), Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(*label.leader);
            painter.setPen(QPen(ctx.style.officeLabelColor, ctx.px(0.6), Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(*label.leader);
        }
        const MapOffice &office = *mLabelledOffices[i];
        if (label.kind == PointLabel::Kind::Name)
            drawLabel({office.name, pixelSize, office.kind == OfficeKind::WardOffice, ctx.style.officeLabelColor},
                      label.rect);
        else if (label.kind == PointLabel::Kind::Number)
            drawLabel({QString::number(label.number), pixelSize, true, ctx.style.officeLabelColor}, label.rect);
    }
}

void MapLabels::collectWardLabels(const std::vector<QPainterPath> &wardScreenPaths)
{
    const RenderContext &ctx = mContext;
    if (!ctx.visible(MapLayer::Wards) || !ctx.settings.labels.wards)
        return;
    for (std::size_t i = 0; i < ctx.content.wards.size(); ++i) {
        const MapPolygon &ward = ctx.content.wards[i];
        const QPointF point = ctx.toScreen(ward.labelPoint);
        if (!ctx.onScreen(point) || ward.name.isEmpty())
            continue;
        // A name larger than its ward on screen would mislead: leave it out.
        const QRectF screenBounds = ctx.worldToScreen.mapRect(ward.bounds);
        LabelJob job{ward.name, ctx.px(ctx.style.wardLabelPoints), true, ctx.style.wardLabelColor};
        const QSizeF size = ctx.textMaker.size(job.text, job.pixelSize, job.bold);
        if (screenBounds.width() < size.width() * 1.2 || screenBounds.height() < size.height() * 1.5)
            continue;
        // The label point is inside by construction; the other candidates must have their centre
        // inside the ward (tested against the generalised outline, and only for free candidates).
        const QPainterPath outline = i < wardScreenPaths.size() && !wardScreenPaths[i].isEmpty()
                                         ? wardScreenPaths[i]
                                         : ctx.screenPath(ward.path);
        addLabel(
            job, 200, [&](QSizeF padded) { return wardLabelCandidates(point, screenBounds, padded); },
            [outline, point](const QRectF &rect) {
                const QPointF offset = rect.center() - point;
                return offset.manhattanLength() < 0.01 || outline.contains(rect.center());
            });
    }
}

void MapLabels::collectDistanceLabels()
{
    const RenderContext &ctx = mContext;
    if (!ctx.visible(MapLayer::NearestLines) || !ctx.settings.labels.distances)
        return;
    addDistanceLabels(ctx.content.nearestLines, 150, false, [&ctx](const MapNearestLine &line) {
        return line.withinThreshold ? ctx.style.lineWithinColor : ctx.style.lineBeyondColor;
    });
}

void MapLabels::collectTransferLabels()
{
    const RenderContext &ctx = mContext;
    if (!ctx.visible(MapLayer::Impact) || !ctx.settings.labels.distances)
        return;
    addDistanceLabels(ctx.content.transferLines, 160, true,
                      [&ctx](const MapTransferLine &) { return ctx.style.closeColor; });
}

void MapLabels::collectCircleLabels()
{
    const RenderContext &ctx = mContext;
    if (!ctx.visible(MapLayer::ThresholdCircles) || !ctx.settings.labels.circles)
        return;
    for (const MapThresholdCircle &circle : ctx.content.thresholdCircles) {
        const double r = circle.radiusMeters;
        LabelJob job{MapRenderer::formatDistance(r), ctx.px(ctx.style.circleLabelPoints), false,
                     ctx.style.circleOutlineColor};
        // On the ring: north first, then south, east, west. The projected ring is a circle to
        // within the scale factor's variation (1e-4), far below a pixel at this size.
        const std::vector<QPointF> anchors = {
            ctx.toScreen(circle.center + QPointF(0, r)), ctx.toScreen(circle.center + QPointF(0, -r)),
            ctx.toScreen(circle.center + QPointF(r, 0)), ctx.toScreen(circle.center + QPointF(-r, 0))};
        addLabel(job, 120, [&](QSizeF size) {
            std::vector<QRectF> candidates;
            for (const QPointF &anchor : anchors)
                candidates.push_back(LabelPlacer::centeredAt(anchor, size));
            return candidates;
        });
    }
}

void MapLabels::collectSchoolDistrictLabels()
{
    const RenderContext &ctx = mContext;
    if (!ctx.visible(MapLayer::SchoolDistricts) || !ctx.settings.labels.schoolDistricts
        || ctx.content.schoolDistricts.empty())
        return;
    if (ctx.scaleDenominator() >= ctx.settings.labels.schoolDistrictMaxScale)
        return;
    for (const MapPolygon &district : ctx.content.schoolDistricts) {
        const QPointF point = ctx.toScreen(district.labelPoint);
        if (!ctx.onScreen(point) || district.name.isEmpty())
            continue;
        LabelJob job{district.name, ctx.px(ctx.style.schoolDistrictLabelPoints), false,
                     ctx.style.schoolDistrictColor.darker(130)};
        addLabel(job, 60, [&](QSizeF size) { return centeredCandidates(point, size, {{0, 0}}); });
    }
}

void MapLabels::collectSchoolLabels()
{
    const RenderContext &ctx = mContext;
    if (!ctx.visible(MapLayer::Schools) || !ctx.settings.labels.schools)
        return;
    const double radius = ctx.px(ctx.style.schoolSizePoints) / 2.0;
    for (const MapPoint &school : ctx.content.schools) {
        const QPointF point = ctx.toScreen(school.point);
        if (!ctx.onScreen(point) || school.name.isEmpty())
            continue;
        LabelJob job{school.name, ctx.px(ctx.style.schoolLabelPoints), false, ctx.style.schoolColor};
        addLabel(job, 40,
                 [&](QSizeF size) { return LabelPlacer::candidatesAround(point, size, radius, ctx.px(0.5)); });
    }
}

// The label's text with its halo. On a raster device the pair is drawn from a cached image (see
// LabelSpriteCache); on devices that keep text (SVG, PDF) the halo is the stroked outline and the
// text is text on top of it; elsewhere both are outlines.
void MapLabels::drawLabel(const LabelJob &job, const QRectF &paddedRect) const
{
    const RenderContext &ctx = mContext;
    const double halo = ctx.px(ctx.style.haloWidthPoints);
    if (ctx.rasterLabels) {
        const QImage sprite =
            LabelSpriteCache::instance().sprite(ctx.textMaker, job, halo, ctx.style.haloColor, ctx.devicePixelRatio);
        // On whole device pixels, so the cached antialiasing is reproduced exactly.
        const QPointF topLeft(std::round(paddedRect.left() * ctx.devicePixelRatio) / ctx.devicePixelRatio,
                              std::round(paddedRect.top() * ctx.devicePixelRatio) / ctx.devicePixelRatio);
        ctx.painter.drawImage(topLeft, sprite);
        return;
    }
    const QPainterPath outline = textPath(ctx.textMaker, job, halo).translated(paddedRect.topLeft());
    const QPointF origin =
        paddedRect.topLeft() + QPointF(halo, halo - ctx.textMaker.trimOffset(job.pixelSize, job.bold));
    ctx.drawTextWithHalo(job.text, outline, origin, job.pixelSize, job.bold, job.color,
                         QPen(ctx.style.haloColor, 2 * halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
}

void MapLabels::placeAndDraw(const std::vector<QPainterPath> &wardScreenPaths, MapFurniture &furniture)
{
    mContext.useScreenCoordinates();
    placeOfficeLabels(furniture);
    collectWardLabels(wardScreenPaths);
    collectDistanceLabels();
    collectTransferLabels();
    collectCircleLabels();
    collectSchoolDistrictLabels();
    collectSchoolLabels();
    const std::vector<LabelPlacer::Placement> placements = mPlacer.placeAll(mRequests);
    drawOfficeLabels();
    // Drawn in request order (ward names were requested first, …) so the look does not depend on the
    // placing order.
    std::vector<const LabelPlacer::Placement *> byKey(mJobs.size(), nullptr);
    for (const LabelPlacer::Placement &placement : placements)
        byKey[std::size_t(placement.key)] = &placement;
    for (std::size_t key = 0; key < byKey.size(); ++key) {
        if (byKey[key])
            drawLabel(mJobs[key], byKey[key]->rect);
    }
}

} // namespace madoguchi::gis
