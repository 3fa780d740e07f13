#include "app/figures/frontierfigure.h"

#include "app/figures/figurefont.h"
#include "app/figures/figureformat.h"
#include "app/figures/frontiersummary.h"
#include "app/lib/languagesettings.h"
#include "core/terms.h"
#include "gis/labelplacer.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace madoguchi::app {

namespace {

// The measure's name inside a sentence (English: in lower case).
QString lowerInEnglish(const QString &text)
{
    return interfaceLanguage() == Language::English && !text.isEmpty() ? text.at(0).toLower() + text.mid(1) : text;
}

// A note's lines as running text: each a sentence ("。" in Japanese).
QString asSentences(const QStringList &lines)
{
    const bool japanese = interfaceLanguage() == Language::Japanese;
    QStringList sentences;
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        const bool ends = line.endsWith(QChar(u'。')) || line.endsWith(QLatin1Char('.'));
        sentences << (ends ? line : line + (japanese ? QStringLiteral("。") : QStringLiteral(".")));
    }
    return sentences.join(japanese ? QString() : QStringLiteral(" "));
}

} // namespace

FrontierFigure::FrontierFigure(ClosureOptimisation optimisation, std::vector<Office> offices,
                               FrontierFigureOptions options)
    : mOptimisation(std::move(optimisation))
    , mOffices(std::move(offices))
    , mOptions(std::move(options))
{
    mOptions.fontScale = std::clamp(mOptions.fontScale, 0.5, 4.0);
    collectPoints();
}

QFont FrontierFigure::font(double points, bool bold) const
{
    return figureFont(mOptions.style.fontFamily, points * mOptions.fontScale, mDpi, bold);
}

QString FrontierFigure::xAxisTitle()
{
    return FrontierFigure::tr("Counters closed");
}

QString FrontierFigure::yAxisTitle() const
{
    return FrontierFigure::tr("%1 (%2)").arg(harmMeasureName(mOptimisation.measure, interfaceLanguage()), mUnit);
}

// The points, their values in the axis's unit and their names; where they go is the layout's.
void FrontierFigure::collectPoints()
{
    const ClosureOptimisation &optimisation = mOptimisation;
    const Language language = interfaceLanguage();
    const HarmMeasure measure = optimisation.measure;
    double largest = 0.0;
    for (const ClosureSet &set : optimisation.frontier)
        largest = std::max(largest, set.measures.value(measure));
    if (optimisation.scenarioSet)
        largest = std::max(largest, optimisation.scenarioSet->measures.value(measure));
    // The mean distance of a city's residents runs to a few kilometres: km with decimals reads better
    // than thousands of metres, which stay for a small town's distances below 1 km.
    mKilometres = measure == HarmMeasure::MeanDistance && largest >= 1000.0;
    const double factor = mKilometres ? 0.001 : 1.0;
    mUnit = mKilometres ? QStringLiteral("km") : harmMeasureUnit(measure, language);

    mPoints.clear();
    const ClosureSet *previous = nullptr;
    for (const ClosureSet &set : optimisation.frontier) {
        Point point;
        point.closures = set.closures;
        point.value = set.measures.value(measure) * factor;
        point.proven = set.provenOptimal;
        if (!set.provenOptimal && set.bound)
            point.bound = std::max(0.0, *set.bound * factor);
        point.highlighted = mOptions.highlightedClosures == set.closures;
        point.label = closureChangeText(previous, set, mOffices);
        mPoints.push_back(point);
        previous = &set;
    }
    if (optimisation.scenarioSet) {
        Point point;
        point.closures = optimisation.scenarioSet->closures;
        point.scenario = true;
        point.value = optimisation.scenarioSet->measures.value(measure) * factor;
        point.label = optimisation.scenarioName.trimmed().isEmpty() ? FrontierFigure::tr("Scenario")
                                                                     : optimisation.scenarioName.trimmed();
        mPoints.push_back(point);
    }

    // The note: what the optimiser was allowed to do, a scenario of a size the frontier lacks, and what
    // the hollow points mean. Where a small figure has no room for all of it, the least needed lines go
    // first: how many counters could close, then the constraints; the guide, what was not applied, the
    // scenario and the hollow points stay.
    mNote.clear();
    const QStringList constraints = frontierConstraintLines(optimisation, mOffices);
    const int notApplied = int(optimisation.notApplied.size());
    for (int i = 0; i < constraints.size(); ++i)
        mNote.push_back({constraints[i], i == 0 || i >= constraints.size() - notApplied ? 2 : i == 1 ? 0 : 1});
    if (optimisation.scenarioSet && !optimisation.frontier.empty() && optimisation.frontier.size() > 1
        && !optimisation.setWithClosures(optimisation.scenarioSet->closures))
        mNote.push_back({FrontierFigure::tr("%1 closes %n counter(s): no set of that many meets the constraints", "",
                                            optimisation.scenarioSet->closures)
                             .arg(mPoints.back().label),
                         3});
    QStringList bounds;
    bool anyHollow = false;
    for (const ClosureSet &set : optimisation.frontier)
        if (!set.provenOptimal) {
            anyHollow = true;
            if (set.bound)
                bounds << FrontierFigure::tr("%1 closed: at least %2")
                              .arg(set.closures)
                              .arg(harmValueText(measure, std::max(0.0, *set.bound)));
        }
    if (anyHollow)
        mNote.push_back({bounds.isEmpty()
                             ? FrontierFigure::tr(
                                   "Hollow points: not proven optimal, the solver stopped before proving them")
                             : FrontierFigure::tr(
                                   "Hollow points: not proven optimal, the solver stopped before proving them; the "
                                   "dashed line runs down to its bound, the least harm still possible (%1)")
                                   .arg(bounds.join(FrontierFigure::tr(", "))),
                         3});
}

