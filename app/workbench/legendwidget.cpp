#include "app/workbench/legendwidget.h"

#include "gis/maprenderer.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

constexpr int kMargin = 6;
constexpr int kSymbolWidth = 26;
constexpr int kGap = 8;

void drawOfficeSymbol(QPainter &painter, const QPointF &centre, gis::SymbolShape shape, double size)
{
    const double r = size / 2.0;
    switch (shape) {
    case gis::SymbolShape::Square: painter.drawRect(QRectF(centre.x() - r, centre.y() - r, size, size)); break;
    case gis::SymbolShape::Circle: painter.drawEllipse(centre, r, r); break;
    case gis::SymbolShape::Diamond:
        painter.drawPolygon(QPolygonF({centre + QPointF(0, -r), centre + QPointF(r, 0), centre + QPointF(0, r),
                                       centre + QPointF(-r, 0)}));
        break;
    case gis::SymbolShape::Triangle:
        painter.drawPolygon(QPolygonF({centre + QPointF(0, -r), centre + QPointF(r, r * 0.8),
                                       centre + QPointF(-r, r * 0.8)}));
        break;
    }
}

} // namespace

LegendWidget::LegendWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void LegendWidget::setMap(std::shared_ptr<const gis::MapContent> content, const gis::MapSettings &settings)
{
    mContent = std::move(content);
    mSettings = settings;
    rebuild();
}

void LegendWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QStringList LegendWidget::entryTexts() const
{
    QStringList texts;
    for (const Entry &entry : mEntries)
        texts << entry.text;
    return texts;
}

