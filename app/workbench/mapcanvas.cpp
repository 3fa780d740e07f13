#include "app/workbench/mapcanvas.h"

#include "app/lib/languagesettings.h"
#include "app/workbench/mapcanvasinteraction.h"
#include "app/workbench/maprenderjob.h"
#include "core/feedback.h"
#include "core/diagnostic.h"
#include "gis/maprenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QResizeEvent>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cmath>

// The mouse and keyboard interaction is in mapcanvasinteraction.cpp.

namespace madoguchi::app {

namespace {

// Long enough to coalesce a burst of wheel notches or drag moves into one render, short enough not
// to be noticed.
constexpr int kRenderDelayMilliseconds = 30;
// The scales the view is kept between: from a building (5 cm per pixel) to a continent (20 km per
// pixel); beyond them the projection, not the map, fills the screen.
constexpr double kMinMetersPerPixel = 0.05;
constexpr double kMaxMetersPerPixel = 20000.0;
// An office alone is shown with this much around it.
constexpr double kOfficeViewMeters = 3000.0;

bool hasArea(const QRectF &rect)
{
    return rect.width() > 0.0 && rect.height() > 0.0 && std::isfinite(rect.width()) && std::isfinite(rect.height());
}

} // namespace

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::WheelFocus);
    setMouseTracking(true);
    // paintEvent fills every pixel.
    setAttribute(Qt::WA_OpaquePaintEvent);
    mSettings.outputSize = size();
    // On screen the map's own texts follow the interface; exports reset them to Japanese.
    mSettings.legendLanguage = interfaceLanguage();
    mSettings.approximateDistrictNotice = tr("School districts are approximate (nearest-school areas)");

    // Two threads, so a new render starts while a cancelled one is still winding down.
    mThreadPool = new QThreadPool(this);
    mThreadPool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));

    mRenderTimer = new QTimer(this);
    mRenderTimer->setSingleShot(true);
    mRenderTimer->setInterval(kRenderDelayMilliseconds);
    connect(mRenderTimer, &QTimer::timeout, this, &MapCanvas::startRender);

    // Called on a worker thread with the channel locked; the destructor disconnects the channel (under
    // the same lock) before the QObject goes, and ~QObject discards events already posted to it.
    mChannel = std::make_shared<MapRenderChannel>([this](MapRenderResult &&result) {
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)]() { renderDone(result); }, Qt::QueuedConnection);
    });
    updateCursor(QPointF(-1, -1));
}

MapCanvas::~MapCanvas()
{
    mChannel->disconnect();
    if (mCancelRender)
        mCancelRender->cancel();
    mThreadPool->clear();
    // Cancelled jobs stop within a few hundred features; they hold their own content and settings.
    mThreadPool->waitForDone();
}

void MapCanvas::setContent(std::shared_ptr<const gis::MapContent> content)
{
    const bool keepView = mContent && content && mContent->crs == content->crs && hasView();
    mContent = std::move(content);
    mRenderError.clear();
    if (!mContent) {
        mImage = QImage();
        mImageSettings = gis::MapSettings();
        scheduleRender(); // cancels
        updateCursor(QPointF(-1, -1));
        update();
        return;
    }
    if (keepView) {
        scheduleRender();
    } else {
        // The old picture is in another CRS: it cannot be moved into the new view.
        mImage = QImage();
        mImageSettings = gis::MapSettings();
        zoomToFullExtent();
    }
    update();
}

void MapCanvas::setMapSettings(const gis::MapSettings &settings)
{
    const double oldDpi = mSettings.dpi;
    const QRectF extent = mSettings.extent;
    const QSize outputSize = mSettings.outputSize;
    mSettings = settings;
    mSettings.extent = extent;
    mSettings.outputSize = outputSize;
    mSelection = inContentOrder(mSettings.selectedOfficeIds);
    if (mSettings.dpi != oldDpi)
        viewChanged(); // the scale denominator depends on the dpi
    else
        scheduleRender();
    update();
}

