#include "app/workbench/impactpanel.h"
#include "core/terms.h"

#include "app/workbench/japanesefont.h"

#include "core/fiscalyear.h"
#include "core/impact.h"

#include <QApplication>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

// Between a category label and the plot area, in pixels.
constexpr double kCategoryLabelGapPx = 8.0;
constexpr double kMaxCategoryLabelWidthPx = 240.0;

// The default locale with thousands separators, also where the locale omits them by default (the C
// locale): the panel's numbers are residents and transactions in the thousands.
QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString count(double value)
{
    return numberLocale().toString(value, 'f', 0);
}

// "+1,234", "−1,234" (with a minus sign) or "±0".
QString signedCount(double value)
{
    const double rounded = std::round(value);
    if (rounded == 0.0)
        return QStringLiteral("±0");
    return (rounded > 0.0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + count(std::abs(rounded));
}

QString kilometers(double meters)
{
    return numberLocale().toString(meters / 1000.0, 'f', 2);
}

QString wardKey(const QString &ward)
{
    return ward.normalized(QString::NormalizationForm_KC).trimmed();
}

// The 65+ count of a catchment is known when the catchment is empty or some of its cells have a 65+
// value (it is the sum over those).
bool knows65(int cells, int cellsWithout65)
{
    return cells == 0 || cellsWithout65 < cells;
}

std::optional<double> population65Of(const std::optional<CounterCatchment> &catchment)
{
    if (!catchment || !knows65(catchment->cells, catchment->cellsWithoutPopulation65))
        return std::nullopt;
    return catchment->population65;
}

QStandardItem *textItem(const QString &text, const QStringList &officeIds)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(officeIds, ImpactPanel::OfficeIdsRole);
    return item;
}

QStandardItem *numberItem(const QString &text, std::optional<double> value, const QStringList &officeIds,
                          const QString &missingToolTip = QString())
{
    auto *item = textItem(value ? text : QStringLiteral("—"), officeIds);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (value)
        item->setData(*value, ImpactPanel::ValueRole);
    else if (!missingToolTip.isEmpty())
        item->setToolTip(missingToolTip);
    return item;
}

} // namespace

// The category labels of the chart: each row's name right-aligned in the left margin, centred on its
// band; closed counters in a dark red. A graphics item parented to the chart, so that the widget and
// grab() both show it.
class ImpactChartLabels : public QGraphicsItem
{
public:
    ImpactChartLabels(ImpactPanel *owner, QChart *chart)
        : QGraphicsItem(chart)
        , mOwner(owner)
        , mChart(chart)
    {
        setAcceptedMouseButtons(Qt::NoButton);
    }

    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), mChart->size()); }

    void refresh()
    {
        prepareGeometryChange();
        update();
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const std::vector<ImpactChartRow> &rows = mOwner->mRows;
        const QRectF plot = mChart->plotArea();
        if (rows.empty() || plot.isEmpty())
            return;
        painter->save();
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->setFont(mOwner->mCategoryFont);
        const QFontMetricsF metrics(mOwner->mCategoryFont);
        const double right = plot.left() - kCategoryLabelGapPx;
        for (int row = 0; row < int(rows.size()); ++row) {
            const double y = mChart->mapToPosition(QPointF(0.0, mOwner->categoryIndexOfRow(row)), mOwner->mSeries).y();
            const QRectF rect(QPointF(2.0, y - metrics.height() / 2.0), QPointF(right, y + metrics.height() / 2.0));
            const ImpactChartRow &r = rows[std::size_t(row)];
            painter->setPen(r.closed ? mOwner->mStyle.closeColor.darker(140) : mOwner->mStyle.officeLabelColor);
            painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                              metrics.elidedText(r.label, Qt::ElideRight, rect.width()));
        }
        // Where a value is missing, say so in the place of its bar (the "Before" set is drawn below the
        // "After" set in each band), so that an empty band does not read as 0.
        QFont missingFont = mOwner->mCategoryFont;
        missingFont.setItalic(true);
        missingFont.setPointSizeF(missingFont.pointSizeF() * 0.9);
        painter->setFont(missingFont);
        painter->setPen(mOwner->mStyle.noDecisionColor.darker(130));
        const QFontMetricsF missingMetrics(missingFont);
        for (int row = 0; row < int(rows.size()); ++row) {
            const ImpactChartRow &r = rows[std::size_t(row)];
            if (r.before && r.after)
                continue;
            const int category = mOwner->categoryIndexOfRow(row);
            const double y = mChart->mapToPosition(QPointF(0.0, category), mOwner->mSeries).y();
            const double band = std::abs(mChart->mapToPosition(QPointF(0.0, category + 1.0), mOwner->mSeries).y() - y);
            const double quarter = band * mOwner->mSeries->barWidth() / 4.0;
            const QString text = mOwner->missingValueText();
            const auto draw = [&](double centre) {
                painter->drawText(QRectF(QPointF(plot.left() + 4.0, centre - missingMetrics.height() / 2.0),
                                         QSizeF(missingMetrics.horizontalAdvance(text) + 2.0, missingMetrics.height())),
                                  Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
            };
            if (!r.before && !r.after)
                draw(y);
            else if (!r.before)
                draw(y + quarter);
            else
                draw(y - quarter);
        }
        painter->restore();
    }

