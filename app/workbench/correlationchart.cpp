#include "app/workbench/correlationchart.h"

#include "app/workbench/japanesefont.h"

#include "gis/labelplacer.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRubberBand>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace madoguchi::app {

namespace {

constexpr double kPointsToPixels = 96.0 / 72.0;
// Chart symbols are drawn a little larger than on the map: the chart is read point by point.
constexpr double kChartSymbolScale = 1.5;
constexpr double kLabelGapPx = 3.0;
// A selected point is drawn this much larger, inside its selection ring.
constexpr double kSelectedScale = 1.4;

QString decisionName(std::optional<Decision> decision)
{
    if (!decision)
        return QCoreApplication::translate("CorrelationChart", "No decision");
    switch (*decision) {
    case Decision::Keep:
        return QCoreApplication::translate("CorrelationChart", "Keep");
    case Decision::ServiceCorner:
        return QCoreApplication::translate("CorrelationChart", "Service corner");
    case Decision::Close:
        return QCoreApplication::translate("CorrelationChart", "Close");
    case Decision::Upgrade:
        return QCoreApplication::translate("CorrelationChart", "Upgrade");
    }
    return {};
}

QString kindName(OfficeKind kind)
{
    switch (kind) {
    case OfficeKind::WardOffice:
        return QCoreApplication::translate("CorrelationChart", "ward office");
    case OfficeKind::GeneralBranch:
        return QCoreApplication::translate("CorrelationChart", "general branch office");
    case OfficeKind::Branch:
        return QCoreApplication::translate("CorrelationChart", "branch office");
    }
    return {};
}

// The largest "nice" number (1, 2, 2.5, 5 times a power of ten) at or above `value`.
double niceCeiling(double value)
{
    if (!(value > 0.0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= value * (1.0 - 1e-12))
            return step * magnitude;
    return 10.0 * magnitude;
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

// The chart's own drawings over (or under) Qt Charts' items: a graphics item parented to the chart,
// painting in chart coordinates, so that the widget, grab() and render() all show it.
class CorrelationChartLayer : public QGraphicsItem
{
public:
    enum class Kind { Underlay, Overlay };

    CorrelationChartLayer(CorrelationChart *owner, QChart *chart, Kind kind)
        : QGraphicsItem(chart)
        , mOwner(owner)
        , mChart(chart)
        , mKind(kind)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
    }

    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), mChart->size()); }

    void refresh()
    {
        prepareGeometryChange();
        update();
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mKind == Kind::Underlay)
            paintUnderlay(*painter);
        else
            paintOverlay(*painter);
        painter->restore();
    }

private:
    QFont font(double pointSize, bool bold = false) const
    {
        return exportableFont(mOwner->mStyle.fontFamily, pointSize * mOwner->mFontScale, bold);
    }

    // Chart coordinates of a distance (km) and of a value (nullopt when it is off a log axis), from the
    // axes' ranges and the plot area, as Qt Charts maps the series.
    double xToChart(double x) const;
    std::optional<double> yToChart(double y) const;

    // Half the width the point takes on screen: its symbol, or a selected point's selection ring.
    double symbolRadius(const CorrelationPoint &point) const
    {
        const double size = mOwner->markerSizePx(point.kind);
        if (!mOwner->mSelected.contains(point.officeId))
            return size / 2.0;
        const gis::MapStyle &style = mOwner->mStyle;
        return size * kSelectedScale / 2.0 + (style.selectionGapPoints + style.selectionWidthPoints / 2.0) * kPointsToPixels;
    }

    struct Quadrant
    {
        QRectF rect;
        QColor fill;
        QString name;
        Qt::Alignment align;
        QRectF nameRect;
    };
    // Where the quadrants, the guide lines and their texts go (chart coordinates). Computed by both
    // layers: the underlay draws them, the overlay keeps the office labels off their texts.
    struct Furniture
    {
        double xThreshold = 0.0;
        std::optional<double> yThreshold;
        std::vector<Quadrant> quadrants;
        QString guideText;
        QRectF guideRect;
        QString valueText;
        QRectF valueRect;
    };
    Furniture furniture() const;
    QFont quadrantFont() const { return font(9.0, true); }
    QFont guideFont() const { return font(8.5, true); }

    void paintUnderlay(QPainter &painter) const;
    void paintOverlay(QPainter &painter) const;
    void paintSymbol(QPainter &painter, const CorrelationPoint &point, const QPointF &center,
                     double sizePx) const;

    CorrelationChart *mOwner;
    QChart *mChart;
    Kind mKind;
};

double CorrelationChartLayer::xToChart(double x) const
{
    const QRectF plot = mChart->plotArea();
    const auto *axis = mOwner->mAxisX;
    if (!axis || axis->max() <= axis->min())
        return plot.left();
    return plot.left() + (x - axis->min()) / (axis->max() - axis->min()) * plot.width();
}