gis::MapSettings MapCanvas::mapSettings() const
{
    gis::MapSettings settings = mSettings;
    if (hasView())
        settings.extent = settings.visibleExtent();
    return settings;
}

void MapCanvas::setExtent(const QRectF &extent)
{
    if (!std::isfinite(extent.x()) || !std::isfinite(extent.y()) || !std::isfinite(extent.width())
        || !std::isfinite(extent.height()))
        return;
    // MapSettings::zoomToFit turns a point or a line into a square around it; with an empty output
    // it leaves the extent as computed (the aspect is applied once the widget has a size).
    gis::MapSettings fit;
    fit.zoomToFit(extent.normalized(), 0.0);
    mRequestedExtent = fit.extent;
    mSettings.extent = fit.extent;
    if (hasView())
        mSettings.extent = limitedToScales(mSettings.visibleExtent());
    viewChanged();
}

QRectF MapCanvas::extent() const
{
    return hasView() ? mSettings.visibleExtent() : mSettings.extent;
}

void MapCanvas::zoomToFullExtent()
{
    if (mContent)
        zoomToBounds(mContent->bounds);
}

void MapCanvas::zoomToBounds(const QRectF &bounds)
{
    gis::MapSettings fit;
    fit.zoomToFit(bounds.normalized(), 0.05);
    setExtent(fit.extent);
}

void MapCanvas::zoomIn()
{
    zoomAbout(kStepZoomFactor, QRectF(rect()).center());
}

void MapCanvas::zoomOut()
{
    zoomAbout(1.0 / kStepZoomFactor, QRectF(rect()).center());
}

void MapCanvas::zoomToOffices(const QStringList &officeIds)
{
    if (!mContent)
        return;
    std::optional<QRectF> bounds;
    for (const gis::MapOffice &office : mContent->offices) {
        if (!officeIds.contains(office.id))
            continue;
        if (!bounds) {
            bounds = QRectF(office.point, QSizeF(0, 0));
            continue;
        }
        // By hand: QRectF::united ignores empty rectangles, and a point is one.
        bounds->setLeft(std::min(bounds->left(), office.point.x()));
        bounds->setRight(std::max(bounds->right(), office.point.x()));
        bounds->setTop(std::min(bounds->top(), office.point.y()));
        bounds->setBottom(std::max(bounds->bottom(), office.point.y()));
    }
    if (!bounds)
        return;
    // Enough around a single office (or close ones) to see where it is.
    QRectF area = *bounds;
    area.setWidth(std::max(area.width(), kOfficeViewMeters));
    area.setHeight(std::max(area.height(), kOfficeViewMeters));
    area.moveCenter(bounds->center());
    zoomToBounds(area);
}

void MapCanvas::setTool(Tool tool)
{
    if (mTool == tool)
        return;
    mTool = tool;
    mRubberBand = QRectF();
    updateCursor(mapFromGlobal(QCursor::pos()));
    update();
}

void MapCanvas::setSelectedOfficeIds(const QStringList &officeIds)
{
    const QSet<QString> ids(officeIds.begin(), officeIds.end());
    if (ids == mSettings.selectedOfficeIds && officeIds == mSelection)
        return;
    mSelection = officeIds;
    if (ids == mSettings.selectedOfficeIds)
        return;
    mSettings.selectedOfficeIds = ids;
    scheduleRender();
}

QStringList MapCanvas::selectedOfficeIds() const
{
    return mSelection;
}

void MapCanvas::setOfficeTooltipProvider(OfficeTooltipProvider provider)
{
    mTooltipProvider = std::move(provider);
}

bool MapCanvas::isRendering() const
{
    return mRenderPending || mRendering;
}

// Rendering ---------------------------------------------------------------------------------------