// The note under everything, wrapped to the width, in at most a fifth of the figure's height: in a
// smaller font where it needs, then without its least needed lines, saying so.
double FrontierFigure::layoutNote(double bottom)
{
    const double p = pt();
    const double margin = 6.0 * p;
    const double width = mSize.width() - 2 * margin;
    const double room = mSize.height() / 5.0;
    std::vector<bool> shown(mNote.size(), true);
    const auto text = [&] {
        QStringList lines;
        for (std::size_t i = 0; i < mNote.size(); ++i)
            if (shown[i])
                lines << mNote[i].text;
        if (std::find(shown.begin(), shown.end(), false) != shown.end())
            lines << FrontierFigure::tr("Enlarge the figure to read the whole note");
        return lines;
    };
    mNotePoints = kNotePoints;
    mNoteLines = text();
    mNoteRect = bottomNoteRect(asSentences(mNoteLines), font(mNotePoints), margin, width, bottom);
    if (mNoteRect.height() > room) {
        mNotePoints = kMinimumNotePoints;
        mNoteRect = bottomNoteRect(asSentences(mNoteLines), font(mNotePoints), margin, width, bottom);
    }
    for (int priority = 0; priority < 3 && mNoteRect.height() > room; ++priority)
        for (std::size_t i = mNote.size(); i-- > 0 && mNoteRect.height() > room;)
            if (mNote[i].priority == priority) {
                shown[i] = false;
                mNoteLines = text();
                mNoteRect = bottomNoteRect(asSentences(mNoteLines), font(mNotePoints), margin, width, bottom);
            }
    return mNoteRect.isNull() ? bottom : mNoteRect.top() - 3.0 * p;
}

QString FrontierFigure::valueText(double value) const
{
    if (!mKilometres)
        return formatCount(value);
    // As many decimals as the axis's step needs (0.5 km: one; 0.25 km: two), at least one.
    double step = mY.ticks.size() >= 2 ? mY.ticks[1] - mY.ticks[0] : 0.1;
    int decimals = 1;
    const auto whole = [](double value) { return std::abs(value - std::round(value)) < 1e-6; };
    while (decimals < 3 && !whole(step * std::pow(10.0, decimals)))
        ++decimals;
    return figureLocale().toString(value, 'f', decimals);
}

double FrontierFigure::frontierRadius(double scale) const
{
    return 3.6 * pt() * scale;
}

double FrontierFigure::scenarioRadius(double scale) const
{
    return 5.2 * pt() * scale;
}

double FrontierFigure::symbolRadius(const Point &point) const
{
    if (point.scenario)
        return scenarioRadius();
    if (!point.highlighted)
        return frontierRadius();
    const gis::MapStyle &style = mOptions.style;
    return frontierRadius(kHighlightScale) + (style.selectionGapPoints + style.selectionWidthPoints / 2.0) * pt();
}

QStringList FrontierFigure::labelTexts() const
{
    QStringList texts;
    for (int index : mLabelledIndex)
        texts << mPoints[std::size_t(index)].label;
    return texts;
}

QStringList FrontierFigure::legendTexts() const
{
    QStringList texts;
    for (const LegendItem &item : mLegend)
        texts << item.text;
    return texts;
}

QStringList FrontierFigure::keyEntries() const
{
    QStringList entries;
    for (const KeyEntry &entry : mKey)
        entries << QStringLiteral("%1 %2").arg(entry.number).arg(
            mPoints[std::size_t(mLabelledIndex[std::size_t(entry.labelled)])].label);
    return entries;
}

FrontierFigureLayout FrontierFigure::figureLayout() const
{
    FrontierFigureLayout layout;
    layout.plot = mPlot;
    for (const Point &point : mPoints)
        layout.points.push_back({point.closures, point.scenario, point.centre, point.radius});
    return layout;
}

// --- layout ----------------------------------------------------------------------------------------