std::optional<double> CorrelationChartLayer::yToChart(double y) const
{
    const QRectF plot = mChart->plotArea();
    if (const auto *axis = qobject_cast<QValueAxis *>(mOwner->mAxisY)) {
        if (axis->max() <= axis->min())
            return std::nullopt;
        return plot.bottom() - (y - axis->min()) / (axis->max() - axis->min()) * plot.height();
    }
    if (const auto *axis = qobject_cast<QLogValueAxis *>(mOwner->mAxisY)) {
        if (y <= 0.0 || axis->max() <= axis->min() || axis->min() <= 0.0)
            return std::nullopt;
        const double low = std::log10(axis->min());
        const double high = std::log10(axis->max());
        return plot.bottom() - (std::log10(y) - low) / (high - low) * plot.height();
    }
    return std::nullopt;
}

CorrelationChartLayer::Furniture CorrelationChartLayer::furniture() const
{
    const CorrelationChart &c = *mOwner;
    const gis::MapStyle &style = c.mStyle;
    const QRectF plot = mChart->plotArea();
    Furniture f;
    f.xThreshold = std::clamp(xToChart(c.mDistanceThresholdKm), plot.left(), plot.right());
    if (c.mValueThreshold)
        if (const auto y = yToChart(*c.mValueThreshold))
            f.yThreshold = std::clamp(*y, plot.top(), plot.bottom());

    // The quadrants: near and light (closure candidates) in the closing colour, far and busy in the
    // keeping colour, the mixed ones neutral; without a value threshold only near and far.
    const QRectF near(QPointF(plot.left(), plot.top()), QPointF(f.xThreshold, plot.bottom()));
    const QRectF far(QPointF(f.xThreshold, plot.top()), QPointF(plot.right(), plot.bottom()));
    if (f.yThreshold) {
        const double y = *f.yThreshold;
        f.quadrants.push_back({QRectF(QPointF(near.left(), y), near.bottomRight()), withAlpha(style.closeColor, 26),
                               CorrelationChart::tr("Near and light: closure candidates"),
                               Qt::AlignLeft | Qt::AlignBottom, {}});
        f.quadrants.push_back({QRectF(near.topLeft(), QPointF(near.right(), y)),
                               withAlpha(style.serviceCornerColor, 18), CorrelationChart::tr("Near but busy"),
                               Qt::AlignLeft | Qt::AlignTop, {}});
        f.quadrants.push_back({QRectF(QPointF(far.left(), y), far.bottomRight()), withAlpha(style.noDecisionColor, 22),
                               CorrelationChart::tr("Far but light"), Qt::AlignRight | Qt::AlignBottom, {}});
        f.quadrants.push_back({QRectF(far.topLeft(), QPointF(far.right(), y)), withAlpha(style.keepColor, 22),
                               CorrelationChart::tr("Far and busy: keep"), Qt::AlignRight | Qt::AlignTop, {}});
    } else {
        f.quadrants.push_back({near, withAlpha(style.closeColor, 18),
                               CorrelationChart::tr("Within the %1 km guide")
                                   .arg(QLocale().toString(c.mDistanceThresholdKm, 'g', 4)),
                               Qt::AlignLeft | Qt::AlignTop, {}});
        f.quadrants.push_back({far, withAlpha(style.keepColor, 18), CorrelationChart::tr("Beyond the guide"),
                               Qt::AlignRight | Qt::AlignTop, {}});
    }
    const QFontMetricsF quadrantMetrics(quadrantFont());
    for (Quadrant &quadrant : f.quadrants)
        quadrant.nameRect = quadrantMetrics.boundingRect(quadrant.rect.adjusted(8, 6, -8, -6), int(quadrant.align),
                                                         quadrant.name);

    const QFontMetricsF metrics(guideFont());
    f.guideText = CorrelationChart::tr("%1 km").arg(QLocale().toString(c.mDistanceThresholdKm, 'g', 4));
    const QSizeF guideSize = metrics.size(0, f.guideText);
    // Beside the line near its top, below the quadrant names; lower down, or on its other side, when
    // a point or a quadrant name is in the way.
    std::vector<QRectF> taken;
    for (int i = 0; i < int(c.mPoints.size()); ++i)
        if (const auto center = c.chartPositionOf(i))
            taken.push_back(gis::LabelPlacer::centeredAt(*center, QSizeF(symbolRadius(c.mPoints[std::size_t(i)]) * 2 + 4,
                                                                           symbolRadius(c.mPoints[std::size_t(i)]) * 2 + 4)));
    for (const Quadrant &quadrant : f.quadrants)
        taken.push_back(quadrant.nameRect);
    const auto isFree = [&](const QRectF &rect) {
        return plot.contains(rect)
               && std::none_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(rect); });
    };
    f.guideRect = QRectF(QPointF(f.xThreshold + 4, plot.top() + 28), guideSize);
    bool found = false;
    for (double top = plot.top() + 28; !found && top + guideSize.height() < plot.bottom(); top += guideSize.height()) {
        for (double left : {f.xThreshold + 4, f.xThreshold - 4 - guideSize.width()}) {
            const QRectF rect(QPointF(left, top), guideSize);
            if (isFree(rect)) {
                f.guideRect = rect;
                found = true;
                break;
            }
        }
    }
    if (f.yThreshold) {
        f.valueText = c.valueText(*c.mValueThreshold);
        const QSizeF size = metrics.size(0, f.valueText);
        const double top = *f.yThreshold - size.height() - 2 < plot.top() ? *f.yThreshold + 2
                                                                          : *f.yThreshold - size.height() - 2;
        f.valueRect = QRectF(QPointF(plot.right() - size.width() - 6, top), size);
    }
    return f;
}

