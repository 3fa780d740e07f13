#include "app/workbench/chartdock.h"

#include "app/lib/languagesettings.h"
#include "app/lib/projectloader.h"
#include "app/workbench/correlationchart.h"
#include "app/workbench/workbenchdocument.h"
#include "core/fiscalyear.h"
#include "core/recommendation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace madoguchi::app {

namespace {

QString measureName(CorrelationMeasure measure)
{
    switch (measure) {
    case CorrelationMeasure::Workload: return ChartDock::tr("Workload (受付件数)");
    case CorrelationMeasure::Catchment: return ChartDock::tr("Catchment population");
    case CorrelationMeasure::Catchment65: return ChartDock::tr("Catchment population 65+");
    }
    return {};
}

} // namespace

ChartDock::ChartDock(WorkbenchDocument *document, QWidget *parent)
    : QDockWidget(parent), mDocument(document)
{
    setObjectName(QStringLiteral("chartDock"));

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *controls = new QHBoxLayout;
    mMeasureLabel = new QLabel;
    mMeasure = new QComboBox;
    mMeasure->setObjectName(QStringLiteral("chartMeasure"));
    mMeasure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mFiscalYear = new QComboBox;
    mFiscalYear->setObjectName(QStringLiteral("chartFiscalYear"));
    mLogScale = new QCheckBox;
    mLogScale->setObjectName(QStringLiteral("chartLogScale"));
    mRegression = new QCheckBox;
    mRegression->setObjectName(QStringLiteral("chartRegression"));
    mMeasureLabel->setBuddy(mMeasure);
    controls->addWidget(mMeasureLabel);
    controls->addWidget(mMeasure);
    controls->addWidget(mFiscalYear);
    controls->addSpacing(8);
    controls->addWidget(mLogScale);
    controls->addWidget(mRegression);
    controls->addStretch(1);
    layout->addLayout(controls);

    mNotice = new QLabel;
    mNotice->setObjectName(QStringLiteral("chartNotice"));
    mNotice->setWordWrap(true);
    mNotice->setStyleSheet(QStringLiteral("color: #8a5a00"));
    mNotice->hide();
    layout->addWidget(mNotice);

    mChart = new CorrelationChart;
    mChart->setObjectName(QStringLiteral("correlationChart"));
    mChart->setMinimumSize(360, 260);
    layout->addWidget(mChart, 1);
    setWidget(page);
    retranslate();

    connect(mMeasure, &QComboBox::currentIndexChanged, this, [this] {
        if (!mRebuilding)
            refresh();
    });
    connect(mFiscalYear, &QComboBox::currentIndexChanged, this, [this] {
        if (!mRebuilding)
            refresh();
    });
    connect(mLogScale, &QCheckBox::toggled, mChart, &CorrelationChart::setLogScale);
    connect(mRegression, &QCheckBox::toggled, mChart, &CorrelationChart::setShowRegressionLine);

    connect(mChart, &CorrelationChart::officesSelected, document, &WorkbenchDocument::setSelectedOfficeIds);
    connect(document, &WorkbenchDocument::selectionChanged, mChart, &CorrelationChart::setSelectedOfficeIds);
    connect(document, &WorkbenchDocument::loaded, this, &ChartDock::rebuildChoices);
    connect(document, &WorkbenchDocument::closed, this, &ChartDock::rebuildChoices);
    connect(document, &WorkbenchDocument::evaluationChanged, this, &ChartDock::rebuildChoices);
    rebuildChoices();
}

void ChartDock::setMeasure(CorrelationMeasure measure)
{
    for (std::size_t i = 0; i < mMeasures.size(); ++i)
        if (mMeasures[i] == measure)
            mMeasure->setCurrentIndex(int(i));
}

void ChartDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuildChoices();
    }
    QDockWidget::changeEvent(event);
}

void ChartDock::retranslate()
{
    setWindowTitle(tr("Correlation Chart"));
    mMeasureLabel->setText(tr("&Measure:"));
    mLogScale->setText(tr("&Log scale"));
    mRegression->setText(tr("&Trend line"));
    mFiscalYear->setToolTip(tr("The fiscal year of the workload counts"));
}

