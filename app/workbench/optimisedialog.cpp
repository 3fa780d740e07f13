#include "app/workbench/optimisedialog.h"

#include "app/figures/frontiersummary.h"
#include "app/lib/languagesettings.h"
#include "app/workbench/backgroundtask.h"
#include "app/workbench/wizardwidgets.h"
#include "app/workbench/workbenchdocument.h"
#include "core/diagnostic.h"
#include "core/feedback.h"
#include "core/scenario.h"
#include "core/terms.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

namespace {

// Item data roles of the frontier table's rows: the point a row stands for.
constexpr int ClosuresRole = Qt::UserRole + 1;
constexpr int ScenarioRole = Qt::UserRole + 2;

QSpinBox *limitSpin(const QString &objectName, int maximum, int step, int value, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(0, maximum);
    spin->setSingleStep(step);
    spin->setValue(value);
    spin->setGroupSeparatorShown(true);
    spin->setSuffix(suffix);
    spin->setEnabled(false);
    return spin;
}

QTableWidgetItem *readOnlyItem(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

QString plainWords(const Diagnostic &diagnostic)
{
    return diagnostic.hint.isEmpty() ? diagnostic.message : diagnostic.message + QLatin1Char(' ') + diagnostic.hint;
}

} // namespace

OptimiseDialog::OptimiseDialog(WorkbenchDocument *document, QWidget *parent)
    : QDialog(parent), mDocument(document), mTask(new BackgroundTask(tr("the closure optimiser"), this))
{
    setObjectName(QStringLiteral("optimiseDialog"));
    setWindowTitle(tr("Optimise Closures"));
    setModal(false);
    setSizeGripEnabled(true);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("optimiseSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createSettings());
    splitter->addWidget(createResults());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1240, 780);
    splitter->setSizes({470, 770});

    connect(mTask, &BackgroundTask::progress, this,
            [this](double fraction) { mProgress->setValue(int(std::lround(fraction * 100.0))); });
    connect(mTask, &BackgroundTask::finished, this, &OptimiseDialog::runFinishedInTask);
    connect(mChart, &FrontierChart::pointSelected, this,
            [this](int closures, bool scenario) { selectPoint(FrontierChartPoint{closures, scenario}); });
    connect(mChart, &FrontierChart::selectionCleared, this, [this] { selectPoint(std::nullopt); });
    connect(mDocument, &WorkbenchDocument::previewChanged, this, &OptimiseDialog::documentPreviewChanged);
    connect(mDocument->undoStack(), &QUndoStack::indexChanged, this, &OptimiseDialog::markStale);
    // Another project, or none: the answer and the lists are of the one that was open.
    connect(mDocument, &WorkbenchDocument::loaded, this, &QDialog::reject);
    connect(mDocument, &WorkbenchDocument::closed, this, &QDialog::reject);

    fillOffices();
    fillFromScenario();
    updateEnabled();
}

// mTask, a child, asks a run still going to stop and waits for it.
OptimiseDialog::~OptimiseDialog() = default;

QWidget *OptimiseDialog::createSettings()
{
    auto *settings = new QWidget;
    auto *layout = new QVBoxLayout(settings);
    layout->setContentsMargins(0, 0, 6, 0);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    mMeasure = new QComboBox;
    mMeasure->setObjectName(QStringLiteral("measure"));
    for (HarmMeasure measure : allHarmMeasures())
        mMeasure->addItem(harmMeasureName(measure, interfaceLanguage()), int(measure));
    mMeasure->setToolTip(tr("What the optimiser makes as small as it can"));
    form->addRow(tr("Minimise:"), mMeasure);

    mEveryNumber = new QRadioButton(tr("Every number (the best set for each)"));
    mEveryNumber->setObjectName(QStringLiteral("everyNumber"));
    mEveryNumber->setChecked(true);
    mExactNumber = new QRadioButton(tr("Exactly"));
    mExactNumber->setObjectName(QStringLiteral("exactNumber"));
    mClosures = new QSpinBox;
    mClosures->setObjectName(QStringLiteral("closures"));
    mClosures->setSuffix(tr(" counters"));
    mClosuresGroup = new QButtonGroup(this);
    mClosuresGroup->addButton(mEveryNumber);
    mClosuresGroup->addButton(mExactNumber);
    auto *exactRow = new QHBoxLayout;
    exactRow->addWidget(mExactNumber);
    exactRow->addWidget(mClosures);
    exactRow->addStretch(1);
    auto *closures = new QVBoxLayout;
    closures->addWidget(mEveryNumber);
    closures->addLayout(exactRow);
    form->addRow(tr("Counters to close:"), closures);
    layout->addLayout(form);
    connect(mExactNumber, &QRadioButton::toggled, this, &OptimiseDialog::updateEnabled);

    layout->addWidget(createOfficesBox(), 1);
    layout->addWidget(createConstraintsBox());

    mRunButton = new QPushButton(tr("Run"));
    mRunButton->setObjectName(QStringLiteral("run"));
    mRunButton->setDefault(true);
    mCancelButton = new QPushButton(tr("Cancel"));
    mCancelButton->setObjectName(QStringLiteral("cancelRun"));
    mCancelButton->setToolTip(tr("Stop the run and show the sets found so far"));
    mProgress = new QProgressBar;
    mProgress->setObjectName(QStringLiteral("runProgress"));
    mProgress->setRange(0, 100);
    mProgress->setVisible(false);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(mRunButton);
    runRow->addWidget(mCancelButton);
    runRow->addWidget(mProgress, 1);
    layout->addLayout(runRow);
    mStatus = new QLabel;
    mStatus->setObjectName(QStringLiteral("runStatus"));
    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mStatus->setMinimumHeight(mStatus->fontMetrics().lineSpacing() * 3);
    mStatus->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(mStatus);
    connect(mRunButton, &QPushButton::clicked, this, &OptimiseDialog::run);
    connect(mCancelButton, &QPushButton::clicked, this, &OptimiseDialog::cancelRun);
    return settings;
}

QWidget *OptimiseDialog::createOfficesBox()
{
    auto *box = new QGroupBox(tr("Branch offices"));
    auto *layout = new QVBoxLayout(box);
    mOfficesTable = new QTableWidget(0, 4);
    mOfficesTable->setObjectName(QStringLiteral("officeChoices"));
    mOfficesTable->setHorizontalHeaderLabels(
        {tr("Branch office"), tr("Ward"), tr("To ward office"), tr("Handling")});
    mOfficesTable->verticalHeader()->hide();
    mOfficesTable->setSelectionMode(QAbstractItemView::NoSelection);
    mOfficesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mOfficesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mOfficesTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    mOfficesTable->setMinimumHeight(180);
    layout->addWidget(mOfficesTable, 1);

    auto *fromScenario = new QPushButton(tr("From the Scenario"));
    fromScenario->setObjectName(QStringLiteral("fillFromScenario"));
    fromScenario->setToolTip(tr("The current scenario's closures must close and its upgrades must stay open"));
    connect(fromScenario, &QPushButton::clicked, this, &OptimiseDialog::fillFromScenario);
    auto *allFree = new QPushButton(tr("All Free"));
    allFree->setObjectName(QStringLiteral("allFree"));
    allFree->setToolTip(tr("Let the optimiser choose for every branch office"));
    connect(allFree, &QPushButton::clicked, this, [this] {
        for (const QString &id : std::as_const(mOfficeIds))
            setOfficeChoice(id, OfficeChoice::Free);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(fromScenario);
    buttons->addWidget(allFree);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(wizard::makeNoteLabel(tr("Ward offices always keep their counters and are not listed.")));
    return box;
}

QWidget *OptimiseDialog::createConstraintsBox()
{
    auto *box = new QGroupBox(tr("Constraints"));
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(0, 1);
    int row = 0;

    const double guideKm = mDocument ? mDocument->criteria().distanceThresholdMeters / 1000.0 : 5.0;
    mWithinGuide = new QCheckBox(tr("Close only counters within the %1 km guide of a ward office")
                                     .arg(QLocale().toString(guideKm, 'g', 4)));
    mWithinGuide->setObjectName(QStringLiteral("withinGuide"));
    mWithinGuide->setToolTip(tr("The policy's first criterion: a counter farther than the guide from its nearest "
                                "ward office stays open"));
    grid->addWidget(mWithinGuide, row++, 0, 1, 2);

    const std::optional<int> year = countedFiscalYear();
    const QString yearName = year ? fiscalYearName(*year, interfaceLanguage()) : QString();
    mMaxWorkloadCheck = new QCheckBox(year ? tr("Close only counters with a workload (%1) of at most").arg(yearName)
                                           : tr("Close only counters with a workload of at most"));
    mMaxWorkloadCheck->setObjectName(QStringLiteral("maxWorkloadSet"));
    mMaxWorkload = limitSpin(QStringLiteral("maxWorkload"), 100000000, 1000, 20000, tr(" transactions"));
    grid->addWidget(mMaxWorkloadCheck, row, 0);
    grid->addWidget(mMaxWorkload, row++, 1);

    mMaxResidentsGainedCheck = new QCheckBox(tr("No counter gains more residents than"));
    mMaxResidentsGainedCheck->setObjectName(QStringLiteral("maxResidentsGainedSet"));
    mMaxResidentsGainedCheck->setToolTip(tr("The residents a counter that stays open receives from the closed ones"));
    mMaxResidentsGained = limitSpin(QStringLiteral("maxResidentsGained"), 10000000, 1000, 30000, tr(" residents"));
    grid->addWidget(mMaxResidentsGainedCheck, row, 0);
    grid->addWidget(mMaxResidentsGained, row++, 1);

    mMaxWorkloadGainedCheck = new QCheckBox(tr("No counter gains more workload than"));
    mMaxWorkloadGainedCheck->setObjectName(QStringLiteral("maxWorkloadGainedSet"));
    mMaxWorkloadGainedCheck->setToolTip(tr("The transactions a counter that stays open receives from the closed ones"));
    mMaxWorkloadGained = limitSpin(QStringLiteral("maxWorkloadGained"), 100000000, 1000, 20000, tr(" transactions"));
    grid->addWidget(mMaxWorkloadGainedCheck, row, 0);
    grid->addWidget(mMaxWorkloadGained, row++, 1);

    mWorkloadNote = wizard::makeNoteLabel(
        tr("The offices table has no workload counts for the judged year: the workload limits cannot be used."));
    mWorkloadNote->setObjectName(QStringLiteral("workloadNote"));
    mWorkloadNote->setVisible(!year);
    grid->addWidget(mWorkloadNote, row++, 0, 1, 2);

    mTimeLimitCheck = new QCheckBox(tr("Stop after"));
    mTimeLimitCheck->setObjectName(QStringLiteral("timeLimitSet"));
    mTimeLimitCheck->setToolTip(tr("The sets found by then are shown, not proven optimal"));
    mTimeLimit = limitSpin(QStringLiteral("timeLimit"), 3600, 10, 60, tr(" s"));
    mTimeLimit->setMinimum(1);
    grid->addWidget(mTimeLimitCheck, row, 0);
    grid->addWidget(mTimeLimit, row++, 1);

    mMaxWorkloadCheck->setEnabled(bool(year));
    mMaxWorkloadGainedCheck->setEnabled(bool(year));
    const std::pair<QCheckBox *, QSpinBox *> limits[] = {{mMaxWorkloadCheck, mMaxWorkload},
                                                         {mMaxResidentsGainedCheck, mMaxResidentsGained},
                                                         {mMaxWorkloadGainedCheck, mMaxWorkloadGained},
                                                         {mTimeLimitCheck, mTimeLimit}};
    for (const auto &[check, spin] : limits) {
        connect(check, &QCheckBox::toggled, spin, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &OptimiseDialog::updateClosuresRange);
    }
    connect(mWithinGuide, &QCheckBox::toggled, this, &OptimiseDialog::updateClosuresRange);
    connect(mMaxWorkload, &QSpinBox::valueChanged, this, &OptimiseDialog::updateClosuresRange);
    return box;
}

QWidget *OptimiseDialog::createResults()
{
    auto *results = new QWidget;
    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins(6, 0, 0, 0);

    mPopulationNote = new QLabel;
    mPopulationNote->setObjectName(QStringLiteral("populationNote"));
    mPopulationNote->setWordWrap(true);
    mPopulationNote->hide();
    layout->addWidget(mPopulationNote);

    mChart = new FrontierChart;
    mChart->setObjectName(QStringLiteral("frontierChart"));
    layout->addWidget(mChart, 5);

    mComparison = new QLabel;
    mComparison->setObjectName(QStringLiteral("comparisonSentence"));
    mComparison->setWordWrap(true);
    mComparison->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = mComparison->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    mComparison->setFont(font);
    layout->addWidget(mComparison);

    mFrontierTable = new QTableWidget(0, FrontierColumnCount);
    mFrontierTable->setObjectName(QStringLiteral("frontierTable"));
    mFrontierTable->setHorizontalHeaderLabels({tr("Closed"), tr("Set"), tr("Offices closed"),
                                               tr("Beyond the guide"), tr("65+ beyond"), tr("Mean distance"),
                                               tr("Optimal")});
    const std::pair<int, HarmMeasure> measured[] = {{BeyondColumn, HarmMeasure::ResidentsBeyondGuide},
                                                    {Beyond65Column, HarmMeasure::Residents65BeyondGuide},
                                                    {MeanDistanceColumn, HarmMeasure::MeanDistance}};
    for (const auto &[column, measure] : measured)
        mFrontierTable->horizontalHeaderItem(column)->setToolTip(harmMeasureName(measure, interfaceLanguage()));
    mFrontierTable->verticalHeader()->hide();
    mFrontierTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mFrontierTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mFrontierTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mFrontierTable->setWordWrap(true);
    mFrontierTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mFrontierTable->horizontalHeader()->setSectionResizeMode(OfficesColumn, QHeaderView::Stretch);
    layout->addWidget(mFrontierTable, 4);
    connect(mFrontierTable, &QTableWidget::itemSelectionChanged, this, [this] {
        if (mSyncing)
            return;
        const QList<QTableWidgetItem *> items = mFrontierTable->selectedItems();
        if (items.isEmpty()) {
            selectPoint(std::nullopt);
            return;
        }
        const QTableWidgetItem *first = mFrontierTable->item(items.front()->row(), 0);
        selectPoint(FrontierChartPoint{first->data(ClosuresRole).toInt(), first->data(ScenarioRole).toBool()});
    });

    mCreateButton = new QPushButton(tr("Create Scenario from This Set…"));
    mCreateButton->setObjectName(QStringLiteral("createScenario"));
    mCreateButton->setToolTip(tr("Add the chosen set as a new scenario (it can be undone)"));
    connect(mCreateButton, &QPushButton::clicked, this, &OptimiseDialog::askScenarioName);
    mEndPreviewButton = new QPushButton(tr("End Preview"));
    mEndPreviewButton->setObjectName(QStringLiteral("endPreview"));
    mEndPreviewButton->setToolTip(tr("Show the current scenario again (Esc)"));
    connect(mEndPreviewButton, &QPushButton::clicked, this, &OptimiseDialog::endPreview);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Choose a point or a row to see its set on the map.")), 1);
    buttons->addWidget(mEndPreviewButton);
    buttons->addWidget(mCreateButton);
    layout->addLayout(buttons);
    return results;
}

void OptimiseDialog::fillOffices()
{
    mOfficeIds.clear();
    mChoices.clear();
    mOfficesTable->setRowCount(0);
    if (!mDocument || !mDocument->hasProject())
        return;
    for (const Office &office : mDocument->offices())
        if (office.isBranchOffice())
            mOfficeIds << office.id;
    mOfficesTable->setRowCount(int(mOfficeIds.size()));
    const QLocale locale;
    for (int row = 0; row < mOfficeIds.size(); ++row) {
        const Office *office = mDocument->office(mOfficeIds[row]);
        mOfficesTable->setItem(row, 0, readOnlyItem(office->name));
        mOfficesTable->setItem(row, 1, readOnlyItem(office->ward));
        QString distance;
        if (const BranchOfficeEvaluation *evaluation = mDocument->branchEvaluation(office->id))
            distance = tr("%1 km").arg(locale.toString(evaluation->distanceToNearestWardOfficeMeters / 1000.0, 'f', 1));
        mOfficesTable->setItem(row, 2, readOnlyItem(distance, Qt::AlignRight | Qt::AlignVCenter));
        auto *choice = new QComboBox;
        choice->setObjectName(QStringLiteral("choice_%1").arg(office->id));
        choice->addItem(tr("Optimiser chooses"), int(OfficeChoice::Free));
        choice->addItem(tr("Must keep"), int(OfficeChoice::MustKeep));
        choice->addItem(tr("Must close"), int(OfficeChoice::MustClose));
        choice->setToolTip(tr("Must keep / Must close: fixed before the optimiser chooses among the others"));
        connect(choice, &QComboBox::currentIndexChanged, this, &OptimiseDialog::updateClosuresRange);
        mOfficesTable->setCellWidget(row, 3, choice);
        mChoices[office->id] = choice;
    }
    mOfficesTable->resizeColumnsToContents();
}

OptimiseDialog::OfficeChoice OptimiseDialog::officeChoice(const QString &officeId) const
{
    const auto it = mChoices.find(officeId);
    return it != mChoices.end() ? OfficeChoice(it->second->currentData().toInt()) : OfficeChoice::Free;
}

void OptimiseDialog::setOfficeChoice(const QString &officeId, OfficeChoice choice)
{
    const auto it = mChoices.find(officeId);
    if (it != mChoices.end())
        it->second->setCurrentIndex(it->second->findData(int(choice)));
}

void OptimiseDialog::fillFromScenario()
{
    const Scenario *current = mDocument ? mDocument->currentScenario() : nullptr;
    const ClosureConstraints constraints = current ? constraintsFromScenario(*current) : ClosureConstraints();
    for (const QString &id : std::as_const(mOfficeIds)) {
        OfficeChoice choice = OfficeChoice::Free;
        if (constraints.mustClose.contains(id))
            choice = OfficeChoice::MustClose;
        else if (constraints.mustKeep.contains(id))
            choice = OfficeChoice::MustKeep;
        setOfficeChoice(id, choice);
    }
    updateClosuresRange();
}

std::optional<int> OptimiseDialog::countedFiscalYear() const
{
    const LoadedProject *project = mDocument ? mDocument->project() : nullptr;
    if (!project || project->offices.fiscalYears.empty())
        return std::nullopt;
    const std::vector<int> &years = project->offices.fiscalYears;
    const int year = mDocument->criteria().workloadFiscalYear.value_or(years.back());
    if (std::find(years.begin(), years.end(), year) == years.end())
        return std::nullopt;
    return year;
}

OptimiseRequest OptimiseDialog::request() const
{
    OptimiseRequest request;
    request.measure = HarmMeasure(mMeasure->currentData().toInt());
    for (const QString &id : mOfficeIds) {
        switch (officeChoice(id)) {
        case OfficeChoice::MustKeep: request.constraints.mustKeep << id; break;
        case OfficeChoice::MustClose: request.constraints.mustClose << id; break;
        case OfficeChoice::Free: break;
        }
    }
    request.constraints.requireWithinGuide = mWithinGuide->isChecked();
    if (mMaxWorkloadCheck->isEnabled() && mMaxWorkloadCheck->isChecked())
        request.constraints.maxWorkload = mMaxWorkload->value();
    if (mMaxResidentsGainedCheck->isChecked())
        request.constraints.maxResidentsGained = mMaxResidentsGained->value();
    if (mMaxWorkloadGainedCheck->isEnabled() && mMaxWorkloadGainedCheck->isChecked())
        request.constraints.maxWorkloadGained = mMaxWorkloadGained->value();
    if (mExactNumber->isChecked())
        request.closures = mClosures->value();
    if (const Scenario *current = mDocument ? mDocument->currentScenario() : nullptr)
        request.scenario = *current;
    if (mTimeLimitCheck->isChecked())
        request.timeLimitSeconds = mTimeLimit->value();
    return request;
}

std::pair<int, int> OptimiseDialog::closuresRange() const
{
    int mustClose = 0;
    int mayClose = 0;
    const std::optional<int> year = countedFiscalYear();
    for (const QString &id : mOfficeIds) {
        const OfficeChoice choice = officeChoice(id);
        if (choice == OfficeChoice::MustClose) {
            ++mustClose;
            ++mayClose; // a must-close office the constraints keep open is the optimiser's to refuse
            continue;
        }
        if (choice == OfficeChoice::MustKeep)
            continue;
        if (mWithinGuide->isChecked()) {
            const BranchOfficeEvaluation *evaluation = mDocument ? mDocument->branchEvaluation(id) : nullptr;
            if (evaluation && !evaluation->withinThreshold)
                continue;
        }
        if (year && mMaxWorkloadCheck->isChecked()) {
            const Office *office = mDocument->office(id);
            const auto it = office->workloadByFiscalYear.find(*year);
            if (it == office->workloadByFiscalYear.end() || !it->second || *it->second > mMaxWorkload->value())
                continue;
        }
        ++mayClose;
    }
    return {mustClose, std::max(mustClose, mayClose)};
}

void OptimiseDialog::updateClosuresRange()
{
    const auto [low, high] = closuresRange();
    mClosures->setRange(low, high);
    mClosures->setToolTip(tr("From %1 to %2 with the choices and constraints above").arg(low).arg(high));
}

void OptimiseDialog::updateEnabled()
{
    const bool running = isRunning();
    const Evaluation *evaluation = mDocument ? mDocument->evaluation() : nullptr;
    const bool population = evaluation && evaluation->totalPopulation;
    mPopulationNote->setText(tr("The project has no population layer: the optimiser needs one to count the "
                                "residents."));
    mPopulationNote->setVisible(evaluation && !population);
    mRunButton->setEnabled(!running && population);
    mCancelButton->setEnabled(running);
    mClosures->setEnabled(mExactNumber->isChecked());
    mCreateButton->setEnabled(selectedSet() && !(mSelected && mSelected->scenario));
    mEndPreviewButton->setEnabled(mDocument && mDocument->isPreviewing());
}

bool OptimiseDialog::isRunning() const
{
    return mTask->isRunning();
}

void OptimiseDialog::run()
{
    if (isRunning() || !mDocument || !mDocument->analysis())
        return;
    const OptimiseRequest request = this->request();
    const std::shared_ptr<const LoadedProject> project = mDocument->analysis()->project;
    const Criteria criteria = mDocument->criteria();
    mPending = std::make_shared<std::optional<ClosureOptimisation>>();
    mTask->start([project, criteria, request, answer = mPending](Feedback &feedback) {
        answer->emplace(optimiseClosures(*project, criteria, request, &feedback));
    });
    mProgress->setValue(0);
    mProgress->setVisible(true);
    setStatus(tr("Optimising…"));
    updateEnabled();
}

void OptimiseDialog::cancelRun()
{
    if (!isRunning())
        return;
    mTask->cancel();
    setStatus(tr("Stopping…"));
}

void OptimiseDialog::runFinishedInTask()
{
    mProgress->setVisible(false);
    std::shared_ptr<std::optional<ClosureOptimisation>> answer = std::move(mPending);
    if (answer && answer->has_value()) {
        // Complete, or stopped (cancel, time limit) with the sets found so far.
        mOptimisation = std::make_shared<const ClosureOptimisation>(std::move(**answer));
        mOptimisedOffices = mDocument ? mDocument->offices() : std::vector<Office>();
        mStale = false;
        const int sets = int(mOptimisation->frontier.size());
        if (!mOptimisation->stoppedEarly)
            mOutcome = tr("Found the best set for %n number(s) of closures in %1 s.", nullptr, sets)
                           .arg(QLocale().toString(mOptimisation->seconds, 'f', mOptimisation->seconds < 1.0 ? 2 : 1));
        else if (mTask->cancelled())
            mOutcome = tr("Cancelled: the %n set(s) found so far are shown and not proven optimal.", nullptr, sets);
        else
            mOutcome = tr("Time limit reached: the %n set(s) found so far are shown and not proven optimal.",
                          nullptr, sets);
        for (const QString &note : std::as_const(mOptimisation->notApplied))
            mOutcome += QLatin1Char('\n') + note;
    } else {
        mOptimisation.reset();
        mOptimisedOffices.clear();
        if (mTask->failure())
            mOutcome = tr("Cannot optimise: %1").arg(plainWords(*mTask->failure()));
        else
            mOutcome = tr("Cancelled before any set was found.");
    }
    setStatus(mOutcome);
    showOptimisation();
    updateEnabled();
    Q_EMIT runFinished();
}

void OptimiseDialog::setStatus(const QString &text)
{
    mStatus->setText(text);
}

QString OptimiseDialog::statusText() const
{
    return mStatus->text();
}

QString OptimiseDialog::comparisonText() const
{
    return mComparison->text();
}

void OptimiseDialog::markStale()
{
    if (!mOptimisation || mStale)
        return;
    mStale = true;
    setStatus(mOutcome + QLatin1Char('\n')
              + tr("The project has changed since this run; run again to update the results."));
}

void OptimiseDialog::showOptimisation()
{
    const std::optional<FrontierChartPoint> kept = mSelected;
    {
        const QSignalBlocker blocker(mChart);
        mChart->setOptimisation(mOptimisation, mOptimisedOffices);
    }
    mComparison->setText(mOptimisation ? frontierComparisonSentence(*mOptimisation, mOptimisedOffices) : QString());
    mComparison->setVisible(!mComparison->text().isEmpty());
    fillFrontierTable();
    // A new answer: the preview of the old one's set is no longer what the chart shows.
    if (kept)
        selectPoint(std::nullopt);
}

void OptimiseDialog::fillFrontierTable()
{
    const QSignalBlocker blocker(mFrontierTable);
    mFrontierTable->setRowCount(0);
    if (!mOptimisation)
        return;
    // The frontier in order of closures, the scenario's own set after the best set of its size.
    std::vector<FrontierChartPoint> points;
    for (const ClosureSet &set : mOptimisation->frontier)
        points.push_back({set.closures, false});
    if (mOptimisation->scenarioSet) {
        const int closures = mOptimisation->scenarioSet->closures;
        const auto at = std::find_if(points.begin(), points.end(),
                                     [&](const FrontierChartPoint &point) { return point.closures > closures; });
        points.insert(at, FrontierChartPoint{closures, true});
    }
    const QLocale locale;
    const auto number = Qt::AlignRight | Qt::AlignVCenter;
    mFrontierTable->setRowCount(int(points.size()));
    for (int row = 0; row < int(points.size()); ++row) {
        const FrontierChartPoint &point = points[std::size_t(row)];
        const ClosureSet &set =
            point.scenario ? *mOptimisation->scenarioSet : *mOptimisation->setWithClosures(point.closures);
        QStringList names;
        for (const QString &id : set.closedOfficeIds) {
            const Office *office = findOffice(mOptimisedOffices, id);
            names << (office ? office->name : id);
        }
        QTableWidgetItem *closures = readOnlyItem(locale.toString(set.closures), number);
        closures->setData(ClosuresRole, point.closures);
        closures->setData(ScenarioRole, point.scenario);
        mFrontierTable->setItem(row, ClosuresColumn, closures);
        mFrontierTable->setItem(row, SetColumn,
                                readOnlyItem(point.scenario ? mOptimisation->scenarioName : tr("Best")));
        mFrontierTable->setItem(row, OfficesColumn,
                                readOnlyItem(names.isEmpty() ? tr("none") : names.join(QStringLiteral("、"))));
        mFrontierTable->setItem(row, BeyondColumn,
                                readOnlyItem(locale.toString(set.measures.residentsBeyond, 'f', 0), number));
        mFrontierTable->setItem(row, Beyond65Column,
                                readOnlyItem(locale.toString(set.measures.residents65Beyond, 'f', 0), number));
        mFrontierTable->setItem(row, MeanDistanceColumn,
                                readOnlyItem(tr("%1 km").arg(locale.toString(set.measures.meanDistanceMeters / 1000.0,
                                                                             'f', 2)),
                                             number));
        mFrontierTable->setItem(row, ProvenColumn,
                                readOnlyItem(point.scenario ? QStringLiteral("—")
                                             : set.provenOptimal ? tr("Proven") : tr("Not proven")));
        // The scenario's row reads as the scenario, apart from the best sets.
        if (point.scenario)
            for (int column = 0; column < FrontierColumnCount; ++column) {
                QFont font = mFrontierTable->item(row, column)->font();
                font.setItalic(true);
                mFrontierTable->item(row, column)->setFont(font);
            }
        // The measure optimised in bold.
        const int measured = mOptimisation->measure == HarmMeasure::ResidentsBeyondGuide     ? BeyondColumn
                             : mOptimisation->measure == HarmMeasure::Residents65BeyondGuide ? Beyond65Column
                                                                                            : MeanDistanceColumn;
        QFont font = mFrontierTable->item(row, measured)->font();
        font.setBold(true);
        mFrontierTable->item(row, measured)->setFont(font);
        mFrontierTable->item(row, OfficesColumn)->setToolTip(names.join(QStringLiteral("、")));
    }
    mFrontierTable->resizeRowsToContents();
}

void OptimiseDialog::selectTableRow(const std::optional<FrontierChartPoint> &point)
{
    const QSignalBlocker blocker(mFrontierTable);
    mFrontierTable->clearSelection();
    if (!point)
        return;
    for (int row = 0; row < mFrontierTable->rowCount(); ++row) {
        const QTableWidgetItem *item = mFrontierTable->item(row, 0);
        if (item->data(ClosuresRole).toInt() == point->closures
            && item->data(ScenarioRole).toBool() == point->scenario) {
            mFrontierTable->selectRow(row);
            mFrontierTable->scrollToItem(item);
            return;
        }
    }
}

const ClosureSet *OptimiseDialog::selectedSet() const
{
    return mSelected ? mChart->setOf(*mSelected) : nullptr;
}

void OptimiseDialog::selectPoint(std::optional<FrontierChartPoint> point)
{
    if (point && !mChart->setOf(*point))
        point.reset();
    mSyncing = true;
    mSelected = point;
    {
        const QSignalBlocker blocker(mChart);
        mChart->setSelectedPoint(point);
    }
    selectTableRow(point);
    mSyncing = false;

    if (mDocument) {
        const ClosureSet *set = selectedSet();
        const Scenario *current = mDocument->currentScenario();
        if (!set || !current || (point->scenario && mOptimisation->scenarioName == current->name)) {
            // Nothing chosen, or the current scenario's own point: the current scenario is what is shown.
            mPreviewName.clear();
            mDocument->endPreview();
        } else {
            const Scenario *compared = mDocument->scenario(mOptimisation->scenarioName);
            const Scenario preview = point->scenario && compared
                                         ? *compared
                                         : scenarioFromClosureSet(*set, *current, suggestedScenarioName(*set));
            try {
                mPreviewName = preview.name;
                mDocument->setPreview(preview);
            } catch (const InputError &error) {
                mPreviewName.clear();
                setStatus(tr("Cannot show this set: %1").arg(plainWords(error.diagnostic())));
            }
        }
    }
    updateEnabled();
}

void OptimiseDialog::endPreview()
{
    selectPoint(std::nullopt);
}

void OptimiseDialog::documentPreviewChanged()
{
    // The preview was ended or replaced elsewhere (an edit, the main window's End Preview): the chosen point
    // is no longer what the map shows.
    const Scenario *preview = mDocument ? mDocument->previewScenario() : nullptr;
    const bool ours = preview && preview->name == mPreviewName;
    if (!ours && !mSyncing && mSelected) {
        const bool currentShown = mSelected->scenario && mOptimisation
                                  && mDocument->currentScenarioName() == mOptimisation->scenarioName;
        if (!currentShown) {
            mSelected.reset();
            mPreviewName.clear();
            const QSignalBlocker blocker(mChart);
            mChart->setSelectedPoint(std::nullopt);
            selectTableRow(std::nullopt);
        }
    }
    updateEnabled();
}

QString OptimiseDialog::measureShortName(HarmMeasure measure)
{
    switch (measure) {
    case HarmMeasure::ResidentsBeyondGuide: return tr("residents beyond the guide");
    case HarmMeasure::Residents65BeyondGuide: return tr("65+ beyond the guide");
    case HarmMeasure::MeanDistance: return tr("mean distance");
    }
    return {};
}

QString OptimiseDialog::suggestedScenarioName(const ClosureSet &set) const
{
    const HarmMeasure measure = mOptimisation ? mOptimisation->measure : HarmMeasure(mMeasure->currentData().toInt());
    const QString base = tr("Optimal (%1 closed, %2)").arg(set.closures).arg(measureShortName(measure));
    if (!mDocument || !mDocument->scenario(base))
        return base;
    for (int number = 2;; ++number) {
        const QString numbered = tr("%1 (%2)").arg(base).arg(number);
        if (!mDocument->scenario(numbered))
            return numbered;
    }
}

void OptimiseDialog::createScenario(const QString &name)
{
    const ClosureSet *set = selectedSet();
    const Scenario *current = mDocument ? mDocument->currentScenario() : nullptr;
    if (!set || !current || !mOptimisation)
        return;
    const QString description =
        tr("Found by the closure optimiser: the set of %n closure(s) with the least %1 (%2).", nullptr, set->closures)
            .arg(harmMeasureName(mOptimisation->measure, interfaceLanguage()),
                 set->provenOptimal ? tr("proven optimal") : tr("not proven optimal"));
    const Scenario scenario = scenarioFromClosureSet(*set, *current, name, description);
    // The edit ends the preview; the new scenario, now current, shows the same set.
    mSyncing = true;
    try {
        mDocument->addScenario(scenario);
    } catch (...) {
        mSyncing = false;
        throw;
    }
    mSyncing = false;
    mPreviewName.clear();
    mStale = false; // the edit made the scenario from this answer: the answer still holds for it
    setStatus(mOutcome + QLatin1Char('\n') + tr("Added the scenario %1.").arg(mDocument->currentScenarioName()));
    updateEnabled();
}

void OptimiseDialog::askScenarioName()
{
    const ClosureSet *set = selectedSet();
    if (!set)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("scenarioNameDialog"));
    dialog->setWindowTitle(tr("Create Scenario from This Set"));
    dialog->setLabelText(tr("Name of the new scenario:"));
    dialog->setTextValue(suggestedScenarioName(*set));
    dialog->resize(std::max(dialog->width(), 420), dialog->height());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        try {
            createScenario(name);
        } catch (const InputError &error) {
            setStatus(tr("Cannot create the scenario: %1").arg(plainWords(error.diagnostic())));
        }
    });
    dialog->open();
}

void OptimiseDialog::done(int result)
{
    // Closing the dialog ends its preview and stops a run still going (its answer is not wanted).
    if (isRunning())
        mTask->cancel();
    if (mDocument && !mPreviewName.isEmpty())
        mDocument->endPreview();
    mPreviewName.clear();
    QDialog::done(result);
}

void OptimiseDialog::keyPressEvent(QKeyEvent *event)
{
    // Esc ends a preview first; pressed again, it closes the dialog.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && mDocument
        && mDocument->isPreviewing()) {
        endPreview();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace madoguchi::app