void CorrelationChartLayer::paintUnderlay(QPainter &painter) const
{
    const CorrelationChart &c = *mOwner;
    const QRectF plot = mChart->plotArea();
    if (c.mPoints.empty() || plot.isEmpty())
        return;
    const Furniture f = furniture();
    painter.setClipRect(plot);

    painter.setPen(Qt::NoPen);
    for (const Quadrant &quadrant : f.quadrants)
        painter.fillRect(quadrant.rect, quadrant.fill);
    painter.setFont(quadrantFont());
    for (const Quadrant &quadrant : f.quadrants) {
        QColor text = quadrant.fill;
        text.setAlpha(255);
        painter.setPen(text.darker(160));
        painter.drawText(quadrant.nameRect, int(quadrant.align), quadrant.name);
    }

    // The guide lines, dashed, with their values.
    const QPen guide(QColor(0x40, 0x40, 0x40), 1.4, Qt::DashLine);
    painter.setPen(guide);
    painter.drawLine(QPointF(f.xThreshold, plot.top()), QPointF(f.xThreshold, plot.bottom()));
    if (f.yThreshold)
        painter.drawLine(QPointF(plot.left(), *f.yThreshold), QPointF(plot.right(), *f.yThreshold));
    painter.setFont(guideFont());
    const auto drawGuideLabel = [&](const QRectF &rect, const QString &text) {
        painter.fillRect(rect.adjusted(-2, 0, 2, 0), withAlpha(Qt::white, 200));
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(rect, Qt::AlignLeft, text);
    };
    drawGuideLabel(f.guideRect, f.guideText);
    if (f.yThreshold)
        drawGuideLabel(f.valueRect, f.valueText);
}

void CorrelationChartLayer::paintSymbol(QPainter &painter, const CorrelationPoint &point, const QPointF &center,
                                        double sizePx) const
{
    const gis::MapStyle &style = mOwner->mStyle;
    painter.setBrush(style.decisionColor(point.decision));
    painter.setPen(QPen(style.officeOutlineColor, 1.2));
    const double r = sizePx / 2.0;
    if (point.kind == OfficeKind::GeneralBranch) {
        QPolygonF diamond;
        diamond << center + QPointF(0, -r) << center + QPointF(r, 0) << center + QPointF(0, r)
                << center + QPointF(-r, 0);
        painter.drawPolygon(diamond);
    } else {
        painter.drawEllipse(center, r, r);
    }
}

