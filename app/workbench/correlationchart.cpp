#include "app/workbench/correlationchart.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QToolTip>

namespace madoguchi::app {

namespace {

// How far from a point's symbol a click or the mouse still picks it, in pixels.
constexpr double kPickTolerance = 4.0;

} // namespace

CorrelationChart::CorrelationChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    rebuild();
}

CorrelationChart::~CorrelationChart() = default;

void CorrelationChart::setData(CorrelationFigureData data)
{
    mData = std::move(data);
    // Keep the selection of offices that are still there.
    QStringList kept;
    for (const QString &id : std::as_const(mOptions.selectedOfficeIds))
        if (std::any_of(mData.points.begin(), mData.points.end(), [&](const CorrelationPoint &p) { return p.officeId == id; }))
            kept << id;
    mOptions.selectedOfficeIds = kept;
    rebuild();
}

void CorrelationChart::clear()
{
    CorrelationFigureData data;
    data.measure = mData.measure;
    data.distanceThresholdKm = mData.distanceThresholdKm;
    setData(std::move(data));
}

void CorrelationChart::setSelectedOfficeIds(const QStringList &officeIds)
{
    mOptions.selectedOfficeIds = officeIds;
    rebuild();
}

void CorrelationChart::setLogScale(bool logScale)
{
    if (mOptions.logScale == logScale)
        return;
    mOptions.logScale = logScale;
    rebuild();
}

void CorrelationChart::setShowRegressionLine(bool show)
{
    mOptions.trendLine = show;
    rebuild();
}

void CorrelationChart::setStyle(const gis::MapStyle &style)
{
    mOptions.style = style;
    rebuild();
}

void CorrelationChart::setFontScale(double scale)
{
    mOptions.fontScale = std::clamp(scale, 0.5, 4.0);
    rebuild();
}

void CorrelationChart::rebuild()
{
    mFigure = CorrelationFigure(mData, mOptions);
    mFigure.layout(QSizeF(size()), logicalDpiY());
    update();
}

std::optional<QPointF> CorrelationChart::viewPositionOf(const QString &officeId) const
{
    return mFigure.positionOf(officeId);
}

void CorrelationChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    mFigure.paint(painter);
}

void CorrelationChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    mFigure.layout(QSizeF(size()), logicalDpiY());
}

void CorrelationChart::changeEvent(QEvent *event)
{
    // The figure's texts follow the interface's language.
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void CorrelationChart::selectFromView(const QStringList &officeIds, bool toggle, bool add)
{
    QStringList selection;
    if (toggle) {
        selection = mOptions.selectedOfficeIds;
        for (const QString &id : officeIds) {
            if (selection.contains(id))
                selection.removeAll(id);
            else
                selection << id;
        }
    } else if (add) {
        selection = mOptions.selectedOfficeIds;
        for (const QString &id : officeIds)
            if (!selection.contains(id))
                selection << id;
    } else {
        selection = officeIds;
    }
    mOptions.selectedOfficeIds = selection;
    rebuild();
    Q_EMIT officesSelected(selection);
}

void CorrelationChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    mPressPos = event->position().toPoint();
    mDragging = false;
    mPressed = true;
    event->accept();
}

void CorrelationChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (mPressed && (event->buttons() & Qt::LeftButton)) {
        if (!mDragging && (pos - mPressPos).manhattanLength() >= QApplication::startDragDistance()) {
            mDragging = true;
            if (!mBand)
                mBand = new QRubberBand(QRubberBand::Rectangle, this);
            QToolTip::hideText();
        }
        if (mDragging) {
            mBand->setGeometry(QRect(mPressPos, pos).normalized());
            mBand->show();
        }
        event->accept();
        return;
    }
    if (const auto office = mFigure.officeAt(event->position(), kPickTolerance))
        QToolTip::showText(event->globalPosition().toPoint(), mFigure.toolTip(*office), this);
    else
        QToolTip::hideText();
    QWidget::mouseMoveEvent(event);
}

void CorrelationChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mPressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    mPressed = false;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (mDragging) {
        mDragging = false;
        if (mBand)
            mBand->hide();
        selectFromView(mFigure.officesIn(QRectF(QRect(mPressPos, event->position().toPoint()).normalized())), false,
                       ctrl);
    } else if (const auto office = mFigure.officeAt(event->position(), kPickTolerance)) {
        selectFromView({*office}, ctrl, false);
    } else if (!ctrl) {
        selectFromView({}, false, false);
    }
    event->accept();
}

void CorrelationChart::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && mDragging) {
        mDragging = false;
        mPressed = false;
        if (mBand)
            mBand->hide();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace madoguchi::app