void MapCanvas::scheduleRender()
{
    cancelRender();
    if (!mContent || !hasView() || !isVisible()) {
        // showEvent() schedules the render of a hidden canvas.
        mRenderPending = false;
        mRenderTimer->stop();
        return;
    }
    mRenderPending = true;
    mRenderTimer->start(); // restarts: a burst of changes renders once
}

void MapCanvas::cancelRender()
{
    if (mCancelRender)
        mCancelRender->cancel();
    // Whatever is in flight now answers an outdated request.
    ++mGeneration;
    mRendering = false;
}

void MapCanvas::startRender()
{
    mRenderPending = false;
    if (!mContent || !hasView())
        return;
    cancelRender();
    mCancelRender = std::make_shared<Feedback>();
    mRendering = true;
    mThreadPool->start(new MapRenderJob(mGeneration, mContent, mSettings, devicePixelRatioF(), mCancelRender, mChannel));
}

void MapCanvas::renderDone(const MapRenderResult &result)
{
    if (result.generation != mGeneration || !mRendering)
        return;
    mRendering = false;
    if (result.complete) {
        mImage = result.image;
        mImageSettings = result.settings;
        mRenderError.clear();
        update();
        Q_EMIT renderFinished(result.milliseconds);
    } else if (!result.error.isEmpty()) {
        mRenderError = result.error;
        update();
        Q_EMIT renderFailed(mRenderError);
    }
}

// The view ----------------------------------------------------------------------------------------

bool MapCanvas::hasView() const
{
    return !mSettings.visibleExtent().isNull();
}

QRectF MapCanvas::limitedToScales(const QRectF &visibleExtent) const
{
    if (mSettings.outputSize.width() <= 0 || !hasArea(visibleExtent))
        return visibleExtent;
    const double metersPerPixel = visibleExtent.width() / double(mSettings.outputSize.width());
    const double limited = std::clamp(metersPerPixel, kMinMetersPerPixel, kMaxMetersPerPixel);
    if (limited == metersPerPixel)
        return visibleExtent;
    QRectF extent(0, 0, visibleExtent.width() * limited / metersPerPixel,
                  visibleExtent.height() * limited / metersPerPixel);
    extent.moveCenter(visibleExtent.center());
    return extent;
}

void MapCanvas::setViewExtent(const QRectF &visibleExtent)
{
    if (!hasArea(visibleExtent))
        return;
    mRequestedExtent.reset();
    mSettings.extent = limitedToScales(visibleExtent);
    viewChanged();
}

void MapCanvas::viewChanged()
{
    double scale = 0.0;
    if (hasView()) {
        try {
            scale = mSettings.scaleDenominator(mContent ? mContent->crs : gis::DisplayCrs());
        } catch (const InputError &) {
            // PROJ cannot take the view's centre back to degrees (far outside the zone): the scale
            // is then given on the projection plane, without the point scale factor.
            scale = mSettings.scaleDenominator(gis::DisplayCrs());
        }
    }
    Q_EMIT extentChanged(extent(), scale);
    scheduleRender();
    update();
}

void MapCanvas::zoomAbout(double factor, const QPointF &screenAnchor)
{
    if (!hasView() || !(factor > 0.0) || !std::isfinite(factor))
        return;
    // Stop at the scale limits instead of moving the anchor.
    const double metersPerPixel = mSettings.metersPerPixel();
    const double limited = std::clamp(metersPerPixel / factor, kMinMetersPerPixel, kMaxMetersPerPixel);
    factor = metersPerPixel / limited;
    if (std::abs(factor - 1.0) < 1e-9)
        return;
    gis::MapSettings zoomed = mSettings;
    zoomed.zoomBy(factor, screenAnchor);
    setViewExtent(zoomed.extent);
}

void MapCanvas::panByPixels(const QPointF &screenDelta)
{
    if (!hasView())
        return;
    gis::MapSettings moved = mSettings;
    moved.extent = moved.visibleExtent();
    moved.panByPixels(screenDelta);
    setViewExtent(moved.extent);
}