void FrontierFigure::layout(const QSizeF &size, double dpi)
{
    mSize = size;
    mDpi = dpi > 0.0 ? dpi : 96.0;
    // As the correlation figure: the key under the plot takes room from it, and a smaller plot may need
    // more numbers, so lay out again with a larger key until every number has its place in it (up to
    // half the plot's height; beyond that the figure says how many it could not name).
    mKeyReserve = 0;
    mKeyOverflowLine = false;
    int capacity = -1;
    for (int attempt = 0; attempt < 6; ++attempt) {
        // As many labelled ticks as the y axis has room for (their labels' width sets the plot's left),
        // then on x every 1, 2, 5, 10 … closures that the plot's width has room to label.
        int yIntervals = 8;
        for (int fit = 0; fit < 3; ++fit) {
            layoutYScale(yIntervals);
            layoutFrame();
            const QFontMetricsF tickMetrics(font(8.5));
            const int yRoom = std::max(1, int(mPlot.height() / (tickMetrics.height() * 1.6)));
            if (int(mY.ticks.size()) - 1 <= yRoom)
                break;
            yIntervals = std::min(yIntervals - 1, yRoom);
        }
        layoutXScale();
        // The scenario's name beside its own symbol; where that lies on its set's and finds no place,
        // in the set's label.
        placePoints(false);
        layoutLabels();
        const auto scenarioUnnamed = [this] {
            for (std::size_t i = 0; i < mPointLabels.size(); ++i)
                if (mPoints[std::size_t(mLabelledIndex[i])].scenario)
                    return mPointLabels[i].kind == gis::PointLabel::Kind::None;
            return false;
        };
        if (scenarioUnnamed()) {
            placePoints(true);
            layoutLabels();
        }
        const int numbered = int(std::count_if(mPointLabels.begin(), mPointLabels.end(),
                                               [](const gis::PointLabel &label) { return label.number > 0; }));
        // A point that found no place even for a number is counted on the overflow line: room for it.
        const bool unplaced = std::any_of(mPointLabels.begin(), mPointLabels.end(), [](const gis::PointLabel &label) {
            return label.kind == gis::PointLabel::Kind::None;
        });
        if (unplaced && !mKeyOverflowLine) {
            mKeyOverflowLine = true;
            continue;
        }
        if (numbered <= mKeyReserve)
            break;
        if (capacity < 0)
            capacity = keyCapacity(mPlot.height() / 2.0);
        if (mKeyReserve >= capacity) {
            if (mKeyOverflowLine)
                break;
            mKeyOverflowLine = true;
            continue;
        }
        mKeyReserve = std::min(capacity, int(std::ceil(numbered * 1.4)));
    }
    layoutKey();
}

// Whole numbers of closures from the first to the last point, labelled every 1, 2, 5, 10 … closures as
// the plot's width has room for, the first and the last always; half a step of room at either end, so
// that no symbol sits on the frame.
void FrontierFigure::layoutXScale()
{
    int first = 0;
    int last = 1;
    if (!mPoints.empty()) {
        first = std::numeric_limits<int>::max();
        last = std::numeric_limits<int>::min();
        for (const Point &point : mPoints) {
            first = std::min(first, point.closures);
            last = std::max(last, point.closures);
        }
    }
    const int span = last - first;
    mX = AxisScale();
    mX.min = first - (span == 0 ? 1.0 : 0.5);
    mX.max = last + (span == 0 ? 1.0 : 0.5);
    const QFontMetricsF metrics(font(8.5));
    const double labelRoom =
        std::max(metrics.horizontalAdvance(QString::number(first)), metrics.horizontalAdvance(QString::number(last)))
        + 2.0 * metrics.averageCharWidth();
    const double perClosure = mPlot.width() / (mX.max - mX.min);
    int step = 1;
    for (int multiple = 1; step * perClosure < labelRoom && multiple < 1000000; multiple *= 10)
        for (int candidate : {1 * multiple, 2 * multiple, 5 * multiple})
            if ((step = candidate) * perClosure >= labelRoom)
                break;
    mX.ticks.clear();
    mXMinorTicks.clear();
    for (int k = first; k <= last; ++k) {
        // A multiple of the step, unless its label would crowd the first or the last number's.
        const bool end = k == first || k == last;
        const bool multiple =
            k % step == 0 && (k - first) * perClosure >= labelRoom && (last - k) * perClosure >= labelRoom;
        if (end || multiple)
            mX.ticks.push_back(k);
        else
            mXMinorTicks.push_back(k);
    }
}

// From 0 (no harm) to a round step above the largest value.
void FrontierFigure::layoutYScale(int intervals)
{
    double largest = 0.0;
    for (const Point &point : mPoints)
        largest = std::max(largest, point.value);
    const bool whole = mOptimisation.measure != HarmMeasure::MeanDistance || !mKilometres;
    mY = niceLinearScale(0.0, std::max(largest * 1.04, whole ? 1.0 : 0.01), intervals, whole);
}