void CorrelationChartLayer::paintOverlay(QPainter &painter) const
{
    const CorrelationChart &c = *mOwner;
    const QRectF plot = mChart->plotArea();
    const gis::MapStyle &style = c.mStyle;
    if (plot.isEmpty())
        return;

    // The least-squares line, sampled so that it bends correctly on a log axis.
    if (c.mShowRegression) {
        if (const auto line = leastSquaresLine(c.mPoints)) {
            const auto *axis = c.mAxisX;
            QPainterPath path;
            bool drawing = false;
            constexpr int kSamples = 96;
            for (int i = 0; axis && i <= kSamples; ++i) {
                const double x = axis->min() + (axis->max() - axis->min()) * i / kSamples;
                const auto y = yToChart(line->slope * x + line->intercept);
                if (!y) {
                    drawing = false;
                    continue;
                }
                const QPointF p(xToChart(x), *y);
                if (drawing)
                    path.lineTo(p);
                else
                    path.moveTo(p);
                drawing = true;
            }
            painter.save();
            painter.setClipRect(plot);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.6, Qt::DashDotLine));
            painter.drawPath(path);
            painter.restore();
        }
    }

    // Selected points: drawn again larger, with the map's selection ring.
    for (int i = 0; i < int(c.mPoints.size()); ++i) {
        const CorrelationPoint &point = c.mPoints[std::size_t(i)];
        if (!c.mSelected.contains(point.officeId))
            continue;
        const auto center = c.chartPositionOf(i);
        if (!center)
            continue;
        const double size = c.markerSizePx(point.kind) * kSelectedScale;
        paintSymbol(painter, point, *center, size);
        const double ringRadius = size / 2.0 + style.selectionGapPoints * kPointsToPixels;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.selectionColor, style.selectionWidthPoints * kPointsToPixels));
        painter.drawEllipse(*center, ringRadius, ringRadius);
    }

    // Labels: every plotted point gets its name beside it, placed greedily without overlapping
    // another label or symbol; when the eight places next to the symbol are taken, farther rings are
    // tried and a leader line drawn.
    const QFont labelFont = font(style.officeLabelPoints + 0.5);
    const QFontMetricsF metrics(labelFont);
    gis::LabelPlacer placer(plot);
    if (!c.mPoints.empty()) {
        const Furniture f = furniture();
        for (const Quadrant &quadrant : f.quadrants)
            placer.addObstacle(quadrant.nameRect);
        placer.addObstacle(f.guideRect.adjusted(-2, 0, 2, 0));
        if (f.yThreshold)
            placer.addObstacle(f.valueRect.adjusted(-2, 0, 2, 0));
    }
    std::vector<gis::LabelPlacer::Request> requests;
    std::map<int, QPointF> anchors;
    for (int i = 0; i < int(c.mPoints.size()); ++i) {
        const auto center = c.chartPositionOf(i);
        if (!center)
            continue;
        const CorrelationPoint &point = c.mPoints[std::size_t(i)];
        const double radius = symbolRadius(point);
        placer.addObstacle(gis::LabelPlacer::centeredAt(*center, QSizeF(2 * radius, 2 * radius)));
        anchors[i] = *center;
    }
    for (const auto &[index, center] : anchors) {
        const CorrelationPoint &point = c.mPoints[std::size_t(index)];
        const QSizeF size = metrics.size(0, point.name) + QSizeF(2, 0);
        const double radius = symbolRadius(point);
        gis::LabelPlacer::Request request;
        request.key = index;
        request.priority = c.mSelected.contains(point.officeId) ? 1 : 0;
        for (double gap : {kLabelGapPx, kLabelGapPx + 12.0, kLabelGapPx + 26.0, kLabelGapPx + 44.0}) {
            const auto ring = gis::LabelPlacer::candidatesAround(center, size, radius, gap);
            request.candidates.insert(request.candidates.end(), ring.begin(), ring.end());
        }
        requests.push_back(std::move(request));
    }
    const auto placements = placer.placeAll(requests);
    painter.setFont(labelFont);
    for (const auto &placement : placements) {
        const QPointF anchor = anchors.at(placement.key);
        const CorrelationPoint &point = c.mPoints[std::size_t(placement.key)];
        if (placement.candidateIndex >= 8) {
            const QPointF target(std::clamp(anchor.x(), placement.rect.left(), placement.rect.right()),
                                 std::clamp(anchor.y(), placement.rect.top(), placement.rect.bottom()));
            painter.setPen(QPen(QColor(0x70, 0x70, 0x70), 0.8));
            painter.drawLine(anchor, target);
        }
        // A white halo, as on the map, so names read on the shaded quadrants; the name itself is drawn
        // as text, so that an exported PDF or SVG keeps it searchable.
        const QPointF baseline(placement.rect.left() + 1, placement.rect.top() + metrics.ascent());
        QPainterPath outline;
        outline.addText(baseline, labelFont, point.name);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.haloColor, style.haloWidthPoints * kPointsToPixels * 1.6, Qt::SolidLine,
                            Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(outline);
        painter.setPen(point.candidate ? style.closeColor.darker(140) : style.officeLabelColor);
        painter.drawText(baseline, point.name);
    }

    // Offices that cannot be plotted, named under the chart: a missing value is not zero.
    const QStringList unplotted = c.unplottedOfficeIds();
    if (!unplotted.isEmpty()) {
        QStringList names;
        for (const CorrelationPoint &point : c.mPoints)
            if (unplotted.contains(point.officeId))
                names << point.name;
        const QString prefix = c.mLogScale ? CorrelationChart::tr("Not shown (no value, or not above 0 on the log scale): %1")
                                           : CorrelationChart::tr("No value, not plotted: %1");
        const QString text = prefix.arg(names.join(QStringLiteral("、")));
        painter.setFont(font(8.5));
        painter.setPen(QColor(0x60, 0x20, 0x20));
        const QRectF area(QPointF(12, mChart->size().height() - 26), QSizeF(mChart->size().width() - 24, 22));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, area.width()));
    }
}