// Keeps the planner's choice of measure and year when the project re-evaluates (an edit, an import).
void ChartDock::rebuildChoices()
{
    const QString previousMeasure = mMeasure->currentData().toString(); // its key; empty = none
    const QVariant previousYear = mFiscalYear->currentData();

    const bool hadWorkload = std::find(mMeasures.begin(), mMeasures.end(), CorrelationMeasure::Workload) != mMeasures.end();
    mRebuilding = true;
    mMeasure->clear();
    mFiscalYear->clear();
    mMeasures.clear();
    const LoadedProject *project = mDocument ? mDocument->project() : nullptr;
    const Evaluation *evaluation = mDocument ? mDocument->evaluation() : nullptr;
    if (project && evaluation) {
        mMeasures = availableMeasures(*mDocument->analysis());
        for (CorrelationMeasure measure : mMeasures)
            mMeasure->addItem(measureName(measure), correlationMeasureKey(measure));
        for (int year : project->offices.fiscalYears)
            mFiscalYear->addItem(fiscalYearName(year, interfaceLanguage()), year);
        const std::optional<int> judged = judgedWorkloadFiscalYear(evaluation->criteria, project->offices.offices);
        const int yearIndex = previousYear.isValid() ? mFiscalYear->findData(previousYear)
                                                     : (judged ? mFiscalYear->findData(*judged) : -1);
        mFiscalYear->setCurrentIndex(yearIndex >= 0 ? yearIndex : mFiscalYear->count() - 1);
        // Counts that have just arrived (an import) are what the planner wants to see; otherwise the
        // measure chosen stays.
        const bool hasWorkload =
            std::find(mMeasures.begin(), mMeasures.end(), CorrelationMeasure::Workload) != mMeasures.end();
        const QString wanted = hasWorkload && !hadWorkload && !previousMeasure.isEmpty()
            ? correlationMeasureKey(CorrelationMeasure::Workload)
            : previousMeasure;
        mMeasure->setCurrentIndex(mMeasures.empty() ? -1 : std::max(0, mMeasure->findData(wanted)));
    }
    mRebuilding = false;
    refresh();
}

void ChartDock::refresh()
{
    const LoadedProject *project = mDocument ? mDocument->project() : nullptr;
    const Evaluation *evaluation = mDocument ? mDocument->evaluation() : nullptr;
    const int index = mMeasure->currentIndex();
    const bool haveMeasure = project && evaluation && index >= 0 && std::size_t(index) < mMeasures.size();
    const CorrelationMeasure measure = haveMeasure ? mMeasures[std::size_t(index)] : CorrelationMeasure::Catchment;
    mFiscalYear->setVisible(haveMeasure && measure == CorrelationMeasure::Workload);
    mMeasure->setEnabled(mMeasures.size() > 1);

    QStringList notices;
    if (project && evaluation && project->offices.fiscalYears.empty())
        notices << tr("The offices table has no workload counts (受付件数): the chart shows the catchment "
                      "population instead. Import counts with File ▸ Import Workload Counts…");
    if (!haveMeasure) {
        mChart->clear();
        if (project && evaluation)
            notices << tr("Nothing to plot: the project has neither workload counts nor a population layer.");
        mNotice->setText(notices.join(QLatin1Char('\n')));
        mNotice->setVisible(!notices.isEmpty());
        return;
    }

    std::optional<int> fiscalYear;
    if (measure == CorrelationMeasure::Workload && mFiscalYear->currentIndex() >= 0)
        fiscalYear = mFiscalYear->currentData().toInt();
    showOnChart(*mChart, *mDocument, measure, fiscalYear);
    mChart->setSelectedOfficeIds(mDocument->selectedOfficeIds());
    mNotice->setText(notices.join(QLatin1Char('\n')));
    mNotice->setVisible(!notices.isEmpty());
}

void showOnChart(CorrelationChart &chart, const WorkbenchDocument &document, CorrelationMeasure measure,
                 std::optional<int> fiscalYear)
{
    const std::shared_ptr<const ScenarioAnalysis> analysis = document.analysis();
    if (!analysis) {
        chart.clear();
        return;
    }
    chart.setData(correlationFigureData(*analysis, measure, fiscalYear));
}

} // namespace madoguchi::app