void FrontierFigure::layoutFrame()
{
    const double p = pt();
    const double margin = 6.0 * p;
    const double width = mSize.width();

    mTitleLines.clear();
    if (mOptimisation.frontier.empty()) {
        mTitleLines << FrontierFigure::tr("The optimiser found no set of closures");
    } else {
        mTitleLines << FrontierFigure::tr("Best closures for each number of counters closed");
        // A figure lower than a printed one (110 mm) leaves the plot its room: the y axis names the measure.
        if (mSize.height() >= 300.0 * p * mOptions.fontScale)
            mTitleLines << FrontierFigure::tr("Each point: the closures with the least %1")
                               .arg(lowerInEnglish(harmMeasureName(mOptimisation.measure, interfaceLanguage())));
    }
    double titleHeight = 0.0;
    for (int i = 0; i < mTitleLines.size(); ++i) {
        const QFontMetricsF metrics(font(i == 0 ? 11.0 : 9.0, i == 0));
        titleHeight += metrics
                           .boundingRect(QRectF(0, 0, std::max(width - 2 * margin, 1.0), 1e6),
                                         Qt::AlignHCenter | Qt::TextWordWrap, mTitleLines[i])
                           .height();
    }
    mTitleRect = QRectF(margin, margin, width - 2 * margin, titleHeight);

    double bottom = layoutNote(mSize.height() - margin);
    bottom = layoutKeyArea(bottom);
    bottom = layoutLegend(bottom);

    const QFontMetricsF tickMetrics(font(8.5));
    const QFontMetricsF axisTitleMetrics(font(9.5));
    double yLabelWidth = 0.0;
    for (double tick : mY.ticks)
        yLabelWidth = std::max(yLabelWidth, tickMetrics.horizontalAdvance(valueText(tick)));
    const auto wrappedHeight = [&axisTitleMetrics](const QString &text, double length) {
        return axisTitleMetrics
            .boundingRect(QRectF(0, 0, std::max(length, 1.0), 1e6), Qt::AlignHCenter | Qt::TextWordWrap, text)
            .height();
    };
    const QString xTitle = xAxisTitle();
    const double xTitleHeight = wrappedHeight(xTitle, width - 2 * margin);
    mXTitleRect = QRectF(margin, bottom - xTitleHeight, width - 2 * margin, xTitleHeight);
    bottom = mXTitleRect.top() - 2.0 * p - tickMetrics.height() - 3.0 * p;

    const double top = mTitleRect.bottom() + 6.0 * p + tickMetrics.height() / 2.0;
    const double yTitleWidth = wrappedHeight(yAxisTitle(), bottom - top);
    const double left = margin + yTitleWidth + 4.0 * p + yLabelWidth + 4.0 * p;
    const double right = width - margin - 2.0 * p;
    mPlot = QRectF(QPointF(left, top), QPointF(std::max(right, left + 10.0 * p), std::max(bottom, top + 10.0 * p)));
    if (axisTitleMetrics.horizontalAdvance(xTitle) <= mPlot.width()) {
        mXTitleRect.setLeft(mPlot.left());
        mXTitleRect.setRight(mPlot.right());
    }
    mYTitleRect = QRectF(margin, mPlot.top(), yTitleWidth, mPlot.height());
}

// The legend in rows centred above `bottom`: the frontier's symbol, the hollow one when a point is not
// proven, the scenario's diamond. Returns its top.
double FrontierFigure::layoutLegend(double bottom)
{
    const double p = pt();
    const double margin = 6.0 * p;
    const double width = mSize.width() - 2 * margin;
    mLegend.clear();
    if (mOptimisation.frontier.empty())
        return bottom;
    mLegend.push_back({LegendItem::Symbol::Frontier, FrontierFigure::tr("Best set for each number closed"), {}});
    if (std::any_of(mPoints.begin(), mPoints.end(),
                    [](const Point &point) { return !point.scenario && !point.proven; }))
        mLegend.push_back({LegendItem::Symbol::Hollow, FrontierFigure::tr("Best set found, not proven optimal"), {}});
    if (mOptimisation.scenarioSet)
        mLegend.push_back(
            {LegendItem::Symbol::Scenario, FrontierFigure::tr("Scenario: %1").arg(mPoints.back().label), {}});
    const QFontMetricsF metrics(font(8.5));
    const double symbolWidth = 16.0 * p;
    const double gap = 10.0 * p * mOptions.fontScale;
    const double rowHeight = std::max(metrics.height(), 2.0 * scenarioRadius() + 2.0 * p);
    std::vector<std::vector<std::size_t>> rows;
    std::vector<double> rowWidths;
    for (std::size_t i = 0; i < mLegend.size(); ++i) {
        const double itemWidth = symbolWidth + 3.0 * p + metrics.horizontalAdvance(mLegend[i].text);
        if (rows.empty() || rowWidths.back() + gap + itemWidth > width) {
            rows.emplace_back();
            rowWidths.push_back(-gap);
        }
        rows.back().push_back(i);
        rowWidths.back() += gap + itemWidth;
    }
    const double height = rows.size() * rowHeight + (rows.size() - 1) * 2.0 * p;
    double y = bottom - height;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double x = margin + std::max(0.0, (width - rowWidths[r]) / 2.0);
        for (std::size_t index : rows[r]) {
            const double itemWidth = symbolWidth + 3.0 * p + metrics.horizontalAdvance(mLegend[index].text);
            mLegend[index].rect = QRectF(x, y, itemWidth, rowHeight);
            x += itemWidth + gap;
        }
        y += rowHeight + 2.0 * p;
    }
    return bottom - height - 4.0 * p;
}

QSizeF FrontierFigure::numberSize(int number) const
{
    const double p = pt();
    const QFontMetricsF metrics(font(kNumberPoints, true));
    const QSizeF text = metrics.size(0, QString::number(number));
    const double height = text.height() + 1.0 * p;
    return QSizeF(std::max(height, text.width() + 3.0 * p), height);
}

// A key entry's width: its number's box, the text and the room before the next entry.
double FrontierFigure::keyEntryWidth(const Point &point) const
{
    const double p = pt();
    const double textWidth = QFontMetricsF(font(kKeyPoints)).horizontalAdvance(point.label);
    return std::min(mSize.width() - 12.0 * p,
                    numberSize(std::max(int(mPoints.size()), 1)).width() + 3.0 * p + textWidth + 10.0 * p);
}

