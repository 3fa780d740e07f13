#pragma once

#include "app/figures/impactfigure.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace madoguchi::app {

// The impact figure (app/figures/impactfigure.h) in a widget: the figure the exports and the report draw,
// laid out at the widget's size. A click on a row (its bars, its band or its label) emits
// officesSelected() with the row's office(s); hovering a row shows both values.
class ImpactChart : public QWidget
{
    Q_OBJECT

public:
    explicit ImpactChart(QWidget *parent = nullptr);

    // Shows `figure` (its impact may be null: the figure says there is nothing to show).
    void setFigure(ImpactFigure figure);
    const ImpactFigure &figure() const { return mFigure; }
    // Where the view shows the middle of a row's band, at the left end of its bars; nullopt for no row.
    std::optional<QPoint> viewPositionOfRow(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void officesSelected(const QStringList &officeIds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    ImpactFigure mFigure;
    QPoint mPressPos;
};

} // namespace madoguchi::app
