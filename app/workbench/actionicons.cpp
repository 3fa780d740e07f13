#include "app/workbench/actionicons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace madoguchi::app::actionicons {

namespace {

const QColor kInk(0x33, 0x3d, 0x47);
const QColor kAccent(0x21, 0x66, 0xac);

// Draws on a 24 × 24 design grid scaled to whatever size is asked for.
using Drawing = std::function<void(QPainter &painter)>;

class PaintedIconEngine : public QIconEngine
{
public:
    explicit PaintedIconEngine(Drawing drawing) : mDrawing(std::move(drawing)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.35);
        mDrawing(*painter);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(mDrawing); }

private:
    Drawing mDrawing;
};

QIcon painted(Drawing drawing)
{
    return QIcon(new PaintedIconEngine(std::move(drawing)));
}

void magnifier(QPainter &painter)
{
    painter.setPen(QPen(kInk, 2.2, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawEllipse(QPointF(10, 10), 6.5, 6.5);
    painter.setPen(QPen(kInk, 3.2, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(15, 15), QPointF(21, 21));
}

void arrowCursor(QPainter &painter, const QPointF &tip)
{
    QPainterPath arrow;
    arrow.moveTo(tip);
    arrow.lineTo(tip + QPointF(0, 14));
    arrow.lineTo(tip + QPointF(3.6, 10.6));
    arrow.lineTo(tip + QPointF(6.4, 16.2));
    arrow.lineTo(tip + QPointF(8.6, 15.1));
    arrow.lineTo(tip + QPointF(5.8, 9.6));
    arrow.lineTo(tip + QPointF(10.4, 9.6));
    arrow.closeSubpath();
    painter.setPen(QPen(kInk, 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::white);
    painter.drawPath(arrow);
}

} // namespace

QIcon zoomIn()
{
    return painted([](QPainter &painter) {
        magnifier(painter);
        painter.setPen(QPen(kAccent, 2.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(7, 10), QPointF(13, 10));
        painter.drawLine(QPointF(10, 7), QPointF(10, 13));
    });
}

QIcon zoomOut()
{
    return painted([](QPainter &painter) {
        magnifier(painter);
        painter.setPen(QPen(kAccent, 2.0, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(7, 10), QPointF(13, 10));
    });
}

QIcon fullExtent()
{
    return painted([](QPainter &painter) {
        painter.setPen(QPen(kInk, 1.6));
        painter.setBrush(QColor(0xd8, 0xec, 0xcf));
        painter.drawRect(QRectF(5, 5, 14, 14));
        painter.setPen(QPen(kAccent, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        // Four corners pointing outwards.
        for (const QPointF &corner : {QPointF(2, 2), QPointF(22, 2), QPointF(22, 22), QPointF(2, 22)}) {
            const double dx = corner.x() < 12 ? 5 : -5;
            const double dy = corner.y() < 12 ? 5 : -5;
            painter.drawPolyline(QPolygonF({corner + QPointF(dx, 0), corner, corner + QPointF(0, dy)}));
        }
    });
}

QIcon zoomToSelection()
{
    return painted([](QPainter &painter) {
        magnifier(painter);
        painter.setPen(QPen(QColor(0xc4, 0x8a, 0x00), 1.2));
        painter.setBrush(QColor(0xff, 0xc4, 0x00));
        painter.drawEllipse(QPointF(10, 10), 3.0, 3.0);
    });
}

QIcon pan()
{
    return painted([](QPainter &painter) {
        painter.setPen(QPen(kInk, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawLine(QPointF(12, 3), QPointF(12, 21));
        painter.drawLine(QPointF(3, 12), QPointF(21, 12));
        painter.setBrush(kInk);
        const QPolygonF head({QPointF(0, 0), QPointF(-3.5, 4), QPointF(3.5, 4)});
        for (int quarter = 0; quarter < 4; ++quarter) {
            QTransform transform;
            transform.translate(12, 12);
            transform.rotate(90.0 * quarter);
            transform.translate(0, -10);
            painter.drawPolygon(transform.map(head));
        }
    });
}

QIcon zoomBox()
{
    return painted([](QPainter &painter) {
        painter.setPen(QPen(kAccent, 1.4, Qt::DashLine));
        painter.setBrush(QColor(0x21, 0x66, 0xac, 0x22));
        painter.drawRect(QRectF(2.5, 2.5, 12, 12));
        painter.translate(3, 3);
        magnifier(painter);
    });
}

QIcon select()
{
    return painted([](QPainter &painter) {
        painter.setPen(QPen(kInk, 1.0));
        painter.setBrush(QColor(0xff, 0xc4, 0x00));
        painter.drawEllipse(QPointF(8, 8), 4.5, 4.5);
        arrowCursor(painter, QPointF(10, 6));
    });
}

QIcon identify()
{
    return painted([](QPainter &painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(kAccent);
        painter.drawEllipse(QPointF(9, 9), 7.5, 7.5);
        painter.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(9, 8.5), QPointF(9, 13));
        painter.drawPoint(QPointF(9, 5.2));
        arrowCursor(painter, QPointF(13, 9));
    });
}

QIcon optimiseClosures()
{
    return painted([](QPainter &painter) {
        // The axes: counters closed to the right, harm upwards.
        painter.setPen(QPen(kInk, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(QPolygonF({QPointF(3, 3), QPointF(3, 21), QPointF(21, 21)}));
        const QPolygonF frontier({QPointF(6.5, 17.5), QPointF(10.5, 16), QPointF(14.5, 12.5), QPointF(18.5, 6)});
        painter.setPen(QPen(kAccent, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(frontier);
        painter.setBrush(kAccent);
        painter.setPen(QPen(Qt::white, 0.8));
        for (const QPointF &point : frontier)
            painter.drawEllipse(point, 2.3, 2.3);
        // A scenario above the frontier: worse than the best set of its size.
        painter.setPen(QPen(QColor(0xc4, 0x8a, 0x00), 1.2));
        painter.setBrush(QColor(0xff, 0xc4, 0x00));
        painter.drawRect(QRectF(12.3, 5.3, 4.4, 4.4));
    });
}

} // namespace madoguchi::app::actionicons