double FrontierFigure::keyRowHeight() const
{
    const QFontMetricsF metrics(font(kKeyPoints));
    return std::max(metrics.ascent() + metrics.descent() * 0.5, numberSize(1).height()) + 1.0 * pt();
}

// The entries a row of the key holds, as many as entries of the points' mean width fit: the key runs
// as text does (the texts differ in length, "＋城南" and "＋A ＋B −C", so columns would waste the room).
int FrontierFigure::keyEntriesPerRow() const
{
    if (mPoints.empty())
        return 1;
    double total = 0.0;
    for (const Point &point : mPoints)
        total += keyEntryWidth(point);
    return std::max(1, int((mSize.width() - 12.0 * pt()) / (total / double(mPoints.size()))));
}

int FrontierFigure::keyCapacity(double height) const
{
    const int rows = int(height / keyRowHeight()) - 1; // one line for the overflow
    return std::clamp(rows * keyEntriesPerRow(), 0, int(mPoints.size()));
}

double FrontierFigure::layoutKeyArea(double bottom)
{
    mKeyRect = QRectF();
    mKeyOverflowRect = QRectF();
    const double p = pt();
    const double margin = 6.0 * p;
    const double rowHeight = keyRowHeight();
    if (mKeyOverflowLine) {
        mKeyOverflowRect = QRectF(margin, bottom - rowHeight, mSize.width() - 2 * margin, rowHeight);
        bottom = mKeyOverflowRect.top();
    }
    if (mKeyReserve == 0)
        return mKeyOverflowLine ? bottom - 4.0 * p : bottom;
    const int perRow = keyEntriesPerRow();
    const int rows = (mKeyReserve + perRow - 1) / perRow;
    mKeyRect = QRectF(margin, bottom - rows * rowHeight, mSize.width() - 2 * margin, rows * rowHeight);
    return mKeyRect.top() - 4.0 * p;
}

// Each point where the axes put it; the scenario's on a frontier point when it is as good (the same
// number closed and the same harm as written), named in that point's label; also named there, but drawn
// where it is, when `jointLabel` (its symbol lies on the set's and has no room for a name of its own).
void FrontierFigure::placePoints(bool jointLabel)
{
    Point *onFrontier = nullptr;
    Point *scenario = nullptr;
    for (Point &point : mPoints) {
        point.centre = QPointF(mX.position(point.closures, mPlot.left(), mPlot.right()).value_or(mPlot.left()),
                               mY.position(point.value, mPlot.bottom(), mPlot.top()).value_or(mPlot.bottom()));
        point.radius = symbolRadius(point);
        point.merged = false;
        point.namedWithSet = false;
        point.withScenario = false;
        if (point.scenario)
            scenario = &point;
    }
    if (scenario)
        for (Point &other : mPoints)
            if (!other.scenario && other.closures == scenario->closures)
                onFrontier = &other;
    // Only as good: a scenario that is worse, however little, keeps its own point above the set.
    const bool equal = onFrontier && std::abs(onFrontier->value - scenario->value) <= (mKilometres ? 0.0005 : 0.5);
    if (equal) {
        // Larger, so that the diamond shows round the set's circle.
        scenario->merged = true;
        scenario->centre = onFrontier->centre;
        scenario->radius = scenarioRadius(kMergedScale);
    }
    // Each frontier point's own name, and the scenario's beside it where the two are one.
    std::size_t index = 0;
    const ClosureSet *previous = nullptr;
    for (const ClosureSet &set : mOptimisation.frontier) {
        mPoints[index].label = closureChangeText(previous, set, mOffices);
        previous = &set;
        ++index;
    }
    if (onFrontier && (equal || jointLabel)) {
        scenario->namedWithSet = true;
        onFrontier->label = (equal ? FrontierFigure::tr("%1 = %2") : FrontierFigure::tr("%1 / %2"))
                                .arg(onFrontier->label, scenario->label);
        // The name keeps off both symbols.
        onFrontier->radius = std::max(onFrontier->radius,
                                      QLineF(onFrontier->centre, scenario->centre).length() + scenario->radius);
        onFrontier->withScenario = true;
    }
}

