#pragma once

#include "core/office.h"
#include "core/terms.h"
#include "gis/mapstyle.h"

#include <QColor>
#include <QRectF>
#include <QString>

#include <optional>
#include <set>
#include <vector>

class QPainter;

namespace madoguchi::gis {

struct MapContent;
struct MapSettings;

// The legend model: what each symbol of a map or a figure means, as entries of a symbol and a text.
// The map's legend on a page (MapRenderer), the legend dock and the charts' legends are all made from
// it and draw its symbols with paintLegendSymbol(), so that they show the same symbol, colour and word.
// Texts are in the language asked for: Japanese on exported maps (the policy document's language), the
// interface's language on screen.

enum class LegendSymbol {
    Heading,    // a heading inside a group (the population choropleth's measure)
    Office,     // an office kind's symbol, white
    Decision,   // a decision's colour, on the general branch office's symbol
    Fill,       // a colour swatch (choropleth class)
    Circle,     // the threshold circle
    Line,       // a solid line (ward boundary)
    DashedLine, // a dashed line (nearest-ward-office lines, approximate school districts)
    School,     // the school symbol
    Arrow,      // a closed counter's transfer to its receiving counter
    Hatch,      // the cells beyond the guide after the scenario
};

// The groups the entries come in, in this order.
enum class LegendGroup { Offices, Decisions, Distance, Impact, Areas, Population };

struct LegendEntry
{
    LegendSymbol symbol = LegendSymbol::Heading;
    LegendGroup group = LegendGroup::Offices;
    QString text;
    QColor color;
    OfficeKind kind = OfficeKind::Branch;  // Office
    std::optional<Decision> decision;      // Decision (nullopt: no decision)
    double lineWidthPoints = 1.0;          // Line, DashedLine, Circle, Arrow, Hatch
};

// 凡例 / Legend.
QString legendTitle(Language language);
// The title of the key that names the offices a crowded map or chart shows by number.
QString numberedOfficesTitle(Language language);
// 窓口 / Offices, 方針 / Decision, 距離 / Distance, シナリオの影響 / Impact of the scenario, 区域 / Areas,
// 人口 / Population.
QString legendGroupName(LegendGroup group, Language language);

// The entries for what the map shows: only layers that are visible and in the draw order, and only
// what the content has (the kinds and decisions present, the lines within and beyond the guide, the
// impact while the impact layer is on, the choropleth's classes while it is on).
std::vector<LegendEntry> mapLegend(const MapContent &content, const MapSettings &settings, Language language);

// The office entries of a figure that shows these kinds and decisions (nullopt: an office without a
// decision): the same symbols and words as the map's legend.
std::vector<LegendEntry> officeLegend(const std::set<OfficeKind> &kinds,
                                      const std::set<std::optional<Decision>> &decisions, const MapStyle &style,
                                      Language language);

// The width of the box a legend symbol is drawn in, in points.
inline constexpr double kLegendSymbolWidthPoints = 16.0;
// The height a symbol needs, in painter units (an office symbol may be taller than the text).
double legendSymbolHeight(const LegendEntry &entry, const MapStyle &style, double pixelsPerPoint);

// Draws the entry's symbol centred in `box` (painter units): nothing for a Heading.
void paintLegendSymbol(QPainter &painter, const LegendEntry &entry, const QRectF &box, const MapStyle &style,
                       double pixelsPerPoint);

} // namespace madoguchi::gis
