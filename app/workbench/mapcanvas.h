#pragma once

#include "gis/mapcontent.h"
#include "gis/mapsettings.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QPainter;
class QThreadPool;
class QTimer;

namespace madoguchi::app {

struct MapRenderResult;
struct MapRenderChannel;

// The interactive map. Renders through gis::MapRenderer into an image on a worker thread and shows the
// last finished image, moved and scaled to the current view while a new one renders, so panning and
// zooming stay smooth on large layers (QGIS's canvas model). All drawing of map content goes through
// MapRenderer; the canvas itself only draws the cached image, the rubber band and the zoom box.
//
// Interaction: drag pans (pan and identify tools, or the middle button in any tool) or draws a zoom box (zoom tool)
// or a selection box (select tool; Shift adds, Ctrl toggles); the wheel zooms about the cursor by 1.25
// per notch (fractions of a notch from touchpads zoom smoothly); arrow keys pan by a quarter of the
// view, +/= and - zoom by 2, Home or 0 shows the full extent, Escape drops a box being drawn; a click
// selects the office under the cursor (select and identify tools; the identify tool also reports it)
// or clears the selection, or zooms in 2x about the point (zoom tool); hovering an office shows a
// tooltip (name, kind, distance to the nearest ward office, workload or catchment).
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    enum class Tool { Pan, ZoomIn, Select, Identify };
    Q_ENUM(Tool)

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // The content to draw (null: an empty canvas). Keeps the current extent when the new content has
    // the same CRS, otherwise zooms to its full extent.
    void setContent(std::shared_ptr<const gis::MapContent> content);
    std::shared_ptr<const gis::MapContent> content() const { return mContent; }

    // Everything but the output size (which follows the widget) and the extent (which follows the
    // interaction) is taken from `settings`; re-renders.
    void setMapSettings(const gis::MapSettings &settings);
    // The current settings with the widget's size and extent.
    gis::MapSettings mapSettings() const;

    // Shows `extent` (display metres, y north) whole, grown to the widget's aspect; it stays fitted
    // when the widget is resized until the user pans or zooms (then the scale is kept instead).
    void setExtent(const QRectF &extent);
    // What the widget shows now (the visible extent), display metres, y north.
    QRectF extent() const;
    void zoomToFullExtent();
    void zoomToBounds(const QRectF &bounds); // e.g. a layer's or the selection's bounds
    void zoomIn();
    void zoomOut();
    void zoomToOffices(const QStringList &officeIds);

    void setTool(Tool tool);
    Tool tool() const { return mTool; }

    void setSelectedOfficeIds(const QStringList &officeIds);
    QStringList selectedOfficeIds() const;

    // Tooltip text for an office, set by the window that knows the evaluation. Empty: the name only.
    using OfficeTooltipProvider = std::function<QString(const QString &officeId)>;
    void setOfficeTooltipProvider(OfficeTooltipProvider provider);

    // For tests and benchmarks: true while a render is scheduled or its job runs. A hidden canvas
    // does not render (it renders when shown).
    bool isRendering() const;
    // The last complete rendered image (device pixels, devicePixelRatio set) and the settings it was
    // rendered with (its outputSize in logical pixels).
    QImage renderedImage() const { return mImage; }
    gis::MapSettings renderedImageSettings() const { return mImageSettings; }

Q_SIGNALS:
    // The user selected offices on the map (click or box). Not emitted by setSelectedOfficeIds().
    void officesSelected(const QStringList &officeIds);
    // The identify tool clicked an office.
    void officeIdentified(const QString &officeId);
    // The cursor moved over the map: geographic degrees (JGD2011) and display metres (y north).
    void cursorMoved(const GeoPoint &geographic, const QPointF &display);
    // The cursor left the map.
    void cursorLeft();
    // The extent or the scale changed (after zoom, pan or resize): the visible extent (display
    // metres) and the scale 1:N at its centre for the settings' dpi.
    void extentChanged(const QRectF &extent, double scaleDenominator);
    // A render finished (with its duration in milliseconds).
    void renderFinished(double milliseconds);
    // A render failed; the canvas shows the message over the last image until the next render.
    void renderFailed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override; // a hidden canvas does not render
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    // The extent, output size or anything drawn changed: cancels the render in progress (its picture
    // is outdated) and starts a new one after a short pause, so a burst of wheel notches or drag moves
    // costs one render.
    void scheduleRender();
    void startRender();
    void cancelRender();
    // On the GUI thread, queued by the job; results of outdated requests are dropped.
    void renderDone(const MapRenderResult &result);

    // Sets the view (display metres) the user navigated to, limited to sensible scales; forgets a
    // requested extent, emits extentChanged and re-renders.
    void setViewExtent(const QRectF &visibleExtent);
    void viewChanged();
    void zoomAbout(double factor, const QPointF &screenAnchor);
    void panByPixels(const QPointF &screenDelta);
    QRectF limitedToScales(const QRectF &visibleExtent) const;
    bool hasView() const;

    bool isPanDrag() const;
    const gis::MapOffice *officeAt(const QPointF &position) const;
    void clickAt(const QPointF &position, Qt::MouseButton button, Qt::KeyboardModifiers modifiers);
    void finishBox(const QRectF &screenRect, Qt::KeyboardModifiers modifiers);
    // Applies a user selection: replaces, adds (Shift) or toggles (Ctrl) and emits officesSelected.
    void selectByUser(const QStringList &officeIds, Qt::KeyboardModifiers modifiers);
    void updateCursor(const QPointF &position);
    QStringList inContentOrder(const QSet<QString> &officeIds) const;

    void paintHint(QPainter &painter, const QString &text);

    std::shared_ptr<const gis::MapContent> mContent;
    gis::MapSettings mSettings;        // the view now; outputSize follows the widget (logical pixels)
    // The extent last requested by setExtent()/zoomTo…(): kept fitted on resize until the user
    // navigates (a freshly opened project stays whole when the window is maximised).
    std::optional<QRectF> mRequestedExtent;
    QStringList mSelection;            // as set or selected, for selectedOfficeIds()
    QImage mImage;                     // the last finished render (device pixels, with the DPR set)
    gis::MapSettings mImageSettings;   // the view it was rendered for
    QString mRenderError;              // why the last render failed; empty when it did not

    // Rendering. Each job gets its own cancel flag; only the newest one matters. The channel outlives
    // the canvas in the jobs that hold it and is disconnected in the destructor.
    QThreadPool *mThreadPool = nullptr;
    std::shared_ptr<MapRenderChannel> mChannel;
    std::shared_ptr<Feedback> mCancelRender;
    quint64 mGeneration = 0;
    bool mRendering = false;
    bool mRenderPending = false;
    QTimer *mRenderTimer = nullptr;

    Tool mTool = Tool::Pan;
    OfficeTooltipProvider mTooltipProvider;

    // Interaction state: the button that started a drag, where it was pressed and the last position.
    Qt::MouseButton mDragButton = Qt::NoButton;
    std::optional<QPointF> mPressPosition;
    QPointF mLastDragPosition;
    bool mDragging = false;            // moved beyond the drag distance since the press
    QRectF mRubberBand;                // screen, while a zoom or selection box is drawn
};

} // namespace madoguchi::app