// Every point asks for its name beside it, the scenario's and the highlighted one first; the line
// joining the frontier and the dashed lines to the bounds are kept clear, so that no name sits on them.
void FrontierFigure::layoutLabels()
{
    const double p = pt();
    gis::LabelPlacer placer(mPlot);
    mLineRects.clear();
    // The line from point to point, as small squares along it outside the symbols.
    const double lineBox = 2.0 * p;
    const Point *before = nullptr;
    for (const Point &point : mPoints) {
        if (point.scenario)
            continue;
        if (before) {
            const QLineF segment(before->centre, point.centre);
            const double length = segment.length();
            for (double along = before->radius; along < length - point.radius; along += lineBox * 0.75)
                mLineRects.push_back(
                    gis::LabelPlacer::centeredAt(segment.pointAt(along / length), QSizeF(lineBox, lineBox)));
        }
        before = &point;
        if (point.bound) {
            const auto y = mY.position(*point.bound, mPlot.bottom(), mPlot.top());
            if (y && *y > point.centre.y() + point.radius) {
                const QRectF line(QPointF(point.centre.x() - 3.0 * p, point.centre.y() + point.radius),
                                  QPointF(point.centre.x() + 3.0 * p, *y + 0.8 * p));
                mLineRects.push_back(line);
            }
        }
    }

    for (const QRectF &rect : mLineRects)
        placer.addObstacle(rect);

    mLabelledIndex.clear();
    mLabelledPoints.clear();
    for (std::size_t i = 0; i < mPoints.size(); ++i) {
        const Point &point = mPoints[i];
        placer.addSymbol(point.centre, point.radius);
        if (point.namedWithSet)
            continue;
        const QFontMetricsF metrics(font(kLabelPoints, point.highlighted || point.scenario || point.withScenario));
        // The scenario first: it is what the frontier is read against, and its symbol may lie on its
        // set's point, which is larger when highlighted and would take the room round both.
        const int priority = point.scenario || point.withScenario ? 4 : point.highlighted ? 3 : !point.proven ? 1 : 0;
        mLabelledIndex.push_back(int(i));
        mLabelledPoints.push_back(
            {point.centre, point.radius, metrics.size(0, point.label) + QSizeF(1.5 * p, 0), priority});
    }
    gis::PointLabelOptions options;
    options.gap = 2.25 * p;
    // Above or below a point first: at a diagonal a name sits over the line or by the next point.
    using Position = gis::LabelPlacer::Position;
    options.besidePositions = {Position::Top,     Position::Bottom,     Position::TopLeft, Position::BottomRight,
                               Position::TopRight, Position::BottomLeft, Position::Left,    Position::Right};
    // Farther rings than the correlation figure's: a frontier leaves the plot's corner above its rising
    // line empty, where a name joined by a longer leader still reads better than a number.
    options.leaderGaps = {11.25 * p, 21.75 * p, 35.25 * p, 52.5 * p, 75.0 * p, 100.0 * p};
    options.numberSize = [this](int number) { return numberSize(number); };
    mPointLabels = gis::placePointLabels(placer, mLabelledPoints, options);
}

// The numbered points in the plot's order, left to right and row by row in the key's room. Where it is
// full, the scenario and the highlighted point keep their numbers first; the others lose theirs (a number
// no key explains would mislead) and the overflow line counts them.
void FrontierFigure::layoutKey()
{
    mKey.clear();
    mKeyOverflow.clear();
    int unplaced = 0; // numbered, but even the number found no place
    const std::vector<std::size_t> numbered = gis::numberedLabels(mPointLabels, mLabelledPoints, unplaced);
    const double rowHeight = keyRowHeight();
    const int rows = mKeyRect.isNull() ? 0 : int(std::lround(mKeyRect.height() / rowHeight));
    // The entries' places when the first `count` of `numbered` are kept: row by row in the plot's order;
    // empty when they need more rows than the key has.
    const auto pack = [&](std::size_t count) {
        std::vector<std::size_t> kept(numbered.begin(), numbered.begin() + std::ptrdiff_t(count));
        std::sort(kept.begin(), kept.end());
        std::vector<std::pair<std::size_t, QPointF>> places;
        double x = 0.0;
        int row = 0;
        for (std::size_t index : kept) {
            const double width = keyEntryWidth(mPoints[std::size_t(mLabelledIndex[index])]);
            if (x > 0.0 && x + width > mKeyRect.width()) {
                x = 0.0;
                ++row;
            }
            if (row >= rows)
                return std::vector<std::pair<std::size_t, QPointF>>();
            places.emplace_back(index, QPointF(mKeyRect.left() + x, mKeyRect.top() + row * rowHeight));
            x += width;
        }
        return places;
    };
    std::size_t kept = std::min<std::size_t>(numbered.size(), std::size_t(mKeyReserve));
    std::vector<std::pair<std::size_t, QPointF>> places = pack(kept);
    while (kept > 0 && places.empty())
        places = pack(--kept);
    for (std::size_t k = kept; k < numbered.size(); ++k)
        mPointLabels[numbered[k]] = gis::PointLabel();
    const int unnamed = int(numbered.size() - kept) + unplaced;
    if (unnamed > 0)
        mKeyOverflow = FrontierFigure::tr("%n more point(s) too crowded to name at this size: enlarge the figure", "",
                                          unnamed);
    // Numbered again from 1, left to right.
    int number = 0;
    for (const auto &[index, topLeft] : places) {
        mPointLabels[index].number = ++number;
        const QSizeF size = numberSize(number);
        mKey.push_back({number, int(index), QRectF(topLeft + QPointF(0, (rowHeight - size.height()) / 2.0), size)});
    }
}

// --- painting --------------------------------------------------------------------------------------

