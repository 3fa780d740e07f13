#include "app/workbench/mapcanvas.h"

#include "app/workbench/mapcanvasinteraction.h"
#include "core/diagnostic.h"
#include "gis/maprenderer.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

// MapCanvas's mouse and keyboard: panning, zooming, selecting and identifying offices, the cursor and
// the offices' tooltips. The view, the rendering and the painting are in mapcanvas.cpp.

namespace madoguchi::app {

namespace {

// One wheel notch is 120 eighths of a degree (QWheelEvent::angleDelta).
constexpr double kWheelNotch = 120.0;
constexpr double kWheelZoomFactor = 1.25;
// A press that moves less than this is a click, not a drag.
constexpr double kClickTolerancePixels = 4.0;
// How far from an office's symbol a click or the cursor still picks it.
constexpr double kPickTolerancePixels = 4.0;
// The smallest zoom box that zooms (smaller boxes are taken for a slip of the hand).
constexpr double kMinZoomBoxPixels = 3.0;

} // namespace

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    const bool usable = event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton;
    if (!mContent || !hasView() || !usable || mDragButton != Qt::NoButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    mDragButton = event->button();
    mPressPosition = event->position();
    mLastDragPosition = event->position();
    mDragging = false;
    event->accept();
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF position = event->position();
    if (mContent && hasView()) {
        const QPointF display = mSettings.toMap(position);
        try {
            Q_EMIT cursorMoved(mContent->crs.inverse(display), display);
        } catch (const InputError &) {
            // Off the projection's domain: there are no coordinates to show.
            Q_EMIT cursorLeft();
        }
    }
    if (mDragButton == Qt::NoButton || !mPressPosition) {
        updateCursor(position);
        return;
    }
    if (!mDragging) {
        const QPointF moved = position - *mPressPosition;
        if (std::max(std::abs(moved.x()), std::abs(moved.y())) < kClickTolerancePixels)
            return;
        mDragging = true;
        QToolTip::hideText();
    }
    if (isPanDrag()) {
        panByPixels(position - mLastDragPosition);
    } else {
        mRubberBand = QRectF(*mPressPosition, position).normalized();
        update();
    }
    mLastDragPosition = position;
    updateCursor(position);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != mDragButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const QPointF position = event->position();
    const Qt::MouseButton button = mDragButton;
    const bool dragged = mDragging;
    const bool panned = isPanDrag();
    const QRectF band = mRubberBand;
    mDragButton = Qt::NoButton;
    mPressPosition.reset();
    mDragging = false;
    mRubberBand = QRectF();
    if (!dragged)
        clickAt(position, button, event->modifiers());
    else if (!panned)
        finishBox(band, event->modifiers());
    update();
    updateCursor(position);
    event->accept();
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (!mContent || !hasView() || delta == 0) {
        QWidget::wheelEvent(event);
        return;
    }
    // Touchpads send fractions of a notch; the zoom follows them smoothly.
    zoomAbout(std::pow(kWheelZoomFactor, double(delta) / kWheelNotch), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (!mContent || !hasView()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const QSizeF quarter = QSizeF(mSettings.outputSize) / 4.0;
    switch (event->key()) {
    case Qt::Key_Left:
        panByPixels(QPointF(quarter.width(), 0)); // the map moves right: what is west comes into view
        break;
    case Qt::Key_Right:
        panByPixels(QPointF(-quarter.width(), 0));
        break;
    case Qt::Key_Up:
        panByPixels(QPointF(0, quarter.height()));
        break;
    case Qt::Key_Down:
        panByPixels(QPointF(0, -quarter.height()));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        zoomToFullExtent();
        break;
    case Qt::Key_Escape:
        if (mDragButton == Qt::NoButton || isPanDrag()) {
            QWidget::keyPressEvent(event);
            return;
        }
        // Drop the box; the release that follows does nothing.
        mRubberBand = QRectF();
        mDragButton = Qt::NoButton;
        mPressPosition.reset();
        mDragging = false;
        update();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapCanvas::leaveEvent(QEvent *event)
{
    Q_EMIT cursorLeft();
    QWidget::leaveEvent(event);
}

bool MapCanvas::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const gis::MapOffice *office = mDragButton == Qt::NoButton ? officeAt(help->pos()) : nullptr;
    if (!office) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QString text = mTooltipProvider ? mTooltipProvider(office->id) : QString();
    if (text.isEmpty())
        text = office->name;
    // The tooltip stays while the cursor is over the symbol.
    const QPointF centre = mSettings.toScreen(office->point);
    const double radius = mSettings.style.officeSymbol(office->kind).sizePoints * mSettings.pixelsPerPoint() / 2.0
                          + kPickTolerancePixels;
    const QRect area = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius).toAlignedRect();
    QToolTip::showText(help->globalPos(), text, this, area);
    return true;
}

// Interaction -------------------------------------------------------------------------------------

bool MapCanvas::isPanDrag() const
{
    return mDragButton == Qt::MiddleButton || mTool == Tool::Pan || mTool == Tool::Identify;
}

const gis::MapOffice *MapCanvas::officeAt(const QPointF &position) const
{
    if (!mContent || !hasView())
        return nullptr;
    const std::optional<QString> id = gis::MapRenderer::officeAt(position, mSettings, *mContent, kPickTolerancePixels);
    if (!id)
        return nullptr;
    for (const gis::MapOffice &office : mContent->offices)
        if (office.id == *id)
            return &office;
    return nullptr;
}

void MapCanvas::clickAt(const QPointF &position, Qt::MouseButton button, Qt::KeyboardModifiers modifiers)
{
    if (button != Qt::LeftButton)
        return;
    switch (mTool) {
    case Tool::Pan:
        return;
    case Tool::ZoomIn:
        zoomAbout(kStepZoomFactor, position);
        return;
    case Tool::Select:
    case Tool::Identify:
        break;
    }
    const gis::MapOffice *office = officeAt(position);
    if (office) {
        selectByUser({office->id}, mTool == Tool::Identify ? Qt::NoModifier : modifiers);
        if (mTool == Tool::Identify)
            Q_EMIT officeIdentified(office->id);
    } else if (!(modifiers & (Qt::ShiftModifier | Qt::ControlModifier))) {
        // A click beside every office clears the selection; with a modifier it was meant to add.
        selectByUser({}, Qt::NoModifier);
    }
}

void MapCanvas::finishBox(const QRectF &screenRect, Qt::KeyboardModifiers modifiers)
{
    if (!mContent || !hasView())
        return;
    switch (mTool) {
    case Tool::ZoomIn: {
        if (screenRect.width() < kMinZoomBoxPixels || screenRect.height() < kMinZoomBoxPixels)
            return;
        gis::MapSettings zoomed = mSettings;
        zoomed.extent = mSettings.screenToMap().mapRect(screenRect);
        setViewExtent(zoomed.visibleExtent());
        return;
    }
    case Tool::Select:
        selectByUser(gis::MapRenderer::officesIn(screenRect, mSettings, *mContent), modifiers);
        return;
    case Tool::Pan:
    case Tool::Identify:
        return;
    }
}

void MapCanvas::selectByUser(const QStringList &officeIds, Qt::KeyboardModifiers modifiers)
{
    QSet<QString> selection;
    if (modifiers & Qt::ShiftModifier) {
        selection = mSettings.selectedOfficeIds;
        for (const QString &id : officeIds)
            selection.insert(id);
    } else if (modifiers & Qt::ControlModifier) {
        selection = mSettings.selectedOfficeIds;
        for (const QString &id : officeIds) {
            if (!selection.remove(id))
                selection.insert(id);
        }
    } else {
        selection = QSet<QString>(officeIds.begin(), officeIds.end());
    }
    const QStringList ordered = inContentOrder(selection);
    mSelection = ordered;
    if (selection != mSettings.selectedOfficeIds) {
        mSettings.selectedOfficeIds = selection;
        scheduleRender();
    }
    Q_EMIT officesSelected(ordered);
}

QStringList MapCanvas::inContentOrder(const QSet<QString> &officeIds) const
{
    QStringList ordered;
    if (mContent) {
        for (const gis::MapOffice &office : mContent->offices)
            if (officeIds.contains(office.id))
                ordered.push_back(office.id);
    }
    // Ids the content does not know (yet) keep a stable order after the known ones.
    QStringList unknown;
    for (const QString &id : officeIds)
        if (!ordered.contains(id))
            unknown.push_back(id);
    unknown.sort();
    return ordered + unknown;
}

void MapCanvas::updateCursor(const QPointF &position)
{
    if (!mContent) {
        unsetCursor();
        return;
    }
    if (mDragging && isPanDrag()) {
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    switch (mTool) {
    case Tool::Pan:
        setCursor(Qt::OpenHandCursor);
        break;
    case Tool::ZoomIn:
        setCursor(Qt::CrossCursor);
        break;
    case Tool::Select:
        setCursor(officeAt(position) ? Qt::PointingHandCursor : Qt::ArrowCursor);
        break;
    case Tool::Identify:
        setCursor(officeAt(position) ? Qt::PointingHandCursor : Qt::WhatsThisCursor);
        break;
    }
}

} // namespace madoguchi::app
