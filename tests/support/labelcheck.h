#pragma once

// Checks a figure's point labels the way a reader would: every point named (or numbered), no label over
// another label or a symbol or a fixed text, and every label either nearest to its own point or joined
// to it by a leader line. Returns one line per problem (empty when there is none).

#include "gis/pointlabels.h"

#include <QLineF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace madoguchi::test {

inline QStringList labelProblems(const std::vector<gis::LabelledPoint> &points,
                                 const std::vector<gis::PointLabel> &labels, const std::vector<QRectF> &texts = {},
                                 const QStringList &names = {})
{
    QStringList problems;
    const auto nameOf = [&](std::size_t i) { return i < std::size_t(names.size()) ? names[int(i)] : QString::number(i); };
    const auto symbolBox = [&](std::size_t i) {
        const double r = points[i].radius;
        return gis::LabelPlacer::centeredAt(points[i].anchor, QSizeF(2 * r, 2 * r));
    };
    // Rectangles that only share an edge do not overlap; a hundredth of a unit is rounding.
    const auto overlap = [](const QRectF &a, const QRectF &b) {
        return a.adjusted(0.01, 0.01, -0.01, -0.01).intersects(b.adjusted(0.01, 0.01, -0.01, -0.01));
    };
    for (std::size_t i = 0; i < points.size(); ++i) {
        const gis::PointLabel &label = labels[i];
        if (label.kind == gis::PointLabel::Kind::None) {
            problems << QStringLiteral("%1: unlabelled").arg(nameOf(i));
            continue;
        }
        for (std::size_t j = 0; j < points.size(); ++j) {
            if (overlap(label.rect, symbolBox(j)))
                problems << QStringLiteral("%1: label over the symbol of %2").arg(nameOf(i), nameOf(j));
            if (j > i && labels[j].kind != gis::PointLabel::Kind::None && overlap(label.rect, labels[j].rect))
                problems << QStringLiteral("%1: label over the label of %2").arg(nameOf(i), nameOf(j));
        }
        for (const QRectF &text : texts)
            if (overlap(label.rect, text))
                problems << QStringLiteral("%1: label over a fixed text").arg(nameOf(i));
        if (!label.leader && !gis::isNearestToOwnPoint(points, i, label.rect))
            problems << QStringLiteral("%1: label nearer another point, without a leader").arg(nameOf(i));
        if (label.leader && gis::distanceToRect(label.leader->p2(), label.rect) > 0.5)
            problems << QStringLiteral("%1: leader does not reach its label").arg(nameOf(i));
    }
    return problems;
}

} // namespace madoguchi::test