void FrontierFigure::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), mSize), Qt::white);

    painter.setPen(QColor(0x20, 0x20, 0x20));
    double y = mTitleRect.top();
    for (int i = 0; i < mTitleLines.size(); ++i) {
        const QFont titleFont = font(i == 0 ? 11.0 : 9.0, i == 0);
        const double height = QFontMetricsF(titleFont)
                                  .boundingRect(QRectF(0, 0, std::max(mTitleRect.width(), 1.0), 1e6),
                                                Qt::AlignHCenter | Qt::TextWordWrap, mTitleLines[i])
                                  .height();
        painter.setFont(titleFont);
        painter.drawText(QRectF(mTitleRect.left(), y, mTitleRect.width(), height),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, mTitleLines[i]);
        y += height;
    }
    paintPlot(painter);
    paintAxes(painter);
    paintLabels(painter);
    paintLegendAndNote(painter);
    painter.restore();
}

// A frontier point: a circle in the keeping colour, hollow (white) when not proven optimal; the
// scenario's: a diamond in the closing colour. Both ringed white as the map's symbols are.
void FrontierFigure::paintSymbol(QPainter &painter, const Point &point) const
{
    const gis::MapStyle &style = mOptions.style;
    const double p = pt();
    const QPen halo(style.officeHaloColor, (style.officeOutlineWidthPoints + 2.0 * style.officeHaloWidthPoints) * p);
    if (point.scenario) {
        const double r = scenarioRadius(point.merged ? kMergedScale : 1.0);
        const QPointF c = point.centre;
        const QPolygonF diamond({QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                                 QPointF(c.x() - r, c.y())});
        painter.setBrush(Qt::NoBrush);
        painter.setPen(halo);
        painter.drawPolygon(diamond);
        painter.setBrush(style.closeColor);
        painter.setPen(QPen(style.officeOutlineColor, style.officeOutlineWidthPoints * p));
        painter.drawPolygon(diamond);
        return;
    }
    const double r = frontierRadius(point.highlighted ? kHighlightScale : 1.0);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(halo);
    painter.drawEllipse(point.centre, r, r);
    if (point.proven) {
        painter.setBrush(style.keepColor);
        painter.setPen(QPen(style.officeOutlineColor, style.officeOutlineWidthPoints * p));
    } else {
        painter.setBrush(Qt::white);
        painter.setPen(QPen(style.keepColor, 1.5 * p));
    }
    painter.drawEllipse(point.centre, r, r);
    if (point.highlighted) {
        const double ring = r + style.selectionGapPoints * p;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.selectionColor, style.selectionWidthPoints * p));
        painter.drawEllipse(point.centre, ring, ring);
    }
}