private:
    ImpactPanel *mOwner;
    QChart *mChart;
};

// The chart view: a click on a category (its bars, its band or its label) selects its office(s);
// hovering is handled through the series' hovered signal.
class ImpactChartView : public QChartView
{
public:
    ImpactChartView(ImpactPanel *owner, QChart *chart)
        : QChartView(chart, owner)
        , mOwner(owner)
    {
        setRubberBand(QChartView::NoRubberBand);
    }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            mPressPos = event->position().toPoint();
        QChartView::mousePressEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton
            && (event->position().toPoint() - mPressPos).manhattanLength() < QApplication::startDragDistance()) {
            const QPointF inChart = chart()->mapFromScene(mapToScene(event->position().toPoint()));
            const int row = mOwner->rowAtChartPosition(inChart);
            if (row >= 0)
                mOwner->selectRow(row);
        }
        QChartView::mouseReleaseEvent(event);
    }

private:
    ImpactPanel *mOwner;
    QPoint mPressPos;
};

ImpactPanel::ImpactPanel(QWidget *parent)
    : QWidget(parent)
{
    mSummaryLabel = new QLabel;
    mSummaryLabel->setObjectName(QStringLiteral("impactSummary"));
    mSummaryLabel->setTextFormat(Qt::RichText);
    mSummaryLabel->setWordWrap(true);
    mSummaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mSummaryLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    mGroupingLabel = new QLabel;
    mGroupingCombo = new QComboBox;
    mGroupingCombo->setObjectName(QStringLiteral("impactGrouping"));
    mGroupingCombo->addItem(QString(), int(Grouping::PerCounter));
    mGroupingCombo->addItem(QString(), int(Grouping::PerWard));
    mGroupingLabel->setBuddy(mGroupingCombo);
    mMeasureLabel = new QLabel;
    mMeasureCombo = new QComboBox;
    mMeasureCombo->setObjectName(QStringLiteral("impactMeasure"));
    mMeasureCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mMeasureLabel->setBuddy(mMeasureCombo);
    // The chart's controls head its page (beside the tabs they would crowd them in a narrow dock).
    auto *controls = new QWidget;
    auto *controlsLayout = new QHBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 2);
    controlsLayout->addWidget(mGroupingLabel);
    controlsLayout->addWidget(mGroupingCombo);
    controlsLayout->addSpacing(12);
    controlsLayout->addWidget(mMeasureLabel);
    controlsLayout->addWidget(mMeasureCombo);
    controlsLayout->addStretch(1);

    mChart = new QChart;
    mChart->setAnimationOptions(QChart::NoAnimation);
    mChart->setBackgroundRoundness(0);
    mChart->layout()->setContentsMargins(0, 0, 0, 0);
    mChart->legend()->setAlignment(Qt::AlignTop);
    mChart->setLocalizeNumbers(true);
    mChart->setLocale(numberLocale());
    // The series and axes are made once and only refilled: Qt Charts deletes the graphics of removed
    // axes later, and a grab made before that would show both.
    mSeries = new QHorizontalBarSeries;
    mSeries->setBarWidth(0.78);
    mChart->addSeries(mSeries);
    mCategoryAxis = new QBarCategoryAxis;
    // Qt Charts truncates a vertical category axis's labels to "..." as soon as a band is lower than
    // a line of the font plus padding, which a CJK font's tall line reaches with a band per counter;
    // the panel draws the labels itself (ImpactChartLabels), in the margin it reserves for them.
    mCategoryAxis->setLabelsVisible(false);
    mCategoryAxis->setGridLineVisible(false);
    mValueAxis = new QValueAxis;
    mValueAxis->setLabelFormat(QStringLiteral("%.0f"));
    mValueAxis->setTickCount(6);
    mChart->addAxis(mCategoryAxis, Qt::AlignLeft);
    mChart->addAxis(mValueAxis, Qt::AlignBottom);
    mSeries->attachAxis(mCategoryAxis);
    mSeries->attachAxis(mValueAxis);
    mLabels = new ImpactChartLabels(this, mChart);
    mLabels->setZValue(6.0); // above the series and the axes
    connect(mChart, &QChart::plotAreaChanged, this, [this] { mLabels->refresh(); });
    connect(mSeries, &QHorizontalBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (status)
            QToolTip::showText(QCursor::pos(), barToolTip(index), mView);
        else
            QToolTip::hideText();
    });

    mView = new ImpactChartView(this, mChart);
    mView->setObjectName(QStringLiteral("impactChart"));
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setFrameShape(QFrame::NoFrame);
    mView->setMinimumHeight(240);

    mNoteLabel = new QLabel;
    mNoteLabel->setObjectName(QStringLiteral("impactChartNote"));
    mNoteLabel->setWordWrap(true);
    mNoteLabel->setStyleSheet(QStringLiteral("color: #602020;"));
    mNoteLabel->setVisible(false);

    auto *chartPage = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 4, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(controls);
    chartLayout->addWidget(mView, 1);
    chartLayout->addWidget(mNoteLabel);

    mTransfersLabel = new QLabel;
    mTransfers = new QStandardItemModel(this);
    mTransfersView = new QTableView;
    mTransfersView->setObjectName(QStringLiteral("impactTransfers"));
    mTransfersView->setModel(mTransfers);
    mTransfersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTransfersView->setSelectionMode(QAbstractItemView::SingleSelection);
    mTransfersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTransfersView->setAlternatingRowColors(true);
    mTransfersView->setWordWrap(false);
    mTransfersView->verticalHeader()->setVisible(false);
    mTransfersView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    mTransfersView->horizontalHeader()->setStretchLastSection(false);
    connect(mTransfersView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QStringList ids = index.data(OfficeIdsRole).toStringList();
        if (!ids.isEmpty())
            Q_EMIT officesSelected(ids);
    });

    auto *transfersPage = new QWidget;
    auto *transfersLayout = new QVBoxLayout(transfersPage);
    transfersLayout->setContentsMargins(0, 4, 0, 0);
    transfersLayout->setSpacing(2);
    transfersLayout->addWidget(mTransfersLabel);
    transfersLayout->addWidget(mTransfersView, 1);

    // The chart needs the height (a band per counter) and the table the width: each gets a tab under
    // the summary, which stays in view.
    mTabs = new QTabWidget;
    mTabs->setObjectName(QStringLiteral("impactTabs"));
    mTabs->setDocumentMode(true);
    mTabs->addTab(chartPage, QString());
    mTabs->addTab(transfersPage, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(mSummaryLabel);
    layout->addWidget(mTabs, 1);

    connect(mGroupingCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        mGrouping = Grouping(mGroupingCombo->itemData(index).toInt());
        rebuildChart();
    });
    connect(mMeasureCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        mMeasure = CorrelationMeasure(mMeasureCombo->itemData(index).toInt());
        rebuildChart();
    });

    applyFonts();
    retranslate();
    rebuildAll();
}