// The chart view with the chart's own mouse handling: click and box selection, hover tooltips.
class CorrelationChartView : public QChartView
{
public:
    CorrelationChartView(CorrelationChart *owner, QChart *chart)
        : QChartView(chart, owner)
        , mOwner(owner)
    {
        setRubberBand(QChartView::NoRubberBand);
        setMouseTracking(true);
        viewport()->setMouseTracking(true);
    }

protected:
    QPointF toChart(const QPoint &viewPos) const { return chart()->mapFromScene(mapToScene(viewPos)); }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() != Qt::LeftButton) {
            QChartView::mousePressEvent(event);
            return;
        }
        mPressPos = event->position().toPoint();
        mDragging = false;
        mPressed = true;
        event->accept();
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const QPoint pos = event->position().toPoint();
        if (mPressed && (event->buttons() & Qt::LeftButton)) {
            if (!mDragging && (pos - mPressPos).manhattanLength() >= QApplication::startDragDistance()) {
                mDragging = true;
                if (!mBand)
                    mBand = new QRubberBand(QRubberBand::Rectangle, viewport());
                QToolTip::hideText();
            }
            if (mDragging) {
                mBand->setGeometry(QRect(mPressPos, pos).normalized());
                mBand->show();
            }
            event->accept();
            return;
        }
        const int index = mOwner->pointAt(toChart(pos), 4.0);
        if (index >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), mOwner->pointToolTip(index), this);
        else
            QToolTip::hideText();
        QChartView::mouseMoveEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() != Qt::LeftButton || !mPressed) {
            QChartView::mouseReleaseEvent(event);
            return;
        }
        mPressed = false;
        const bool ctrl = event->modifiers() & Qt::ControlModifier;
        if (mDragging) {
            mDragging = false;
            const QRect box = QRect(mPressPos, event->position().toPoint()).normalized();
            if (mBand)
                mBand->hide();
            QStringList ids;
            for (int i = 0; i < int(mOwner->mPoints.size()); ++i) {
                const auto position = mOwner->viewPositionOf(mOwner->mPoints[std::size_t(i)].officeId);
                if (position && box.contains(position->toPoint()))
                    ids << mOwner->mPoints[std::size_t(i)].officeId;
            }
            mOwner->selectFromView(ids, false, ctrl);
        } else {
            const int index = mOwner->pointAt(toChart(event->position().toPoint()), 4.0);
            if (index >= 0)
                mOwner->selectFromView({mOwner->mPoints[std::size_t(index)].officeId}, ctrl, false);
            else if (!ctrl)
                mOwner->selectFromView({}, false, false);
        }
        event->accept();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape && mDragging) {
            mDragging = false;
            mPressed = false;
            if (mBand)
                mBand->hide();
            event->accept();
            return;
        }
        QChartView::keyPressEvent(event);
    }

private:
    CorrelationChart *mOwner;
    QRubberBand *mBand = nullptr; // child of the viewport
    QPoint mPressPos;
    bool mPressed = false;
    bool mDragging = false;
};

