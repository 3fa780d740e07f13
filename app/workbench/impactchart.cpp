#include "app/workbench/impactchart.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

ImpactChart::ImpactChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImpactChart::setFigure(ImpactFigure figure)
{
    mFigure = std::move(figure);
    mFigure.layout(QSizeF(size()), logicalDpiY());
    updateGeometry();
    update();
}

std::optional<QPoint> ImpactChart::viewPositionOfRow(int row) const
{
    const QRectF band = mFigure.rowBand(row);
    if (band.isNull())
        return std::nullopt;
    return QPointF(mFigure.plotArea().left() + 3.0, band.center().y()).toPoint();
}

QSize ImpactChart::sizeHint() const
{
    return QSize(420, std::max(240, int(std::ceil(mFigure.preferredHeight(logicalDpiY())))));
}

QSize ImpactChart::minimumSizeHint() const
{
    return QSize(240, sizeHint().height());
}

void ImpactChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    mFigure.paint(painter);
}

void ImpactChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    mFigure.layout(QSizeF(size()), logicalDpiY());
}

void ImpactChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        mPressPos = event->position().toPoint();
    QWidget::mousePressEvent(event);
}

void ImpactChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton
        && (event->position().toPoint() - mPressPos).manhattanLength() < QApplication::startDragDistance()) {
        const int row = mFigure.rowAt(event->position());
        if (row >= 0)
            Q_EMIT officesSelected(mFigure.rows()[std::size_t(row)].officeIds);
    }
    QWidget::mouseReleaseEvent(event);
}

void ImpactChart::mouseMoveEvent(QMouseEvent *event)
{
    const int row = mFigure.rowAt(event->position());
    if (row >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), mFigure.toolTip(row), this);
    else
        QToolTip::hideText();
    QWidget::mouseMoveEvent(event);
}

} // namespace madoguchi::app