void LegendWidget::rebuild()
{
    mEntries.clear();
    if (mContent) {
        const gis::MapContent &content = *mContent;
        const gis::MapStyle &style = mSettings.style;
        auto visible = [this](gis::MapLayer layer) {
            const auto &order = mSettings.drawOrder;
            return mSettings.layer(layer).visible && std::find(order.begin(), order.end(), layer) != order.end();
        };
        auto anyOffice = [&content](auto predicate) {
            return std::any_of(content.offices.begin(), content.offices.end(), predicate);
        };

        if (visible(gis::MapLayer::Offices) && !content.offices.empty()) {
            mEntries.push_back({Symbol::Heading, tr("Offices"), {}, {}, 0});
            const std::pair<OfficeKind, QString> kinds[] = {
                {OfficeKind::WardOffice, tr("Ward office (区役所)")},
                {OfficeKind::GeneralBranch, tr("General branch office (総合出張所)")},
                {OfficeKind::Branch, tr("Branch office (出張所)")},
            };
            for (const auto &[kind, text] : kinds)
                if (anyOffice([kind](const gis::MapOffice &o) { return o.kind == kind; }))
                    mEntries.push_back({Symbol::Office, text, Qt::white, style.officeSymbol(kind), 0});

            const std::pair<Decision, QString> decisions[] = {
                {Decision::Keep, tr("Keep (継続)")},
                {Decision::Upgrade, tr("Upgrade (機能強化)")},
                {Decision::ServiceCorner, tr("Service corner (行政サービスコーナー)")},
                {Decision::Close, tr("Close (廃止)")},
            };
            bool headed = false;
            for (const auto &[decision, text] : decisions) {
                if (!anyOffice([decision](const gis::MapOffice &o) { return o.decision == decision; }))
                    continue;
                if (!headed)
                    mEntries.push_back({Symbol::Heading, tr("Decision"), {}, {}, 0});
                headed = true;
                mEntries.push_back({Symbol::Decision, text, style.decisionColor(decision), {}, 0});
            }
            if (anyOffice([](const gis::MapOffice &o) { return !o.decision && o.kind != OfficeKind::WardOffice; })) {
                if (!headed)
                    mEntries.push_back({Symbol::Heading, tr("Decision"), {}, {}, 0});
                mEntries.push_back({Symbol::Decision, tr("No decision"), style.noDecisionColor, {}, 0});
            }
        }

        const std::optional<double> threshold = content.thresholdMeters();
        const bool circles = visible(gis::MapLayer::ThresholdCircles) && threshold;
        const bool lines = visible(gis::MapLayer::NearestLines) && !content.nearestLines.empty();
        if (circles || lines)
            mEntries.push_back({Symbol::Heading, tr("Distance"), {}, {}, 0});
        if (circles)
            mEntries.push_back({Symbol::Circle,
                                tr("Within %1 of a ward office").arg(gis::MapRenderer::formatDistance(*threshold)),
                                style.circleOutlineColor, {}, style.circleOutlineWidthPoints});
        if (lines) {
            const QString limit = threshold ? gis::MapRenderer::formatDistance(*threshold) : QString();
            const bool anyWithin = std::any_of(content.nearestLines.begin(), content.nearestLines.end(),
                                               [](const gis::MapNearestLine &l) { return l.withinThreshold; });
            const bool anyBeyond = std::any_of(content.nearestLines.begin(), content.nearestLines.end(),
                                               [](const gis::MapNearestLine &l) { return !l.withinThreshold; });
            if (anyWithin)
                mEntries.push_back({Symbol::DashedLine, tr("To the nearest ward office (≤ %1)").arg(limit),
                                    style.lineWithinColor, {}, style.lineWidthPoints});
            if (anyBeyond)
                mEntries.push_back({Symbol::DashedLine, tr("To the nearest ward office (> %1)").arg(limit),
                                    style.lineBeyondColor, {}, style.lineWidthPoints});
        }

        if (visible(gis::MapLayer::Impact)) {
            const bool transfers = !content.transferLines.empty();
            const bool beyond = std::any_of(content.population.begin(), content.population.end(),
                                            [](const gis::MapPopulationCell &c) { return c.beyondThresholdAfter; });
            if (transfers || beyond)
                mEntries.push_back({Symbol::Heading, tr("Impact of the scenario"), {}, {}, 0});
            if (transfers)
                mEntries.push_back({Symbol::Arrow, tr("Closed → receiving counter"), style.closeColor, {},
                                    style.transferWidthPoints});
            if (beyond)
                mEntries.push_back({Symbol::Hatch, tr("Nearest counter beyond the guide (after)"),
                                    style.impactHatchColor, {}, style.impactHatchWidthPoints});
        }

        const bool wards = visible(gis::MapLayer::Wards) && !content.wards.empty();
        const bool districts = visible(gis::MapLayer::SchoolDistricts) && !content.schoolDistricts.empty();
        const bool schools = visible(gis::MapLayer::Schools) && !content.schools.empty();
        if (wards || districts || schools)
            mEntries.push_back({Symbol::Heading, tr("Areas"), {}, {}, 0});
        if (wards)
            mEntries.push_back({Symbol::Line, tr("Ward boundary"), style.wardOutlineColor, {},
                                style.wardOutlineWidthPoints});
        if (districts) {
            const bool approximate = std::any_of(content.schoolDistricts.begin(), content.schoolDistricts.end(),
                                                 [](const gis::MapPolygon &d) { return d.approximate; });
            mEntries.push_back({approximate ? Symbol::DashedLine : Symbol::Line,
                                approximate ? tr("School district (approximate)") : tr("School district"),
                                style.schoolDistrictColor, {}, style.schoolDistrictWidthPoints});
        }
        if (schools)
            mEntries.push_back({Symbol::School, tr("Elementary school"), style.schoolColor, {}, 0});

        if (visible(gis::MapLayer::Population) && !content.population.empty()
            && mSettings.populationChoropleth != gis::PopulationChoropleth::Off) {
            const bool density = mSettings.populationChoropleth == gis::PopulationChoropleth::Density;
            mEntries.push_back({Symbol::Heading,
                                density ? tr("Population density (residents/km²)") : tr("Residents aged 65+ (%)"),
                                {}, {}, 0});
            for (const gis::ChoroplethClass &c : density ? style.densityClasses : style.share65Classes)
                mEntries.push_back({Symbol::Fill, c.label, c.color, {}, 0});
            if (!density)
                mEntries.push_back({Symbol::Fill, tr("Suppressed or no data"), style.noDataColor, {}, 0});
        }
    }
    updateGeometry();
    update();
}

double LegendWidget::pixelsPerPoint() const
{
    return logicalDpiY() / 72.0;
}

int LegendWidget::rowHeight(const Entry &entry) const
{
    const int text = fontMetrics().height();
    const int symbol = entry.symbol == Symbol::Office ? int(std::ceil(entry.office.sizePoints * pixelsPerPoint())) : 0;
    const int extra = entry.symbol == Symbol::Heading && &entry != &mEntries.front() ? 6 : 0;
    return std::max(text, symbol) + 4 + extra;
}

QSize LegendWidget::sizeHint() const
{
    int height = 2 * kMargin;
    int width = 0;
    for (const Entry &entry : mEntries) {
        height += rowHeight(entry);
        const int indent = entry.symbol == Symbol::Heading ? 0 : kSymbolWidth + kGap;
        width = std::max(width, indent + fontMetrics().horizontalAdvance(entry.text));
    }
    if (mEntries.empty())
        height += fontMetrics().height();
    return QSize(width + 2 * kMargin, height);
}

QSize LegendWidget::minimumSizeHint() const
{
    return QSize(kSymbolWidth * 3, sizeHint().height());
}

void LegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const gis::MapStyle &style = mSettings.style;
    const double ppp = pixelsPerPoint();

    if (mEntries.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin), Qt::AlignLeft | Qt::AlignTop,
                         tr("No map"));
        return;
    }

    QFont headingFont = font();
    headingFont.setBold(true);
    int y = kMargin;
    for (const Entry &entry : mEntries) {
        const int height = rowHeight(entry);
        const QRect row(kMargin, y, width() - 2 * kMargin, height);
        const QPointF centre(kMargin + kSymbolWidth / 2.0, row.top() + row.height() / 2.0);
        painter.save();
        switch (entry.symbol) {
        case Symbol::Heading: break;
        case Symbol::Office:
            painter.setPen(QPen(style.officeOutlineColor, style.officeOutlineWidthPoints * ppp));
            painter.setBrush(entry.color);
            drawOfficeSymbol(painter, centre, entry.office.shape,
                             entry.office.sizePoints * ppp);
            break;
        case Symbol::Decision: {
            painter.setPen(QPen(style.officeOutlineColor, style.officeOutlineWidthPoints * ppp));
            painter.setBrush(entry.color);
            const double r = style.generalBranchSymbol.sizePoints * ppp / 2.0;
            painter.drawEllipse(centre, r, r);
            break;
        }
        case Symbol::Fill:
            painter.setPen(QPen(QColor(0, 0, 0, 80), 0.6));
            painter.setBrush(entry.color);
            painter.drawRect(QRectF(centre.x() - kSymbolWidth / 2.0 + 2, centre.y() - 5, kSymbolWidth - 4, 10));
            break;
        case Symbol::Circle: {
            painter.setPen(QPen(entry.color, entry.lineWidthPoints * ppp));
            painter.setBrush(style.circleFillColor);
            painter.drawEllipse(centre, 7.0, 7.0);
            break;
        }
        case Symbol::Line:
        case Symbol::DashedLine: {
            QPen pen(entry.color, std::max(1.0, entry.lineWidthPoints * ppp),
                     entry.symbol == Symbol::DashedLine ? Qt::CustomDashLine : Qt::SolidLine, Qt::FlatCap);
            if (entry.symbol == Symbol::DashedLine)
                pen.setDashPattern({5.0, 3.0});
            painter.setPen(pen);
            painter.drawLine(QPointF(kMargin + 1, centre.y()), QPointF(kMargin + kSymbolWidth - 1, centre.y()));
            break;
        }
        case Symbol::School: {
            const double r = style.schoolSizePoints * ppp / 2.0;
            painter.setPen(QPen(entry.color, 0.8 * ppp));
            painter.setBrush(Qt::white);
            painter.drawEllipse(centre, r, r);
            painter.drawEllipse(centre, r * 0.3, r * 0.3);
            break;
        }
        case Symbol::Arrow: {
            // As on the map: dashed in the closed colour, the arrowhead at the receiving end.
            const double length = style.transferArrowPoints * ppp * 0.9;
            const double right = kMargin + kSymbolWidth - 1;
            QPen pen(entry.color, std::max(1.0, entry.lineWidthPoints * ppp), Qt::CustomDashLine, Qt::FlatCap);
            pen.setDashPattern({4.0, 2.5});
            painter.setPen(pen);
            painter.drawLine(QPointF(kMargin + 1, centre.y()), QPointF(right - length, centre.y()));
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.color);
            painter.drawPolygon(QPolygonF({QPointF(right, centre.y()), QPointF(right - length, centre.y() - length * 0.45),
                                           QPointF(right - length, centre.y() + length * 0.45)}));
            break;
        }
        case Symbol::Hatch: {
            const QRectF swatch(centre.x() - kSymbolWidth / 2.0 + 2, centre.y() - 5, kSymbolWidth - 4, 10);
            painter.setPen(QPen(QColor(0, 0, 0, 80), 0.6));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(swatch);
            painter.setClipRect(swatch);
            painter.setPen(QPen(entry.color, std::max(1.0, entry.lineWidthPoints * ppp), Qt::SolidLine, Qt::FlatCap));
            // Diagonal lines rising to the right, as the map draws them.
            const double step = std::max(3.0, style.impactHatchSpacingPoints * ppp * 0.6) * std::sqrt(2.0);
            for (double c = swatch.left() + swatch.top(); c <= swatch.right() + swatch.bottom() + step; c += step)
                painter.drawLine(QPointF(c - swatch.bottom(), swatch.bottom()), QPointF(c - swatch.top(), swatch.top()));
            break;
        }
        }
        painter.restore();

        painter.setPen(palette().color(QPalette::WindowText));
        if (entry.symbol == Symbol::Heading) {
            painter.setFont(headingFont);
            painter.drawText(QRect(row.left(), row.bottom() - fontMetrics().height() - 2, row.width(),
                                   fontMetrics().height() + 2),
                             Qt::AlignLeft | Qt::AlignVCenter, entry.text);
            painter.setFont(font());
        } else {
            const int left = kMargin + kSymbolWidth + kGap;
            painter.drawText(QRect(left, row.top(), row.right() - left, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             entry.text);
        }
        y += height;
    }
}

} // namespace madoguchi::app