ImpactPanel::~ImpactPanel() = default;

QChartView *ImpactPanel::chartView() const
{
    return mView;
}

QAbstractItemModel *ImpactPanel::transfersModel() const
{
    return mTransfers;
}

void ImpactPanel::setImpact(std::shared_ptr<const ScenarioImpact> impact, std::vector<Office> offices,
                            double thresholdMeters)
{
    mImpact = std::move(impact);
    mOffices = mImpact ? std::move(offices) : std::vector<Office>();
    mThresholdMeters = thresholdMeters;
    rebuildAll();
}

void ImpactPanel::clear()
{
    setImpact(nullptr, {}, mThresholdMeters);
}

void ImpactPanel::setGrouping(Grouping grouping)
{
    const int index = mGroupingCombo->findData(int(grouping));
    if (index >= 0)
        mGroupingCombo->setCurrentIndex(index); // rebuilds through currentIndexChanged when it changes
}

void ImpactPanel::setMeasure(CorrelationMeasure measure)
{
    const int index = mMeasureCombo->findData(int(measure));
    if (index >= 0)
        mMeasureCombo->setCurrentIndex(index);
}

std::vector<CorrelationMeasure> ImpactPanel::availableMeasures() const
{
    return mImpact ? impactMeasures(*mImpact) : std::vector<CorrelationMeasure>();
}

void ImpactPanel::setStyle(const gis::MapStyle &style)
{
    mStyle = style;
    applyFonts();
    rebuildChart();
}

QString ImpactPanel::summaryText() const
{
    QStringList lines;
    for (const auto &[label, value] : mSummary)
        lines << (value.isEmpty() ? label : tr("%1: %2").arg(label, value));
    return lines.join(QLatin1Char('\n'));
}

QString ImpactPanel::chartNoteText() const
{
    return mNote;
}

bool ImpactPanel::hasBar(const QBarSet *set, int row) const
{
    if (!set || (set != mBeforeSet && set != mAfterSet) || row < 0 || row >= int(mRows.size()))
        return false;
    const int category = categoryIndexOfRow(row);
    return category < set->count() && !set->isBarSelected(category);
}

