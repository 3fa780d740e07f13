#include "gis/legend.h"

#include "gis/mapcontent.h"
#include "gis/maprenderer.h"
#include "gis/mapsettings.h"
#include "gis/officesymbol.h"

#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>

namespace madoguchi::gis {

namespace {

QString pick(Language language, const char16_t *japanese, const char16_t *english)
{
    return QString::fromUtf16(language == Language::Japanese ? japanese : english);
}

bool shows(const MapSettings &settings, MapLayer layer)
{
    const auto &order = settings.drawOrder;
    return settings.layer(layer).visible && std::find(order.begin(), order.end(), layer) != order.end();
}

template <typename Range, typename Predicate>
bool any(const Range &range, Predicate predicate)
{
    return std::any_of(range.begin(), range.end(), predicate);
}

} // namespace

QString legendTitle(Language language)
{
    return pick(language, u"凡例", u"Legend");
}

QString numberedOfficesTitle(Language language)
{
    return pick(language, u"番号で示した窓口", u"Offices shown by number");
}

QString legendGroupName(LegendGroup group, Language language)
{
    switch (group) {
    case LegendGroup::Offices: return pick(language, u"窓口", u"Offices");
    case LegendGroup::Decisions: return pick(language, u"方針", u"Decision");
    case LegendGroup::Distance: return pick(language, u"距離", u"Distance");
    case LegendGroup::Impact: return pick(language, u"シナリオの影響", u"Impact of the scenario");
    case LegendGroup::Areas: return pick(language, u"区域", u"Areas");
    case LegendGroup::Population: return pick(language, u"人口", u"Population");
    }
    return {};
}

std::vector<LegendEntry> officeLegend(const std::set<OfficeKind> &kinds,
                                      const std::set<std::optional<Decision>> &decisions, const MapStyle &style,
                                      Language language)
{
    std::vector<LegendEntry> entries;
    for (OfficeKind kind : {OfficeKind::WardOffice, OfficeKind::GeneralBranch, OfficeKind::Branch}) {
        if (!kinds.count(kind))
            continue;
        LegendEntry entry;
        entry.symbol = LegendSymbol::Office;
        entry.group = LegendGroup::Offices;
        entry.text = officeKindName(kind, language);
        entry.color = Qt::white;
        entry.kind = kind;
        entries.push_back(entry);
    }
    // In the order of the policy's steps of change, as the map has always listed them.
    for (std::optional<Decision> decision : {std::optional<Decision>(Decision::Keep), std::optional<Decision>(Decision::Upgrade),
                                             std::optional<Decision>(Decision::ServiceCorner),
                                             std::optional<Decision>(Decision::Close), std::optional<Decision>()}) {
        if (!decisions.count(decision))
            continue;
        LegendEntry entry;
        entry.symbol = LegendSymbol::Decision;
        entry.group = LegendGroup::Decisions;
        entry.text = decisionName(decision, language);
        entry.color = style.decisionColor(decision);
        entry.decision = decision;
        entry.kind = OfficeKind::GeneralBranch;
        entries.push_back(entry);
    }
    return entries;
}

std::vector<LegendEntry> mapLegend(const MapContent &content, const MapSettings &settings, Language language)
{
    const MapStyle &style = settings.style;
    std::vector<LegendEntry> entries;
    auto add = [&entries](LegendSymbol symbol, LegendGroup group, const QString &text, const QColor &color,
                          double lineWidthPoints = 1.0) {
        LegendEntry entry;
        entry.symbol = symbol;
        entry.group = group;
        entry.text = text;
        entry.color = color;
        entry.lineWidthPoints = lineWidthPoints;
        entries.push_back(entry);
    };

    if (shows(settings, MapLayer::Offices) && !content.offices.empty()) {
        std::set<OfficeKind> kinds;
        std::set<std::optional<Decision>> decisions;
        for (const MapOffice &office : content.offices) {
            kinds.insert(office.kind);
            // A ward office always keeps its counter: without a decision it says nothing about one.
            if (office.decision || office.kind != OfficeKind::WardOffice)
                decisions.insert(office.decision);
        }
        const std::vector<LegendEntry> offices = officeLegend(kinds, decisions, style, language);
        entries.insert(entries.end(), offices.begin(), offices.end());
    }

    const std::optional<double> threshold = content.thresholdMeters();
    const QString limit = threshold ? MapRenderer::formatDistance(*threshold) : QString();
    if (shows(settings, MapLayer::ThresholdCircles) && threshold)
        add(LegendSymbol::Circle, LegendGroup::Distance,
            language == Language::Japanese ? QStringLiteral("区役所から %1 圏").arg(limit)
                                           : QStringLiteral("Within %1 of a ward office").arg(limit),
            style.circleOutlineColor, style.circleOutlineWidthPoints);
    if (shows(settings, MapLayer::NearestLines) && !content.nearestLines.empty()) {
        if (any(content.nearestLines, [](const MapNearestLine &l) { return l.withinThreshold; }))
            add(LegendSymbol::DashedLine, LegendGroup::Distance,
                threshold ? (language == Language::Japanese ? QStringLiteral("最寄り区役所まで（%1 以内）").arg(limit)
                                                            : QStringLiteral("To the nearest ward office (≤ %1)").arg(limit))
                          : pick(language, u"最寄り区役所までの距離", u"To the nearest ward office"),
                style.lineWithinColor, style.lineWidthPoints);
        if (any(content.nearestLines, [](const MapNearestLine &l) { return !l.withinThreshold; }))
            add(LegendSymbol::DashedLine, LegendGroup::Distance,
                threshold ? (language == Language::Japanese ? QStringLiteral("最寄り区役所まで（%1 超）").arg(limit)
                                                            : QStringLiteral("To the nearest ward office (> %1)").arg(limit))
                          : pick(language, u"最寄り区役所までの距離（基準超）",
                                 u"To the nearest ward office (beyond the guide)"),
                style.lineBeyondColor, style.lineWidthPoints);
    }

    if (shows(settings, MapLayer::Impact)) {
        if (!content.transferLines.empty())
            add(LegendSymbol::Arrow, LegendGroup::Impact,
                pick(language, u"閉鎖窓口 → 受入窓口", u"Closed → receiving counter"), style.closeColor,
                style.transferWidthPoints);
        if (any(content.population, [](const MapPopulationCell &c) { return c.beyondThresholdAfter; }))
            add(LegendSymbol::Hatch, LegendGroup::Impact,
                pick(language, u"最寄り窓口が目安より遠い区域（変更後）", u"Nearest counter beyond the guide (after)"),
                style.impactHatchColor, style.impactHatchWidthPoints);
    }

    if (shows(settings, MapLayer::Wards) && !content.wards.empty())
        add(LegendSymbol::Line, LegendGroup::Areas, pick(language, u"区界", u"Ward boundary"), style.wardOutlineColor,
            style.wardOutlineWidthPoints);
    if (shows(settings, MapLayer::SchoolDistricts) && !content.schoolDistricts.empty()) {
        const bool approximate = any(content.schoolDistricts, [](const MapPolygon &d) { return d.approximate; });
        add(approximate ? LegendSymbol::DashedLine : LegendSymbol::Line, LegendGroup::Areas,
            approximate ? pick(language, u"小学校区（近似）", u"School district (approximate)")
                        : pick(language, u"小学校区", u"School district"),
            style.schoolDistrictColor, style.schoolDistrictWidthPoints);
    }
    if (shows(settings, MapLayer::Schools) && !content.schools.empty())
        add(LegendSymbol::School, LegendGroup::Areas, pick(language, u"小学校", u"Elementary school"), style.schoolColor);

    if (shows(settings, MapLayer::Population) && !content.population.empty()
        && settings.populationChoropleth != PopulationChoropleth::Off) {
        const bool density = settings.populationChoropleth == PopulationChoropleth::Density;
        add(LegendSymbol::Heading, LegendGroup::Population,
            density ? pick(language, u"人口密度（人/km²）", u"Population density (residents/km²)")
                    : pick(language, u"65歳以上人口の割合（%）", u"Residents aged 65+ (%)"),
            QColor());
        for (const ChoroplethClass &c : density ? style.densityClasses : style.share65Classes)
            add(LegendSymbol::Fill, LegendGroup::Population, c.label, c.color);
        if (!density)
            add(LegendSymbol::Fill, LegendGroup::Population, pick(language, u"秘匿・データなし", u"Suppressed or no data"),
                style.noDataColor);
    }
    return entries;
}

double legendSymbolHeight(const LegendEntry &entry, const MapStyle &style, double pixelsPerPoint)
{
    switch (entry.symbol) {
    case LegendSymbol::Office:
        return 2.0 * officeSymbolRadius(style, entry.kind, pixelsPerPoint);
    case LegendSymbol::Decision:
        return 2.0 * officeSymbolRadius(style, entry.kind, pixelsPerPoint);
    case LegendSymbol::Heading:
        return 0.0;
    default:
        return 7.0 * pixelsPerPoint;
    }
}

void paintLegendSymbol(QPainter &painter, const LegendEntry &entry, const QRectF &box, const MapStyle &style,
                       double pixelsPerPoint)
{
    const double pt = pixelsPerPoint;
    const QPointF centre = box.center();
    const QRectF swatch(box.left() + 2 * pt, centre.y() - 3.5 * pt, box.width() - 4 * pt, 7 * pt);
    painter.save();
    switch (entry.symbol) {
    case LegendSymbol::Heading:
        break;
    case LegendSymbol::Office:
    case LegendSymbol::Decision:
        paintOfficeSymbol(painter, style, entry.kind, entry.color, centre, pt);
        break;
    case LegendSymbol::Fill:
        painter.setPen(QPen(QColor(0, 0, 0, 80), 0.4 * pt));
        painter.setBrush(entry.color);
        painter.drawRect(swatch);
        break;
    case LegendSymbol::Circle:
        painter.setPen(QPen(entry.color, entry.lineWidthPoints * pt));
        painter.setBrush(style.circleFillColor);
        painter.drawEllipse(centre, 5 * pt, 5 * pt);
        break;
    case LegendSymbol::Line:
    case LegendSymbol::DashedLine: {
        QPen pen(entry.color, entry.lineWidthPoints * pt,
                 entry.symbol == LegendSymbol::DashedLine ? Qt::CustomDashLine : Qt::SolidLine, Qt::FlatCap);
        if (entry.symbol == LegendSymbol::DashedLine)
            pen.setDashPattern({5.0, 3.0});
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left(), centre.y()), QPointF(box.right(), centre.y()));
        break;
    }
    case LegendSymbol::School: {
        const double r = style.schoolSizePoints * pt / 2.0;
        painter.setPen(QPen(entry.color, 0.8 * pt));
        painter.setBrush(Qt::white);
        painter.drawEllipse(centre, r, r);
        painter.drawEllipse(centre, r * 0.3, r * 0.3);
        break;
    }
    case LegendSymbol::Arrow: {
        // As on the map: dashed in the closed colour, the arrowhead at the receiving end.
        const double arrow = style.transferArrowPoints * pt * 0.8;
        QPen pen(entry.color, entry.lineWidthPoints * pt, Qt::CustomDashLine, Qt::FlatCap, Qt::BevelJoin);
        pen.setDashPattern({4.0, 2.5});
        painter.setPen(pen);
        painter.drawLine(QPointF(box.left(), centre.y()), QPointF(box.right() - arrow, centre.y()));
        paintArrowhead(painter, QPointF(box.right(), centre.y()), QPointF(1, 0), arrow, entry.color);
        break;
    }
    case LegendSymbol::Hatch: {
        QPainterPath area;
        area.addRect(swatch);
        painter.setPen(QPen(QColor(0, 0, 0, 80), 0.4 * pt));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(swatch);
        paintHatch(painter, area, swatch, entry.color, entry.lineWidthPoints * pt,
                   style.impactHatchSpacingPoints * pt * 0.6, swatch.topLeft());
        break;
    }
    }
    painter.restore();
}

} // namespace madoguchi::gis
