#include "app/workbench/frontierchart.h"

#include "app/lib/languagesettings.h"
#include "core/terms.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPicture>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

// How far beyond a point's symbol a click or the mouse still picks it, in pixels.
constexpr double kPickTolerance = 4.0;

QString officeNames(const QStringList &officeIds, const std::vector<Office> &offices)
{
    QStringList names;
    for (const QString &id : officeIds) {
        const Office *office = findOffice(offices, id);
        names << (office ? office->name : id);
    }
    return names.join(QStringLiteral("、"));
}

} // namespace

FrontierChart::FrontierChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 220);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

FrontierChart::~FrontierChart() = default;

void FrontierChart::setOptimisation(std::shared_ptr<const ClosureOptimisation> optimisation,
                                    std::vector<Office> offices)
{
    mOptimisation = std::move(optimisation);
    mOffices = std::move(offices);
    if (mSelected && !setOf(*mSelected))
        mSelected.reset();
    relayout();
}

void FrontierChart::clear()
{
    setOptimisation(nullptr, {});
}

void FrontierChart::setSelectedPoint(std::optional<FrontierChartPoint> point)
{
    if (point && !setOf(*point))
        point.reset();
    if (point == mSelected)
        return;
    mSelected = point;
    relayout();
}

const ClosureSet *FrontierChart::setOf(const FrontierChartPoint &point) const
{
    if (!mOptimisation)
        return nullptr;
    if (point.scenario)
        return mOptimisation->scenarioSet ? &*mOptimisation->scenarioSet : nullptr;
    return mOptimisation->setWithClosures(point.closures);
}

void FrontierChart::setStyle(const gis::MapStyle &style)
{
    mStyle = style;
    relayout();
}

FrontierFigureOptions FrontierChart::figureOptions() const
{
    FrontierFigureOptions options;
    options.style = mStyle;
    if (mSelected && !mSelected->scenario)
        options.highlightedClosures = mSelected->closures;
    return options;
}

void FrontierChart::relayout()
{
    mLayout = FrontierFigureLayout();
    if (mOptimisation) {
        // The layout depends on the size and the font only: drawn into a picture, it is known before the
        // first paint (a click may come first in a test or right after a run).
        QPicture picture;
        QPainter painter(&picture);
        mLayout = paintFrontierFigure(painter, QRectF(rect()), logicalDpiY(), *mOptimisation, mOffices,
                                      figureOptions());
    }
    update();
}

std::optional<QPointF> FrontierChart::viewPositionOf(const FrontierChartPoint &point) const
{
    for (const FrontierFigurePoint &drawn : mLayout.points)
        if (drawn.scenario == point.scenario && (point.scenario || drawn.closures == point.closures))
            return drawn.centre;
    return std::nullopt;
}

std::optional<FrontierChartPoint> FrontierChart::pointAt(const QPointF &position) const
{
    // On a symbol: the smallest symbol it is on (the scenario's drawn round the best set of its size when
    // they are as good: the set inside, the scenario on the ring). Beside the symbols: the nearest within
    // the tolerance.
    const FrontierFigurePoint *inside = nullptr;
    const FrontierFigurePoint *near = nullptr;
    double nearGap = 0.0;
    for (const FrontierFigurePoint &drawn : mLayout.points) {
        const double distance = std::hypot(position.x() - drawn.centre.x(), position.y() - drawn.centre.y());
        if (distance <= drawn.radius) {
            if (!inside || drawn.radius < inside->radius)
                inside = &drawn;
        } else if (distance <= drawn.radius + kPickTolerance && (!near || distance - drawn.radius < nearGap)) {
            near = &drawn;
            nearGap = distance - drawn.radius;
        }
    }
    const FrontierFigurePoint *picked = inside ? inside : near;
    if (!picked)
        return std::nullopt;
    return FrontierChartPoint{picked->closures, picked->scenario};
}

void FrontierChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (!mOptimisation) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Run the optimiser to see the best set of closures for each number of counters "
                            "closed."));
        return;
    }
    mLayout = paintFrontierFigure(painter, QRectF(rect()), logicalDpiY(), *mOptimisation, mOffices, figureOptions());
    if (!mSelected)
        return;
    // The chosen point: the figure rings a set of the frontier (highlightedClosures); the scenario's is
    // ringed here in the same selection colour, as on the map.
    for (const FrontierFigurePoint &drawn : mLayout.points) {
        if (drawn.scenario != mSelected->scenario || (!drawn.scenario && drawn.closures != mSelected->closures))
            continue;
        painter.setBrush(Qt::NoBrush);
        if (drawn.scenario) {
            painter.setPen(QPen(mStyle.selectionColor, 2.5));
            painter.drawEllipse(drawn.centre, drawn.radius + 4.0, drawn.radius + 4.0);
        }
        if (hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1.0, Qt::DotLine));
            painter.drawEllipse(drawn.centre, drawn.radius + 7.0, drawn.radius + 7.0);
        }
    }
}

void FrontierChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void FrontierChart::changeEvent(QEvent *event)
{
    // The figure's texts follow the interface's language; its layout follows the font.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        relayout();
    QWidget::changeEvent(event);
}

void FrontierChart::selectFromView(const FrontierChartPoint &point)
{
    setSelectedPoint(point);
    Q_EMIT pointSelected(point.closures, point.scenario);
}

void FrontierChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    if (const auto point = pointAt(event->position())) {
        selectFromView(*point);
    } else if (mSelected) {
        setSelectedPoint(std::nullopt);
        Q_EMIT selectionCleared();
    }
    event->accept();
}

void FrontierChart::mouseMoveEvent(QMouseEvent *event)
{
    if (const auto point = pointAt(event->position()))
        QToolTip::showText(event->globalPosition().toPoint(), toolTip(*point), this);
    else
        QToolTip::hideText();
    QWidget::mouseMoveEvent(event);
}

void FrontierChart::keyPressEvent(QKeyEvent *event)
{
    const int step = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
    if (step == 0 || !mOptimisation || mOptimisation->frontier.empty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const std::vector<ClosureSet> &frontier = mOptimisation->frontier;
    // From the selected point (the scenario's counts as its number of closures) to the frontier's next.
    std::optional<int> from;
    if (mSelected)
        from = mSelected->scenario ? mOptimisation->scenarioSet->closures : mSelected->closures;
    const ClosureSet *next = nullptr;
    if (!from) {
        next = step > 0 ? &frontier.front() : &frontier.back();
    } else if (step > 0) {
        const auto it = std::find_if(frontier.begin(), frontier.end(),
                                     [&](const ClosureSet &set) { return set.closures > *from; });
        next = it != frontier.end() ? &*it : nullptr;
    } else {
        const auto it = std::find_if(frontier.rbegin(), frontier.rend(),
                                     [&](const ClosureSet &set) { return set.closures < *from; });
        next = it != frontier.rend() ? &*it : nullptr;
    }
    if (next)
        selectFromView(FrontierChartPoint{next->closures, false});
    event->accept();
}

QString FrontierChart::toolTip(const FrontierChartPoint &point) const
{
    const ClosureSet *set = setOf(point);
    if (!set)
        return {};
    const Language language = interfaceLanguage();
    const double value = set->measures.value(mOptimisation->measure);
    const QString shown = mOptimisation->measure == HarmMeasure::MeanDistance
                              ? tr("%1 km").arg(QLocale().toString(value / 1000.0, 'f', 2))
                              : QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', 0),
                                                            harmMeasureUnit(mOptimisation->measure, language));
    QString html = point.scenario ? QStringLiteral("<b>%1</b>").arg(mOptimisation->scenarioName.toHtmlEscaped())
                                  : QStringLiteral("<b>%1</b>").arg(tr("Best set of %n closure(s)", nullptr,
                                                                       set->closures).toHtmlEscaped());
    html += QStringLiteral("<br/>%1: %2").arg(harmMeasureName(mOptimisation->measure, language).toHtmlEscaped(),
                                              shown.toHtmlEscaped());
    const QString closed = set->closedOfficeIds.isEmpty() ? tr("none") : officeNames(set->closedOfficeIds, mOffices);
    html += QStringLiteral("<br/>%1").arg(tr("Closed: %1").arg(closed).toHtmlEscaped());
    if (!point.scenario && !set->provenOptimal)
        html += QStringLiteral("<br/><i>%1</i>").arg(tr("Not proven optimal").toHtmlEscaped());
    return html;
}

} // namespace madoguchi::app