std::optional<QPoint> ImpactPanel::viewPositionOfRow(int row) const
{
    if (row < 0 || row >= int(mRows.size()))
        return std::nullopt;
    // Settle the chart's layout, so that positions are those on screen.
    QCoreApplication::sendPostedEvents(mChart, QEvent::LayoutRequest);
    mChart->layout()->activate();
    const QPointF inChart = mChart->mapToPosition(QPointF(0.0, categoryIndexOfRow(row)), mSeries);
    return mView->mapFromScene(mChart->mapToScene(inChart + QPointF(3.0, 0.0)));
}

QString ImpactPanel::measureName(CorrelationMeasure measure, std::optional<int> fiscalYear)
{
    switch (measure) {
    case CorrelationMeasure::Workload:
        return fiscalYear ? tr("Workload %1").arg(fiscalYearKey(*fiscalYear)) : tr("Workload");
    case CorrelationMeasure::Catchment:
        return tr("Catchment population");
    case CorrelationMeasure::Catchment65:
        return tr("Catchment population aged 65+");
    }
    return {};
}

QString ImpactPanel::axisTitle(CorrelationMeasure measure) const
{
    if (measure == CorrelationMeasure::Workload)
        return tr("%1 (transactions)").arg(measureName(measure, mImpact ? mImpact->fiscalYear : std::nullopt));
    return tr("%1 (人)").arg(measureName(measure, std::nullopt));
}

QString ImpactPanel::valueText(CorrelationMeasure measure, double value) const
{
    if (measure == CorrelationMeasure::Workload)
        return tr("%1 transactions").arg(count(value));
    return tr("%1 人").arg(count(value));
}

void ImpactPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildAll();
    }
    QWidget::changeEvent(event);
}

void ImpactPanel::retranslate()
{
    mGroupingLabel->setText(tr("&Bars:"));
    mGroupingCombo->setItemText(0, tr("Per counter"));
    mGroupingCombo->setItemText(1, tr("Per ward"));
    mMeasureLabel->setText(tr("&Measure:"));
    mTransfersLabel->setText(tr("Where the closed counters' work and residents go"));
    mTabs->setTabText(0, tr("Before and after"));
    mTabs->setTabText(1, mImpact ? tr("Transfers (%1)").arg(mImpact->transfers.size()) : tr("Transfers"));
    mTransfersView->setToolTip(tr("Click a row to select the closed office and its receiving counter on the map"));
    mSummaryLabel->setToolTip(
        tr("Before: every counter open, as today. After: the scenario's counters. Residents are counted from the "
           "population layer's cells, each going to its nearest open counter (geodesic distance); a closed "
           "counter's workload goes to the open counter nearest to it."));
}

void ImpactPanel::applyFonts()
{
    // The application font, with the map's Japanese font first so that office names use the Japanese
    // forms of the shared Han characters.
    QFont base = withJapaneseFamily(QApplication::font(), mStyle.fontFamily);
    // No shaping, as exportableFont(): the exported chart's texts stay searchable.
    base.setStyleStrategy(QFont::PreferNoShaping);
    setFont(base);

    QFont title = base;
    title.setPointSizeF(10.5);
    title.setBold(true);
    mChart->setTitleFont(title);
    QFont axisTitle = base;
    axisTitle.setPointSizeF(9.0);
    QFont labels = base;
    labels.setPointSizeF(8.5);
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{mCategoryAxis, mValueAxis}) {
        axis->setTitleFont(axisTitle);
        axis->setLabelsFont(labels);
    }
    mCategoryFont = labels;
    mChart->legend()->setFont(labels);
}

void ImpactPanel::rebuildAll()
{
    rebuildSummary();
    rebuildMeasures();
    rebuildTransfers();
    rebuildChart();
}

QString ImpactPanel::officeName(const QString &officeId) const
{
    if (mImpact)
        if (const CounterImpact *counter = mImpact->counter(officeId))
            if (counter->officeIndex >= 0 && std::size_t(counter->officeIndex) < mOffices.size()) {
                const Office &office = mOffices[std::size_t(counter->officeIndex)];
                if (office.id == officeId && !office.name.trimmed().isEmpty())
                    return office.name.trimmed();
            }
    return officeId;
}

