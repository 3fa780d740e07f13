#include "app/workbench/impactpanel.h"

#include "app/figures/figurefont.h"
#include "app/figures/figureformat.h"
#include "app/lib/languagesettings.h"
#include "app/workbench/impactchart.h"
#include "core/fiscalyear.h"
#include "core/impact.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace madoguchi::app {

namespace {

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
    mGroupingCombo->addItem(QString(), int(ImpactGrouping::PerCounter));
    mGroupingCombo->addItem(QString(), int(ImpactGrouping::PerWard));
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

    mChart = new ImpactChart;
    mChart->setObjectName(QStringLiteral("impactChart"));
    connect(mChart, &ImpactChart::officesSelected, this, &ImpactPanel::officesSelected);

    auto *chartPage = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 4, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(controls);
    // The chart keeps the height its rows need and scrolls in a low dock (a laptop's screen).
    auto *chartScroll = new QScrollArea;
    chartScroll->setWidget(mChart);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chartLayout->addWidget(chartScroll, 1);

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
        mGrouping = ImpactGrouping(mGroupingCombo->itemData(index).toInt());
        rebuildChart();
    });
    connect(mMeasureCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        mMeasure = CorrelationMeasure(mMeasureCombo->itemData(index).toInt());
        rebuildChart();
    });

    retranslate();
    rebuildAll();
}

ImpactPanel::~ImpactPanel() = default;

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

void ImpactPanel::setGrouping(ImpactGrouping grouping)
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
    return mChart->figure().note();
}

const std::vector<ImpactChartRow> &ImpactPanel::chartRows() const
{
    return mChart->figure().rows();
}

std::optional<QPoint> ImpactPanel::viewPositionOfRow(int row) const
{
    return mChart->viewPositionOfRow(row);
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
    mSummary = impactSummaryRows(mImpact.get(), mOffices, mThresholdMeters);
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
            mMeasureCombo->addItem(impactMeasureName(measure, mImpact ? mImpact->fiscalYear : std::nullopt), int(measure));
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

void ImpactPanel::rebuildChart()
{
    ImpactFigureOptions options;
    options.grouping = mGrouping;
    options.measure = mMeasure;
    options.style = mStyle;
    mChart->setFigure(ImpactFigure(mImpact, mOffices, options));
}

void ImpactPanel::rebuildTransfers()
{
    mTransfers->clear();
    // The fiscal year of the counts, 0 when none were loaded.
    const int year = mImpact ? mImpact->fiscalYear.value_or(0) : 0;
    mTransfers->setHorizontalHeaderLabels(
        {tr("Closed office"), tr("Ward"), tr("Receiving counter"), tr("Distance (km)"),
         year != 0 ? tr("Workload %1 (transactions)").arg(fiscalYearName(year, interfaceLanguage())) : tr("Workload (transactions)"),
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
        auto *distance = numberItem(formatKilometres(transfer.distanceMeters), transfer.distanceMeters / 1000.0, ids);
        distance->setToolTip(tr("%1 m (geodesic, from office to office)").arg(formatCount(transfer.distanceMeters)));
        items << distance;
        items << numberItem(transfer.workload ? formatCount(*transfer.workload) : QString(), transfer.workload, ids,
                            year != 0 ? tr("No %1 count for this office").arg(fiscalYearName(year, interfaceLanguage()))
                                 : tr("No workload counts are loaded"));
        const QString noPopulation = tr("No population layer");
        items << numberItem(transfer.population ? formatCount(*transfer.population) : QString(), transfer.population, ids,
                            noPopulation);
        items << numberItem(transfer.population65 ? formatCount(*transfer.population65) : QString(),
                            transfer.population65, ids, noPopulation);
        if (access && access->meanDistanceBeforeMeters && access->meanDistanceAfterMeters) {
            auto *mean = numberItem(tr("%1 → %2").arg(formatKilometres(*access->meanDistanceBeforeMeters),
                                                       formatKilometres(*access->meanDistanceAfterMeters)),
                                    *access->meanDistanceAfterMeters / 1000.0, ids);
            mean->setToolTip(tr("Population-weighted mean distance from the residents of its catchment to their "
                                "nearest counter: %1 km today, %2 km to their nearest open counter after")
                                 .arg(formatKilometres(*access->meanDistanceBeforeMeters),
                                      formatKilometres(*access->meanDistanceAfterMeters)));
            items << mean;
        } else {
            items << numberItem(QString(), std::nullopt, ids,
                                withPopulation ? tr("No residents in its catchment") : noPopulation);
        }
        mTransfers->appendRow(items);
    }
    mTransfersView->resizeColumnsToContents();
}

} // namespace madoguchi::app