// Painting ----------------------------------------------------------------------------------------

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!mContent) {
        painter.fillRect(rect(), QColor(0xf3, 0xf5, 0xf8));
        paintHint(painter, tr("Open a project (File ▸ Open) or drop a .madoguchi file here"));
        return;
    }
    painter.fillRect(rect(), mSettings.backgroundColor);
    if (!mImage.isNull() && hasView()) {
        // The last finished picture, moved and scaled from the view it was rendered for to the view
        // now (both are axis-aligned, so the transform is a scale and a shift).
        const QTransform imageToScreen = mImageSettings.screenToMap() * mSettings.mapToScreen();
        const QRectF target = imageToScreen.mapRect(QRectF(QPointF(0, 0), QSizeF(mImageSettings.outputSize)));
        const bool sameSize = std::abs(target.width() - mImageSettings.outputSize.width()) < 1e-6
                              && std::abs(target.height() - mImageSettings.outputSize.height()) < 1e-6;
        if (sameSize) {
            painter.drawImage(QPointF(std::round(target.left()), std::round(target.top())), mImage);
        } else {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(target, mImage);
        }
    } else if (isRendering()) {
        paintHint(painter, tr("Drawing the map…"));
    }

    if (!mRubberBand.isNull()) {
        const bool selecting = mTool == Tool::Select;
        QColor edge = selecting ? mSettings.style.selectionColor.darker(130) : QColor(0x2b, 0x5f, 0x9e);
        QColor fill = selecting ? mSettings.style.selectionColor : QColor(0x4a, 0x8a, 0xd4);
        fill.setAlpha(56);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(edge, 1.0));
        painter.setBrush(fill);
        painter.drawRect(mRubberBand.adjusted(0.5, 0.5, -0.5, -0.5));
    }

    if (!mRenderError.isEmpty()) {
        const QString text = tr("The map could not be drawn: %1").arg(mRenderError);
        const QFontMetricsF metrics(font());
        const QRectF box = QRectF(rect()).adjusted(8, 8, -8, -8);
        const QRectF textRect = metrics.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xfd, 0xec, 0xea, 0xf0));
        painter.drawRect(textRect.adjusted(-6, -4, 6, 4));
        painter.setPen(QColor(0x9b, 0x1c, 0x1c));
        painter.drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    }

    // A screen change (another device pixel ratio) needs a sharper or smaller picture.
    if (!mImage.isNull() && !isRendering() && mImage.devicePixelRatio() != devicePixelRatioF())
        QTimer::singleShot(0, this, &MapCanvas::scheduleRender);
}

void MapCanvas::paintHint(QPainter &painter, const QString &text)
{
    QFont hintFont = font();
    if (hintFont.pointSizeF() > 0)
        hintFont.setPointSizeF(hintFont.pointSizeF() * 1.2);
    painter.setFont(hintFont);
    painter.setPen(QColor(0x6b, 0x72, 0x7c));
    painter.drawText(QRectF(rect()).adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, text);
}

// Size and visibility -----------------------------------------------------------------------------

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    const bool hadView = hasView();
    const QPointF centre = mSettings.visibleExtent().center();
    const double metersPerPixel = mSettings.metersPerPixel();
    mSettings.outputSize = event->size();
    if (mRequestedExtent) {
        // Still what was asked for: keep it whole.
        mSettings.extent = *mRequestedExtent;
        if (hasView())
            mSettings.extent = limitedToScales(mSettings.visibleExtent());
    } else if (hadView && hasView()) {
        // The user's view: keep its centre and scale, show more or less around it.
        QRectF extent(0, 0, metersPerPixel * event->size().width(), metersPerPixel * event->size().height());
        extent.moveCenter(centre);
        mSettings.extent = extent;
    }
    viewChanged();
    QWidget::resizeEvent(event);
}

void MapCanvas::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mContent && !isRendering())
        scheduleRender();
}

} // namespace madoguchi::app