void FrontierFigure::paintPlot(QPainter &painter) const
{
    const gis::MapStyle &style = mOptions.style;
    const double p = pt();
    painter.save();
    painter.setClipRect(mPlot.adjusted(-scenarioRadius(1.5), -scenarioRadius(1.5), scenarioRadius(1.5), 0));

    painter.setPen(QPen(QColor(0xe3, 0xe3, 0xe3), 0.6 * p));
    for (double tick : mX.ticks)
        if (const auto x = mX.position(tick, mPlot.left(), mPlot.right()))
            painter.drawLine(QPointF(*x, mPlot.top()), QPointF(*x, mPlot.bottom()));
    for (double tick : mY.ticks)
        if (const auto y = mY.position(tick, mPlot.bottom(), mPlot.top()))
            painter.drawLine(QPointF(mPlot.left(), *y), QPointF(mPlot.right(), *y));

    // The frontier's line, then the bounds of the points not proven.
    QPolygonF line;
    for (const Point &point : mPoints)
        if (!point.scenario)
            line << point.centre;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(style.keepColor, 1.3 * p, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);
    for (const Point &point : mPoints) {
        if (point.scenario || !point.bound)
            continue;
        const auto y = mY.position(*point.bound, mPlot.bottom(), mPlot.top());
        if (!y || *y <= point.centre.y() + point.radius)
            continue;
        painter.setPen(QPen(style.keepColor, 0.9 * p, Qt::DashLine, Qt::FlatCap));
        painter.drawLine(QPointF(point.centre.x(), point.centre.y() + point.radius), QPointF(point.centre.x(), *y));
        painter.setPen(QPen(style.keepColor, 1.2 * p, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(point.centre.x() - 3.0 * p, *y), QPointF(point.centre.x() + 3.0 * p, *y));
    }

    // A scenario on a frontier point goes under it, larger; else over the frontier, the highlighted
    // point too, so that it shows however near its set's point it lies.
    for (const Point &point : mPoints)
        if (point.scenario && point.merged)
            paintSymbol(painter, point);
    for (const Point &point : mPoints)
        if (!point.scenario && !point.highlighted)
            paintSymbol(painter, point);
    for (const Point &point : mPoints)
        if (!point.scenario && point.highlighted)
            paintSymbol(painter, point);
    for (const Point &point : mPoints)
        if (point.scenario && !point.merged)
            paintSymbol(painter, point);
    painter.restore();
}

void FrontierFigure::paintAxes(QPainter &painter) const
{
    PlotAxes axes{mPlot, mX, mY, [](double tick) { return figureLocale().toString(int(std::lround(tick))); },
                  [this](double tick) { return valueText(tick); }, mXTitleRect, mYTitleRect, xAxisTitle(),
                  yAxisTitle(), font(8.5), font(9.5)};
    axes.x.minorTicks = mXMinorTicks;
    paintPlotAxes(painter, axes, pt());
}

void FrontierFigure::paintNumber(QPainter &painter, const QRectF &rect, int number) const
{
    const double p = pt();
    painter.setPen(QPen(QColor(0x40, 0x40, 0x40), 0.6 * p));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(rect.adjusted(0.3 * p, 0.3 * p, -0.3 * p, -0.3 * p), 1.5 * p, 1.5 * p);
    painter.setFont(font(kNumberPoints, true));
    painter.setPen(mOptions.style.officeLabelColor);
    painter.drawText(rect, Qt::AlignCenter, QString::number(number));
}

void FrontierFigure::paintLabels(QPainter &painter) const
{
    const gis::MapStyle &style = mOptions.style;
    const double p = pt();
    painter.save();
    for (std::size_t i = 0; i < mPointLabels.size(); ++i) {
        const gis::PointLabel &label = mPointLabels[i];
        const Point &point = mPoints[std::size_t(mLabelledIndex[i])];
        if (label.leader) {
            painter.setPen(QPen(QColor(0x70, 0x70, 0x70), 0.6 * p));
            painter.drawLine(*label.leader);
        }
        if (label.kind == gis::PointLabel::Kind::Number) {
            paintNumber(painter, label.rect, label.number);
            continue;
        }
        if (label.kind != gis::PointLabel::Kind::Name)
            continue;
        // A white halo so that a name reads over the grid; the name itself as text (searchable in a PDF).
        const QFont labelFont = font(kLabelPoints, point.highlighted || point.scenario || point.withScenario);
        const QPointF baseline(label.rect.left() + 0.75 * p, label.rect.top() + QFontMetricsF(labelFont).ascent());
        QPainterPath outline;
        outline.addText(baseline, labelFont, point.label);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(
            QPen(style.haloColor, style.haloWidthPoints * p * 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(outline);
        painter.setFont(labelFont);
        painter.setPen(point.scenario ? style.closeColor.darker(140) : style.officeLabelColor);
        painter.drawText(baseline, point.label);
    }

    // The key of the numbers, and the line saying how many points it could not name.
    const QFont keyFont = font(kKeyPoints);
    if (!mKeyOverflow.isEmpty() && !mKeyOverflowRect.isNull()) {
        painter.setFont(keyFont);
        painter.setPen(QColor(0x60, 0x20, 0x20));
        painter.drawText(mKeyOverflowRect, Qt::AlignLeft | Qt::AlignVCenter, mKeyOverflow);
    }
    for (const KeyEntry &entry : mKey) {
        const Point &point = mPoints[std::size_t(mLabelledIndex[std::size_t(entry.labelled)])];
        paintNumber(painter, entry.rect, entry.number);
        painter.setFont(keyFont);
        painter.setPen(point.scenario ? style.closeColor.darker(140) : style.officeLabelColor);
        painter.drawText(QRectF(entry.rect.right() + 3.0 * p, entry.rect.top() - 2.0 * p,
                                keyEntryWidth(point) - entry.rect.width() - 3.0 * p, entry.rect.height() + 4.0 * p),
                         Qt::AlignLeft | Qt::AlignVCenter, point.label);
    }
    painter.restore();
}

void FrontierFigure::paintLegendAndNote(QPainter &painter) const
{
    const gis::MapStyle &style = mOptions.style;
    const double p = pt();
    painter.save();
    painter.setFont(font(8.5));
    const double symbolWidth = 16.0 * p;
    for (const LegendItem &item : mLegend) {
        const QPointF centre(item.rect.left() + symbolWidth / 2.0, item.rect.center().y());
        Point sample;
        sample.centre = centre;
        sample.scenario = item.symbol == LegendItem::Symbol::Scenario;
        sample.proven = item.symbol != LegendItem::Symbol::Hollow;
        if (item.symbol == LegendItem::Symbol::Frontier) {
            painter.setPen(QPen(style.keepColor, 1.3 * p));
            painter.drawLine(QPointF(item.rect.left(), centre.y()),
                             QPointF(item.rect.left() + symbolWidth, centre.y()));
        }
        paintSymbol(painter, sample);
        painter.setPen(QColor(0x26, 0x26, 0x26));
        painter.drawText(QRectF(item.rect.left() + symbolWidth + 3.0 * p, item.rect.top(),
                                item.rect.width() - symbolWidth - 3.0 * p, item.rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, item.text);
    }
    if (!mNoteRect.isNull()) {
        painter.setFont(font(mNotePoints));
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(mNoteRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, asSentences(mNoteLines));
    }
    painter.restore();
}

FrontierFigureLayout paintFrontierFigure(QPainter &painter, const QRectF &target, double dpi,
                                         const ClosureOptimisation &optimisation, const std::vector<Office> &offices,
                                         const FrontierFigureOptions &options)
{
    FrontierFigure figure(optimisation, offices, options);
    figure.layout(target.size(), dpi);
    painter.save();
    painter.translate(target.topLeft());
    figure.paint(painter);
    painter.restore();
    FrontierFigureLayout layout = figure.figureLayout();
    layout.plot.translate(target.topLeft());
    for (FrontierFigurePoint &point : layout.points)
        point.centre += target.topLeft();
    return layout;
}

} // namespace madoguchi::app