CorrelationChart::CorrelationChart(QWidget *parent)
    : QWidget(parent)
{
    mChart = new QChart;
    mChart->setAnimationOptions(QChart::NoAnimation);
    // Below the plot: a dock is narrower than it is tall, and the axis titles need the width.
    mChart->legend()->setAlignment(Qt::AlignBottom);
    mChart->setBackgroundRoundness(0);
    // The chart fills the view: no grey frame around it on screen or in exports.
    mChart->layout()->setContentsMargins(0, 0, 0, 0);
    mChart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    mView = new CorrelationChartView(this, mChart);
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setFrameShape(QFrame::NoFrame);

    mAxisX = new QValueAxis;
    mAxisX->setTickType(QValueAxis::TicksDynamic);
    mAxisX->setTickAnchor(0.0);
    mAxisX->setLabelFormat(QStringLiteral("%.0f"));
    mAxisX->setTitleText(distanceAxisTitle());
    mAxisYLinear = new QValueAxis;
    mAxisYLinear->setTickCount(6);
    mAxisYLinear->setLabelFormat(QStringLiteral("%.0f"));
    mAxisYLog = new QLogValueAxis;
    mAxisYLog->setBase(10.0);
    mAxisYLog->setMinorTickCount(8);
    mAxisYLog->setLabelFormat(QStringLiteral("%.0f"));
    mChart->addAxis(mAxisX, Qt::AlignBottom);
    mChart->addAxis(mAxisYLinear, Qt::AlignLeft);
    mChart->addAxis(mAxisYLog, Qt::AlignLeft);
    mAxisY = mAxisYLinear;

    mUnderlay = new CorrelationChartLayer(this, mChart, CorrelationChartLayer::Kind::Underlay);
    mOverlay = new CorrelationChartLayer(this, mChart, CorrelationChartLayer::Kind::Overlay);
    // Qt Charts stacks its items by z value under the chart: the plot area's background at 0, grid
    // lines at 2, series at 4, the legend at 5. The shading goes just above the background, the
    // labels and selection above the series.
    mUnderlay->setZValue(0.5);
    mOverlay->setZValue(4.5);
    connect(mChart, &QChart::plotAreaChanged, this, [this] {
        mUnderlay->refresh();
        mOverlay->refresh();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mView);

    setMinimumSize(320, 240);
    rebuild();
}

CorrelationChart::~CorrelationChart() = default;

QChart *CorrelationChart::chart() const
{
    return mChart;
}

QChartView *CorrelationChart::chartView() const
{
    return mView;
}

QString CorrelationChart::distanceAxisTitle()
{
    return tr("Distance to the nearest ward office (km, geodesic)");
}

QString CorrelationChart::measureAxisTitle(CorrelationMeasure measure, std::optional<int> fiscalYear,
                                           const QString &populationSource)
{
    switch (measure) {
    case CorrelationMeasure::Workload:
        return fiscalYear ? tr("Workload FY%1 (transactions)").arg(*fiscalYear) : tr("Workload (transactions)");
    case CorrelationMeasure::Catchment:
        return populationSource.isEmpty() ? tr("Catchment population (residents)")
                                          : tr("Catchment population (residents, %1)").arg(populationSource);
    case CorrelationMeasure::Catchment65:
        return populationSource.isEmpty() ? tr("Catchment population aged 65+ (residents)")
                                          : tr("Catchment population aged 65+ (residents, %1)").arg(populationSource);
    }
    return {};
}

void CorrelationChart::setData(std::vector<CorrelationPoint> points, CorrelationMeasure measure,
                               std::optional<int> fiscalYear, double distanceThresholdKm,
                               std::optional<double> valueThreshold, const QString &populationSource)
{
    mPoints = std::move(points);
    mMeasure = measure;
    mFiscalYear = fiscalYear;
    mDistanceThresholdKm = distanceThresholdKm;
    mValueThreshold = valueThreshold;
    mPopulationSource = populationSource;
    mPearson = pearsonCorrelation(mPoints);
    // Keep the selection of offices that are still there.
    QStringList kept;
    for (const QString &id : std::as_const(mSelected))
        if (std::any_of(mPoints.begin(), mPoints.end(), [&](const CorrelationPoint &p) { return p.officeId == id; }))
            kept << id;
    mSelected = kept;
    rebuild();
}

void CorrelationChart::clear()
{
    setData({}, mMeasure, std::nullopt, mDistanceThresholdKm, std::nullopt);
}

bool CorrelationChart::isPlotted(const CorrelationPoint &point) const
{
    if (!point.value || !std::isfinite(*point.value) || !std::isfinite(point.distanceKm))
        return false;
    return !mLogScale || *point.value > 0.0;
}

QStringList CorrelationChart::unplottedOfficeIds() const
{
    QStringList ids;
    for (const CorrelationPoint &point : mPoints)
        if (!isPlotted(point))
            ids << point.officeId;
    return ids;
}

void CorrelationChart::setSelectedOfficeIds(const QStringList &officeIds)
{
    mSelected = officeIds;
    mOverlay->update();
}

void CorrelationChart::setLogScale(bool logScale)
{
    if (mLogScale == logScale)
        return;
    mLogScale = logScale;
    rebuild();
}

void CorrelationChart::setShowRegressionLine(bool show)
{
    mShowRegression = show;
    mOverlay->update();
}

void CorrelationChart::setFontScale(double scale)
{
    mFontScale = std::clamp(scale, 0.5, 4.0);
    rebuild();
}

void CorrelationChart::setStyle(const gis::MapStyle &style)
{
    mStyle = style;
    rebuild();
}

double CorrelationChart::markerSizePx(OfficeKind kind) const
{
    return mStyle.officeSymbol(kind).sizePoints * kPointsToPixels * kChartSymbolScale;
}

QString CorrelationChart::valueText(double value) const
{
    return QLocale().toString(value, 'f', 0);
}

QString CorrelationChart::pointToolTip(int pointIndex) const
{
    const CorrelationPoint &point = mPoints.at(std::size_t(pointIndex));
    QString text = QStringLiteral("<b>%1</b> (%2)<br/>").arg(point.name.toHtmlEscaped(), kindName(point.kind));
    text += tr("Distance to the nearest ward office: %1 km").arg(QLocale().toString(point.distanceKm, 'f', 2));
    text += QStringLiteral("<br/>");
    text += measureAxisTitle(mMeasure, mFiscalYear, mPopulationSource) + QStringLiteral(": ")
            + (point.value ? valueText(*point.value) : tr("no value"));
    text += QStringLiteral("<br/>") + tr("Decision: %1").arg(decisionName(point.decision));
    if (point.candidate)
        text += QStringLiteral("<br/>") + tr("Recommended as a candidate for closure");
    return text;
}

std::optional<QPointF> CorrelationChart::chartPositionOf(int pointIndex) const
{
    const CorrelationPoint &point = mPoints.at(std::size_t(pointIndex));
    if (!isPlotted(point))
        return std::nullopt;
    for (const auto &[series, indices] : mSeries)
        if (std::find(indices.begin(), indices.end(), pointIndex) != indices.end())
            return mChart->mapToPosition(QPointF(point.distanceKm, *point.value), series);
    return std::nullopt;
}

std::optional<QPointF> CorrelationChart::viewPositionOf(const QString &officeId) const
{
    for (int i = 0; i < int(mPoints.size()); ++i) {
        if (mPoints[std::size_t(i)].officeId != officeId)
            continue;
        const auto position = chartPositionOf(i);
        if (!position)
            return std::nullopt;
        return QPointF(mView->mapFromScene(mChart->mapToScene(*position)));
    }
    return std::nullopt;
}

int CorrelationChart::pointAt(const QPointF &chartPosition, double tolerancePx) const
{
    int best = -1;
    double bestDistance = 0.0;
    for (int i = 0; i < int(mPoints.size()); ++i) {
        const auto position = chartPositionOf(i);
        if (!position)
            continue;
        const double distance = QLineF(*position, chartPosition).length();
        const double reach = markerSizePx(mPoints[std::size_t(i)].kind) / 2.0 + tolerancePx;
        if (distance <= reach && (best < 0 || distance < bestDistance)) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void CorrelationChart::selectFromView(const QStringList &officeIds, bool toggle, bool add)
{
    QStringList selection;
    if (toggle) {
        selection = mSelected;
        for (const QString &id : officeIds) {
            if (selection.contains(id))
                selection.removeAll(id);
            else
                selection << id;
        }
    } else if (add) {
        selection = mSelected;
        for (const QString &id : officeIds)
            if (!selection.contains(id))
                selection << id;
    } else {
        selection = officeIds;
    }
    mSelected = selection;
    mOverlay->update();
    Q_EMIT officesSelected(mSelected);
}

void CorrelationChart::updateTitle()
{
    QString title;
    if (mPoints.empty()) {
        title = tr("No branch offices to show");
    } else {
        int n = 0;
        for (const CorrelationPoint &point : mPoints)
            n += point.value ? 1 : 0;
        const QString r = mPearson ? QLocale().toString(*mPearson, 'f', 2) : tr("n/a");
        // Two lines, so that the title fits a chart in a dock as well as a page.
        title = tr("Distance to the nearest ward office against %1")
                    .arg(measureAxisTitle(mMeasure, mFiscalYear).section(QLatin1Char('('), 0, 0).trimmed().toLower())
                    .toHtmlEscaped()
            + QStringLiteral("<br/>") + tr("Pearson r = %1 (n = %2)").arg(r).arg(n).toHtmlEscaped();
    }
    mChart->setTitle(title);
}

void CorrelationChart::rebuild()
{
    const QString family = mStyle.fontFamily;
    setFont(exportableFont(family, 9.0 * mFontScale));

    mChart->removeAllSeries();
    mSeries.clear();

    // Axes: made once (see the constructor) and only re-ranged, because Qt Charts deletes the graphics
    // of a removed axis later, and an export made before that would show both.
    double maxX = mDistanceThresholdKm;
    double minY = std::numeric_limits<double>::infinity();
    double maxY = mValueThreshold.value_or(0.0);
    for (const CorrelationPoint &point : mPoints) {
        maxX = std::max(maxX, point.distanceKm);
        if (isPlotted(point)) {
            minY = std::min(minY, *point.value);
            maxY = std::max(maxY, *point.value);
        }
    }
    mAxisX->setRange(0.0, niceCeiling(maxX * 1.08));
    mAxisX->setTickInterval(mAxisX->max() > 12 ? 2.0 : 1.0);
    if (mLogScale) {
        double low = std::isfinite(minY) ? std::pow(10.0, std::floor(std::log10(minY))) : 1.0;
        if (mValueThreshold && *mValueThreshold > 0.0)
            low = std::min(low, std::pow(10.0, std::floor(std::log10(*mValueThreshold))));
        const double high = maxY > 0.0 ? std::pow(10.0, std::ceil(std::log10(maxY * 1.05))) : 10.0;
        mAxisYLog->setRange(low, std::max(high, low * 10.0));
        mAxisY = mAxisYLog;
    } else {
        mAxisYLinear->setRange(0.0, niceCeiling(std::max(maxY, 1.0) * 1.1));
        mAxisY = mAxisYLinear;
    }
    mAxisYLog->setVisible(mLogScale);
    mAxisYLinear->setVisible(!mLogScale);
    mAxisY->setTitleText(measureAxisTitle(mMeasure, mFiscalYear, mPopulationSource));

    // One series per decision and kind, so that the legend explains colour and shape.
    std::map<std::pair<int, int>, std::vector<int>> groups;
    for (int i = 0; i < int(mPoints.size()); ++i) {
        const CorrelationPoint &point = mPoints[std::size_t(i)];
        if (point.kind == OfficeKind::WardOffice || !isPlotted(point))
            continue;
        const int decision = point.decision ? int(*point.decision) : -1;
        groups[{decision, int(point.kind)}].push_back(i);
    }
    for (const auto &[key, indices] : groups) {
        const CorrelationPoint &first = mPoints[std::size_t(indices.front())];
        auto *series = new QScatterSeries;
        series->setName(tr("%1 (%2)").arg(decisionName(first.decision), kindName(first.kind)));
        series->setMarkerShape(first.kind == OfficeKind::GeneralBranch ? QScatterSeries::MarkerShapeRotatedRectangle
                                                                        : QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(markerSizePx(first.kind));
        series->setColor(mStyle.decisionColor(first.decision));
        series->setBorderColor(mStyle.officeOutlineColor);
        QPen pen(mStyle.officeOutlineColor);
        pen.setWidthF(1.2);
        series->setPen(pen);
        for (int index : indices)
            series->append(mPoints[std::size_t(index)].distanceKm, *mPoints[std::size_t(index)].value);
        mChart->addSeries(series);
        series->attachAxis(mAxisX);
        series->attachAxis(mAxisY);
        mSeries.emplace_back(series, indices);
        // The legend explains colour and shape separately (below), which keeps its entries short
        // enough for a chart in a dock.
        for (QLegendMarker *marker : mChart->legend()->markers(series))
            marker->setVisible(false);
    }
    // Legend-only series (no points): one per decision shown (its colour) and one per kind (its shape).
    std::set<int> decisionsShown;
    std::set<int> kindsShown;
    for (const auto &[key, indices] : groups) {
        decisionsShown.insert(key.first);
        kindsShown.insert(key.second);
    }
    auto addLegendEntry = [this](const QString &name, QScatterSeries::MarkerShape shape, double size, const QColor &color) {
        auto *entry = new QScatterSeries;
        entry->setName(name);
        entry->setMarkerShape(shape);
        entry->setMarkerSize(size);
        entry->setColor(color);
        entry->setBorderColor(mStyle.officeOutlineColor);
        mChart->addSeries(entry);
        entry->attachAxis(mAxisX);
        entry->attachAxis(mAxisY);
    };
    for (int decision : decisionsShown) {
        const std::optional<Decision> value = decision < 0 ? std::nullopt : std::optional(Decision(decision));
        addLegendEntry(decisionName(value), QScatterSeries::MarkerShapeCircle, markerSizePx(OfficeKind::Branch),
                       mStyle.decisionColor(value));
    }
    for (int kind : kindsShown)
        addLegendEntry(kindName(OfficeKind(kind)),
                       OfficeKind(kind) == OfficeKind::GeneralBranch ? QScatterSeries::MarkerShapeRotatedRectangle
                                                                     : QScatterSeries::MarkerShapeCircle,
                       markerSizePx(OfficeKind(kind)), QColor(0xbd, 0xbd, 0xbd));

    // Fonts: Japanese first.
    mChart->setTitleFont(exportableFont(family, 11.0 * mFontScale, true));
    const QFont axisTitleFont = exportableFont(family, 9.5 * mFontScale);
    const QFont axisLabelFont = exportableFont(family, 8.5 * mFontScale);
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{mAxisX, mAxisYLinear, mAxisYLog}) {
        axis->setTitleFont(axisTitleFont);
        axis->setLabelsFont(axisLabelFont);
    }
    mChart->legend()->setFont(exportableFont(family, 8.5 * mFontScale));
    mChart->legend()->setVisible(!mSeries.empty());
    mChart->setLocalizeNumbers(true);
    // Room under the axis for the list of offices without a value.
    mChart->setMargins(QMargins(8, 4, 8, unplottedOfficeIds().isEmpty() ? 8 : 30));

    updateTitle();
    mUnderlay->refresh();
    mOverlay->refresh();
}

void CorrelationChart::render(QPainter &painter, const QRectF &target)
{
    QGraphicsScene *scene = mChart->scene();
    if (!scene)
        return;
    // Qt Charts lays out the title, axes and plot area in posted events; settle them first, so an
    // export made right after a change shows that change.
    QCoreApplication::sendPostedEvents(mChart, QEvent::LayoutRequest);
    mChart->layout()->activate();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene->render(&painter, target, mChart->sceneBoundingRect(), Qt::KeepAspectRatio);
    painter.restore();
}

void CorrelationChart::renderFigure(QPainter &painter, const QRectF &target)
{
    mChart->resize(target.size());
    QCoreApplication::sendPostedEvents(mChart, QEvent::LayoutRequest);
    mChart->layout()->activate();
    mUnderlay->refresh();
    mOverlay->refresh();
    painter.fillRect(target, Qt::white);
    render(painter, target);
}

} // namespace madoguchi::app