void ImpactPanel::rebuildSummary()
{
    mSummary.clear();
    if (!mImpact) {
        mSummary.emplace_back(tr("No scenario impact: choose a scenario to see what it does to the counters"),
                              QString());
    } else {
        const ScenarioImpact &impact = *mImpact;
        mSummary.emplace_back(tr("Scenario"), impact.scenarioName);

        const int before = int(impact.counters.size());
        const int closed = impact.closedCount();
        const int after = before - closed;
        const QLocale locale = numberLocale();
        mSummary.emplace_back(tr("Counters open"), tr("%1 → %2 (%3)")
                                                       .arg(locale.toString(before), locale.toString(after),
                                                            signedCount(double(after - before))));

        QStringList closedNames;
        for (const CounterImpact &counter : impact.counters)
            if (!counter.openAfter)
                closedNames << officeName(counter.officeId);
        mSummary.emplace_back(tr("Closed counters"),
                              closedNames.isEmpty() ? tr("none")
                                                    : tr("%1 (%2)").arg(locale.toString(closed),
                                                                        closedNames.join(QStringLiteral("、"))));

        const bool withPopulation = impact.residentsBeyondThreshold.has_value();
        if (!impact.fiscalYear) {
            mSummary.emplace_back(tr("Workload"),
                                  withPopulation
                                      ? tr("no counts loaded for any fiscal year — catchments are shown instead")
                                      : tr("no counts loaded for any fiscal year, and no population layer: "
                                           "there is nothing to chart"));
        } else {
            const int year = *impact.fiscalYear;
            double moved = 0.0;
            QStringList missing;
            for (const CounterTransfer &transfer : impact.transfers) {
                if (transfer.workload)
                    moved += *transfer.workload;
                else
                    missing << officeName(transfer.fromOfficeId);
            }
            const QString yearText = tr("%1, %2").arg(fiscalYearKey(year), fiscalYearJapanese(year));
            if (missing.isEmpty())
                mSummary.emplace_back(tr("Workload moved"),
                                      tr("%1 (%2) from the closed counters to the receiving counters")
                                          .arg(valueText(CorrelationMeasure::Workload, moved), yearText));
            else
                mSummary.emplace_back(tr("Workload moved"), tr("not known (%1): no count for %2")
                                                                 .arg(yearText, missing.join(QStringLiteral("、"))));
        }

        const double threshold = withPopulation ? impact.residentsBeyondThreshold->thresholdMeters : mThresholdMeters;
        const QString guide = locale.toString(threshold / 1000.0, 'g', 4);
        if (const auto &beyond = impact.residentsBeyondThreshold) {
            const auto change = [this](double from, double to) {
                return tr("%1 → %2 (%3)")
                    .arg(tr("%1 人").arg(count(from)), tr("%1 人").arg(count(to)), tr("%1 人").arg(signedCount(to - from)));
            };
            mSummary.emplace_back(tr("Residents over %1 km from an open counter").arg(guide),
                                  change(beyond->populationBefore, beyond->populationAfter));
            mSummary.emplace_back(tr("Aged 65+ over %1 km from an open counter").arg(guide),
                                  change(beyond->population65Before, beyond->population65After));
            double residents = 0.0;
            double residents65 = 0.0;
            for (const ClosedOfficeAccess &access : impact.closedOffices) {
                residents += access.population;
                residents65 += access.population65;
            }
            if (!impact.closedOffices.empty())
                mSummary.emplace_back(tr("Residents whose counter closes"),
                                      tr("%1 (aged 65+: %2)")
                                          .arg(tr("%1 人").arg(count(residents)), tr("%1 人").arg(count(residents65))));
        } else {
            mSummary.emplace_back(tr("Residents beyond the %1 km guide").arg(guide),
                                  tr("not counted: the project has no population layer"));
        }
    }

    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const auto &[label, value] : mSummary) {
        if (value.isEmpty())
            html += QStringLiteral("<tr><td colspan=\"2\">%1</td></tr>").arg(label.toHtmlEscaped());
        else
            html += QStringLiteral("<tr><td style=\"padding-right:10px\"><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    mSummaryLabel->setText(html);
}

void ImpactPanel::rebuildMeasures()
{
    const std::vector<CorrelationMeasure> measures = availableMeasures();
    const std::optional<CorrelationMeasure> previous = mMeasure;
    {
        const QSignalBlocker blocker(mMeasureCombo);
        mMeasureCombo->clear();
        for (CorrelationMeasure measure : measures)
            mMeasureCombo->addItem(measureName(measure, mImpact ? mImpact->fiscalYear : std::nullopt), int(measure));
        mMeasure.reset();
        if (!measures.empty()) {
            mMeasure = previous && std::find(measures.begin(), measures.end(), *previous) != measures.end()
                           ? *previous
                           : measures.front();
            mMeasureCombo->setCurrentIndex(mMeasureCombo->findData(int(*mMeasure)));
        }
    }
    mMeasureCombo->setEnabled(!measures.empty());
    mGroupingCombo->setEnabled(!measures.empty());
}

std::vector<ImpactChartRow> ImpactPanel::counterRows(CorrelationMeasure measure) const
{
    std::vector<ImpactChartRow> rows;
    QStringList used;
    for (const CounterImpact &counter : mImpact->counters) {
        ImpactChartRow row;
        row.officeIds = {counter.officeId};
        row.label = officeName(counter.officeId);
        row.closed = !counter.openAfter;
        if (row.closed)
            row.label = QStringLiteral("%1（%2）").arg(row.label, decisionName(Decision::Close, Language::Japanese));
        // Qt Charts needs unique categories; two offices of the same name are told apart by their ids.
        if (used.contains(row.label))
            row.label = QStringLiteral("%1 [%2]").arg(row.label, counter.officeId);
        used << row.label;
        switch (measure) {
        case CorrelationMeasure::Workload:
            row.before = counter.workloadBefore;
            row.after = counter.workloadAfter;
            break;
        case CorrelationMeasure::Catchment:
            if (counter.catchmentBefore)
                row.before = counter.catchmentBefore->population;
            if (counter.catchmentAfter)
                row.after = counter.catchmentAfter->population;
            break;
        case CorrelationMeasure::Catchment65:
            row.before = population65Of(counter.catchmentBefore);
            row.after = population65Of(counter.catchmentAfter);
            break;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<ImpactChartRow> ImpactPanel::wardRows(CorrelationMeasure measure) const
{
    std::vector<ImpactChartRow> rows;
    for (const WardImpact &ward : mImpact->wards) {
        ImpactChartRow row;
        row.label = ward.ward.isEmpty() ? tr("(no ward)") : ward.ward;
        int cellsBefore = 0, without65Before = 0, cellsAfter = 0, without65After = 0;
        for (const CounterImpact &counter : mImpact->counters) {
            if (wardKey(counter.ward) != wardKey(ward.ward))
                continue;
            row.officeIds << counter.officeId;
            if (counter.catchmentBefore) {
                cellsBefore += counter.catchmentBefore->cells;
                without65Before += counter.catchmentBefore->cellsWithoutPopulation65;
            }
            if (counter.catchmentAfter) {
                cellsAfter += counter.catchmentAfter->cells;
                without65After += counter.catchmentAfter->cellsWithoutPopulation65;
            }
        }
        switch (measure) {
        case CorrelationMeasure::Workload:
            row.before = ward.workloadBefore;
            row.after = ward.workloadAfter;
            break;
        case CorrelationMeasure::Catchment:
            row.before = ward.populationBefore;
            row.after = ward.populationAfter;
            break;
        case CorrelationMeasure::Catchment65:
            if (ward.population65Before && knows65(cellsBefore, without65Before))
                row.before = ward.population65Before;
            if (ward.population65After && knows65(cellsAfter, without65After))
                row.after = ward.population65After;
            break;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

void ImpactPanel::rebuildChart()
{
    QToolTip::hideText();
    mChart->setLocale(numberLocale()); // the default locale may have changed with the language
    mSeries->clear(); // deletes the old sets
    mBeforeSet = nullptr;
    mAfterSet = nullptr;
    mCategoryAxis->clear();
    mRows.clear();
    mNote.clear();

    if (!mImpact || !mMeasure) {
        mChart->setTitle(mImpact ? tr("Nothing to chart: no workload counts and no population layer")
                                 : tr("No scenario impact"));
        mCategoryAxis->setTitleText(QString());
        mValueAxis->setTitleText(QString());
        mValueAxis->setRange(0.0, 1.0);
        mChart->legend()->setVisible(false);
        mNoteLabel->setVisible(false);
        mChart->setMargins(QMargins(6, 4, 12, 4));
        mLabels->refresh();
        return;
    }

    const CorrelationMeasure measure = *mMeasure;
    mRows = mGrouping == Grouping::PerCounter ? counterRows(measure) : wardRows(measure);

    // Qt Charts draws a horizontal bar chart's first category at the bottom: the rows go in reversed,
    // so that the chart reads top to bottom in table order. A set needs a value for every category; a
    // missing value is a 0 whose bar is hidden (drawn in the transparent "selected" colour), and the
    // note below names it.
    mBeforeSet = new QBarSet(tr("Before"));
    mAfterSet = new QBarSet(tr("After (%1)").arg(mImpact->scenarioName));
    QStringList categories;
    QList<int> hiddenBefore, hiddenAfter;
    double maxValue = 0.0;
    QStringList missing;
    for (int category = 0; category < int(mRows.size()); ++category) {
        const ImpactChartRow &row = mRows[std::size_t(categoryIndexOfRow(category))];
        categories << row.label;
        mBeforeSet->append(row.before.value_or(0.0));
        mAfterSet->append(row.after.value_or(0.0));
        if (!row.before)
            hiddenBefore << category;
        if (!row.after)
            hiddenAfter << category;
        maxValue = std::max({maxValue, row.before.value_or(0.0), row.after.value_or(0.0)});
    }
    for (const ImpactChartRow &row : mRows) {
        if (!row.before && !row.after)
            missing << tr("%1 (before and after)").arg(row.label);
        else if (!row.before)
            missing << tr("%1 (before)").arg(row.label);
        else if (!row.after)
            missing << tr("%1 (after)").arg(row.label);
    }
    for (auto [set, color] : {std::pair{mBeforeSet, mStyle.noDecisionColor}, std::pair{mAfterSet, mStyle.keepColor}}) {
        set->setColor(color);
        set->setBorderColor(color);
        set->setPen(Qt::NoPen);
        set->setSelectedColor(Qt::transparent);
    }
    mBeforeSet->selectBars(hiddenBefore);
    mAfterSet->selectBars(hiddenAfter);
    mCategoryAxis->append(categories);
    mSeries->append(mBeforeSet);
    mSeries->append(mAfterSet);

    // The left margin holds the category labels (see ImpactChartLabels); longer ones are elided.
    const QFontMetricsF metrics(mCategoryFont);
    double labelWidth = 0.0;
    for (const QString &category : std::as_const(categories))
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(category));
    mChart->setMargins(
        QMargins(int(std::ceil(std::min(labelWidth, kMaxCategoryLabelWidthPx) + kCategoryLabelGapPx)) + 4, 4, 12, 4));
    mView->setMinimumHeight(std::max(240, int(mRows.size()) * 15 + 110));

    mValueAxis->setTickCount(6);
    mValueAxis->setRange(0.0, std::max(maxValue, 1.0) * 1.05);
    mValueAxis->applyNiceNumbers();
    mValueAxis->setTitleText(axisTitle(measure));
    mCategoryAxis->setTitleText(QString());
    mChart->legend()->setVisible(true);
    const QString scope = mGrouping == Grouping::PerCounter ? tr("per counter") : tr("per ward");
    mChart->setTitle(tr("%1, %2: before and after %3")
                         .arg(measureName(measure, mImpact->fiscalYear), scope, mImpact->scenarioName));

    QStringList notes;
    if (!missing.isEmpty()) {
        notes << (measure == CorrelationMeasure::Workload
                      ? tr("No %1 count, so no bar: %2")
                            .arg(mImpact->fiscalYear ? fiscalYearKey(*mImpact->fiscalYear) : QString(),
                                 missing.join(QStringLiteral("、")))
                      : tr("No value, so no bar: %1").arg(missing.join(QStringLiteral("、"))));
    }
    if (measure == CorrelationMeasure::Catchment65) {
        int without65 = 0;
        for (const CounterImpact &counter : mImpact->counters)
            if (counter.catchmentBefore)
                without65 += counter.catchmentBefore->cellsWithoutPopulation65;
        if (without65 > 0)
            notes << tr("%1 population cells have no 65+ value and are left out of the 65+ counts.")
                         .arg(numberLocale().toString(without65));
    }
    mNote = notes.join(QLatin1Char('\n'));
    mNoteLabel->setText(mNote);
    mNoteLabel->setVisible(!mNote.isEmpty());
    mLabels->refresh();
}

QString ImpactPanel::missingValueText() const
{
    return mMeasure == CorrelationMeasure::Workload ? tr("no count") : tr("no value");
}

QString ImpactPanel::barToolTip(int categoryIndex) const
{
    const int row = int(mRows.size()) - 1 - categoryIndex;
    if (row < 0 || row >= int(mRows.size()) || !mMeasure)
        return {};
    const ImpactChartRow &r = mRows[std::size_t(row)];
    const auto value = [&](const std::optional<double> &v) {
        return v ? valueText(*mMeasure, *v) : tr("no value");
    };
    QString text = QStringLiteral("<b>%1</b><br/>").arg(r.label.toHtmlEscaped());
    text += tr("%1 before: %2").arg(measureName(*mMeasure, mImpact ? mImpact->fiscalYear : std::nullopt), value(r.before));
    text += QStringLiteral("<br/>") + tr("after: %1").arg(value(r.after));
    if (r.before && r.after)
        text += QStringLiteral(" (%1)").arg(signedCount(*r.after - *r.before));
    return text;
}

int ImpactPanel::rowAtChartPosition(const QPointF &position) const
{
    if (mRows.empty())
        return -1;
    const QRectF plot = mChart->plotArea();
    // The band of a category runs from the labels at the left to the plot's right edge.
    if (position.y() < plot.top() || position.y() > plot.bottom() || position.x() > plot.right()
        || position.x() < 0.0)
        return -1;
    const int category = int(std::lround(mChart->mapToValue(position, mSeries).y()));
    if (category < 0 || category >= int(mRows.size()))
        return -1;
    return categoryIndexOfRow(category); // the mapping is its own inverse
}

void ImpactPanel::selectRow(int row)
{
    if (row >= 0 && row < int(mRows.size()))
        Q_EMIT officesSelected(mRows[std::size_t(row)].officeIds);
}

void ImpactPanel::rebuildTransfers()
{
    mTransfers->clear();
    // The fiscal year of the counts, 0 when none were loaded.
    const int year = mImpact ? mImpact->fiscalYear.value_or(0) : 0;
    mTransfers->setHorizontalHeaderLabels(
        {tr("Closed office"), tr("Ward"), tr("Receiving counter"), tr("Distance (km)"),
         year != 0 ? tr("Workload %1 (transactions)").arg(fiscalYearKey(year)) : tr("Workload (transactions)"),
         tr("Residents (人)"), tr("Aged 65+ (人)"), tr("Mean distance (km)")});
    mTransfers->horizontalHeaderItem(1)->setToolTip(tr("The ward the offices table puts the closed office in"));
    mTransfers->horizontalHeaderItem(2)->setToolTip(
        tr("The nearest open counter to the closed office, which takes over its workload"));
    mTransfers->horizontalHeaderItem(3)->setToolTip(tr("Geodesic distance from the closed office to the receiving counter"));
    mTransfers->horizontalHeaderItem(5)->setToolTip(
        tr("Residents for whom the closed office was the nearest counter (its catchment)"));
    mTransfers->horizontalHeaderItem(7)->setToolTip(
        tr("Population-weighted mean distance from the residents of its catchment to their nearest counter, "
           "before → after the closure"));
    mTabs->setTabText(1, mImpact ? tr("Transfers (%1)").arg(mImpact->transfers.size()) : tr("Transfers"));
    if (!mImpact) {
        mTransfersView->resizeColumnsToContents();
        return;
    }
    const ScenarioImpact &impact = *mImpact;
    const bool withPopulation = impact.residentsBeyondThreshold.has_value();
    for (const CounterTransfer &transfer : impact.transfers) {
        const QStringList ids{transfer.fromOfficeId, transfer.toOfficeId};
        QString ward;
        if (const CounterImpact *from = impact.counter(transfer.fromOfficeId))
            ward = from->ward.trimmed();
        const ClosedOfficeAccess *access = nullptr;
        for (const ClosedOfficeAccess &candidate : impact.closedOffices)
            if (candidate.officeId == transfer.fromOfficeId)
                access = &candidate;

        QList<QStandardItem *> items;
        items << textItem(officeName(transfer.fromOfficeId), ids);
        items << textItem(ward, ids);
        items << textItem(officeName(transfer.toOfficeId), ids);
        auto *distance = numberItem(kilometers(transfer.distanceMeters), transfer.distanceMeters / 1000.0, ids);
        distance->setToolTip(tr("%1 m (geodesic, from office to office)").arg(count(transfer.distanceMeters)));
        items << distance;
        items << numberItem(transfer.workload ? count(*transfer.workload) : QString(), transfer.workload, ids,
                            year != 0 ? tr("No %1 count for this office").arg(fiscalYearKey(year))
                                 : tr("No workload counts are loaded"));
        const QString noPopulation = tr("No population layer");
        items << numberItem(transfer.population ? count(*transfer.population) : QString(), transfer.population, ids,
                            noPopulation);
        items << numberItem(transfer.population65 ? count(*transfer.population65) : QString(),
                            transfer.population65, ids, noPopulation);
        if (access && access->meanDistanceBeforeMeters && access->meanDistanceAfterMeters) {
            auto *mean = numberItem(tr("%1 → %2").arg(kilometers(*access->meanDistanceBeforeMeters),
                                                       kilometers(*access->meanDistanceAfterMeters)),
                                    *access->meanDistanceAfterMeters / 1000.0, ids);
            mean->setToolTip(tr("Population-weighted mean distance from the residents of its catchment to their "
                                "nearest counter: %1 km today, %2 km to their nearest open counter after")
                                 .arg(kilometers(*access->meanDistanceBeforeMeters),
                                      kilometers(*access->meanDistanceAfterMeters)));
            items << mean;
        } else {
            items << numberItem(QString(), std::nullopt, ids,
                                withPopulation ? tr("No residents in its catchment") : noPopulation);
        }
        mTransfers->appendRow(items);
    }
    mTransfersView->resizeColumnsToContents();
}

void ImpactPanel::renderChartFigure(QPainter &painter, const QRectF &target)
{
    painter.save();
    painter.fillRect(target, Qt::white);
    QRectF chartArea = target;
    QRectF noteArea;
    const QFont noteFont = withJapaneseFamily(QApplication::font(), mStyle.fontFamily);
    if (!mNote.isEmpty()) {
        const QFontMetricsF metrics(noteFont);
        const QRectF needed = metrics.boundingRect(QRectF(0, 0, target.width(), 1e6), Qt::TextWordWrap, mNote);
        noteArea = QRectF(target.left(), target.bottom() - needed.height(), target.width(), needed.height());
        chartArea.setBottom(noteArea.top() - metrics.height() * 0.5);
    }
    mChart->resize(chartArea.size());
    QCoreApplication::sendPostedEvents(mChart, QEvent::LayoutRequest);
    mChart->layout()->activate();
    mLabels->refresh();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    mChart->scene()->render(&painter, chartArea, mChart->sceneBoundingRect(), Qt::KeepAspectRatio);
    if (!noteArea.isEmpty()) {
        painter.setFont(noteFont);
        painter.setPen(QColor(0x60, 0x20, 0x20));
        painter.drawText(noteArea, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, mNote);
    }
    painter.restore();
}

} // namespace madoguchi::app
