#include "app/workbench/mainwindow.h"

#include "app/lib/languagesettings.h"
#include "app/workbench/chartdock.h"
#include "app/workbench/correlationchart.h"
#include "app/workbench/countsimportdialog.h"
#include "app/workbench/criteriadialog.h"
#include "app/workbench/detailsdock.h"
#include "app/workbench/impactpanel.h"
#include "app/workbench/mapcanvas.h"
#include "app/workbench/officesdock.h"
#include "app/workbench/optimisedialog.h"
#include "app/workbench/presentationwindow.h"
#include "app/workbench/scenariocomparisonwidget.h"
#include "app/workbench/workbenchdocument.h"
#include "core/diagnostic.h"
#include "core/scenario.h"
#include "core/scenariocomparison.h"
#include "core/terms.h"
#include "gis/maprenderer.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QLocale>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStatusBar>

// The planning tasks of the main window: the scenarios and the decisions of the selection, the criteria
// and the counts, the impact and comparison docks and the presentation.

namespace madoguchi::app {

void MainWindow::showThresholdDialog()
{
    if (!mDocument->hasProject())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("thresholdDialog"));
    dialog->setWindowTitle(tr("Distance Threshold"));
    dialog->setLabelText(tr("Straight (geodesic) distance from a branch office to the nearest ward office that "
                            "counts as near, in km.\nKumamoto's 2016 policy used 5 km."));
    dialog->setInputMode(QInputDialog::DoubleInput);
    dialog->setDoubleRange(0.1, 100.0);
    dialog->setDoubleDecimals(2);
    dialog->setDoubleStep(0.5);
    dialog->setDoubleValue(mDocument->criteria().distanceThresholdMeters / 1000.0);
    connect(dialog, &QInputDialog::doubleValueSelected, this, [this](double kilometers) {
        Criteria criteria = mDocument->criteria();
        criteria.distanceThresholdMeters = kilometers * 1000.0;
        try {
            mDocument->setCriteria(criteria);
        } catch (const InputError &error) {
            createMessage(QMessageBox::Critical, tr("Cannot evaluate"), error.diagnostic().toString())->show();
            return;
        }
        statusBar()->showMessage(tr("Distance threshold set to %1 km").arg(QLocale().toString(kilometers, 'g', 4)),
                                 5000);
    });
    dialog->open();
}

void MainWindow::createScenarioDocks()
{
    mImpactPanel = new ImpactPanel;
    mImpactPanel->setObjectName(QStringLiteral("impactPanel"));
    mImpactDock = new QDockWidget(tr("Impact of the Scenario"), this);
    mImpactDock->setObjectName(QStringLiteral("impactDock"));
    mImpactDock->setWidget(mImpactPanel);
    addDockWidget(Qt::RightDockWidgetArea, mImpactDock);
    tabifyDockWidget(mChartDock, mImpactDock);

    mComparison = new ScenarioComparisonWidget;
    mComparison->setObjectName(QStringLiteral("scenarioComparison"));
    mComparisonDock = new QDockWidget(tr("Compare Scenarios"), this);
    mComparisonDock->setObjectName(QStringLiteral("comparisonDock"));
    mComparisonDock->setWidget(mComparison);
    addDockWidget(Qt::RightDockWidgetArea, mComparisonDock);
    tabifyDockWidget(mImpactDock, mComparisonDock);
    mChartDock->raise();

    connect(mImpactPanel, &ImpactPanel::officesSelected, mDocument, &WorkbenchDocument::setSelectedOfficeIds);
    connect(mComparison, &ScenarioComparisonWidget::officesSelected, mDocument,
            &WorkbenchDocument::setSelectedOfficeIds);
    connect(mComparison, &ScenarioComparisonWidget::scenariosChosen, this, [this](const QString &a, const QString &b) {
        mComparisonA = a;
        mComparisonB = b;
        updateComparison();
    });
    // The map toggle: the scenario shown is the document's current one.
    connect(mComparison, &ScenarioComparisonWidget::shownScenarioChanged, mDocument,
            &WorkbenchDocument::setCurrentScenario);
    connect(mDocument, &WorkbenchDocument::evaluationChanged, this, [this] {
        updateImpact();
        updateComparison();
    });
    connect(mDocument, &WorkbenchDocument::loaded, this, [this] {
        mComparisonA.clear();
        mComparisonB.clear();
        updateImpact();
        updateComparison();
    });
    connect(mDocument, &WorkbenchDocument::closed, this, [this] {
        updateImpact();
        updateComparison();
    });
    connect(mDocument, &WorkbenchDocument::scenariosChanged, this, &MainWindow::updateComparison);
}

void MainWindow::updateImpact()
{
    if (!mDocument->hasProject() || !mDocument->impact()) {
        mImpactPanel->clear();
        return;
    }
    mImpactPanel->setImpact(mDocument->impact(), mDocument->offices(), mDocument->criteria().distanceThresholdMeters);
}

void MainWindow::updateComparison()
{
    const QStringList names = mDocument->scenarioNames();
    if (names.isEmpty()) {
        mComparison->setScenarios({}, {}, {});
        return;
    }
    // By default the first scenario (usually the status quo) against the one shown.
    const QString current = mDocument->currentScenarioName();
    QString a = names.contains(mComparisonA) ? mComparisonA : names.front();
    QString b = names.contains(mComparisonB) ? mComparisonB : current;
    if (a == b && current != a)
        b = current;
    // The scenario shown on the map is one of the two when the planner switched elsewhere.
    if (current != a && current != b)
        b = current;
    mComparisonA = a;
    mComparisonB = b;
    mComparison->setScenarios(names, a, b);
    const Scenario *scenarioA = mDocument->scenario(a);
    const Scenario *scenarioB = mDocument->scenario(b);
    if (scenarioA && scenarioB)
        mComparison->setDifferences(compareScenarios(*scenarioA, *scenarioB, mDocument->offices()),
                                    mDocument->offices());
    mComparison->setShownSide(current == a ? ScenarioComparisonWidget::Side::A : ScenarioComparisonWidget::Side::B);
}

PresentationWindow *MainWindow::startPresentation(bool fullScreen)
{
    if (!mDocument->hasProject())
        return nullptr;
    // S toggles to the other side of the comparison (the status quo by default).
    const QString current = mDocument->currentScenarioName();
    const QString other = mComparison->scenarioA() == current ? mComparison->scenarioB() : mComparison->scenarioA();
    // A window of its own, owned by this one: closed, it deletes itself; still open when the main window
    // goes, it goes with it, its map's render stopped before the application ends.
    auto *presentation = new PresentationWindow(mDocument, other, this);
    if (fullScreen)
        presentation->showFullScreen();
    else
        presentation->show();
    presentation->activateWindow();
    return presentation;
}

void MainWindow::showCriteriaDialog()
{
    if (!mDocument->hasProject())
        return;
    auto *dialog = new CriteriaDialog(mDocument->criteria(), mDocument->project()->offices.fiscalYears, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Criteria criteria = dialog->criteria();
        runEdit([this, criteria] { mDocument->setCriteria(criteria); });
    });
    dialog->open();
}

OptimiseDialog *MainWindow::optimiseDialog() const
{
    return mOptimiseDialog;
}

OptimiseDialog *MainWindow::showOptimiseDialog()
{
    if (!mDocument->hasProject())
        return nullptr;
    if (!mOptimiseDialog) {
        mOptimiseDialog = new OptimiseDialog(mDocument, this);
        mOptimiseDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Not modal: the planner looks at the map while choosing a set.
    mOptimiseDialog->show();
    mOptimiseDialog->raise();
    mOptimiseDialog->activateWindow();
    return mOptimiseDialog;
}

QWidget *MainWindow::createPreviewBanner()
{
    mPreviewBanner = new QWidget;
    mPreviewBanner->setObjectName(QStringLiteral("previewBanner"));
    mPreviewBanner->setAutoFillBackground(true);
    QPalette palette = mPreviewBanner->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc2));
    palette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    mPreviewBanner->setPalette(palette);
    mPreviewLabel = new QLabel;
    mPreviewLabel->setObjectName(QStringLiteral("previewLabel"));
    mPreviewLabel->setTextFormat(Qt::RichText);
    auto *end = new QPushButton(tr("End Preview"));
    end->setObjectName(QStringLiteral("endPreviewBanner"));
    end->setToolTip(tr("Show the current scenario again (Esc)"));
    connect(end, &QPushButton::clicked, this, [this] { mEndPreviewAction->trigger(); });
    auto *layout = new QHBoxLayout(mPreviewBanner);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(mPreviewLabel, 1);
    layout->addWidget(end);
    mPreviewBanner->hide();
    return mPreviewBanner;
}

void MainWindow::updatePreview()
{
    const Scenario *preview = mDocument->previewScenario();
    if (preview) {
        const QString note = tr("Not an edit: the project and its scenarios are unchanged.");
        mPreviewLabel->setText(QStringLiteral("<b>%1</b>　%2")
                                   .arg(tr("Preview: %1").arg(preview->name).toHtmlEscaped(), note.toHtmlEscaped()));
    }
    mPreviewBanner->setVisible(preview);
    mEndPreviewAction->setEnabled(preview);
    updateTitle();
}

void MainWindow::showImportCountsDialog()
{
    if (!mDocument->hasProject())
        return;
    const QString folder = QFileInfo(mDocument->projectPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Workload Counts"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *dialog = new CountsImportDialog(path, mDocument->offices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        const std::optional<CountsImportPreview> &preview = dialog->preview();
        if (!preview)
            return;
        const WorkloadCounts counts = preview->counts();
        runEdit([this, counts, path] { mDocument->importWorkload(counts, path); });
        statusBar()->showMessage(tr("Imported workload counts for %n office(s) from %1", nullptr, int(counts.size()))
                                     .arg(QFileInfo(path).fileName()),
                                 8000);
    });
    dialog->open();
}

void MainWindow::runEdit(const std::function<void()> &edit)
{
    try {
        edit();
    } catch (const InputError &error) {
        createMessage(QMessageBox::Warning, tr("Cannot make the change"), error.diagnostic().toString())->show();
    }
}

void MainWindow::askScenarioName(const QString &title, const QString &label, const QString &initial,
                                 const std::function<void(const QString &)> &apply)
{
    if (!mDocument->hasProject())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("scenarioNameDialog"));
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, apply](const QString &name) { runEdit([&] { apply(name); }); });
    dialog->open();
}

void MainWindow::removeCurrentScenario()
{
    const QString name = mDocument->currentScenarioName();
    runEdit([this, name] { mDocument->removeScenario(name); });
}

void MainWindow::updateScenarioCombo()
{
    const QSignalBlocker blocker(mScenarioCombo);
    mScenarioCombo->clear();
    mScenarioCombo->addItems(mDocument->scenarioNames());
    mScenarioCombo->setCurrentIndex(mScenarioCombo->findText(mDocument->currentScenarioName()));
    mScenarioCombo->setEnabled(mDocument->hasProject());
    if (const Scenario *scenario = mDocument->currentScenario())
        mScenarioCombo->setToolTip(scenario->description.isEmpty()
                                       ? tr("The scenario whose decisions the map, the table and the chart show")
                                       : scenario->description);
    updateActions();
}

void MainWindow::setDecisionOfSelection(int decision)
{
    const QStringList selection = mDocument->selectedOfficeIds();
    runEdit([this, selection, decision] { mDocument->setDecisions(selection, Decision(decision)); });
}

QString MainWindow::officeTooltip(const QString &officeId) const
{
    const Office *office = mDocument->office(officeId);
    if (!office)
        return {};
    QString html = QStringLiteral("<b>%1</b> (%2)").arg(office->name.toHtmlEscaped(),
                                                        officeKindName(office->kind, interfaceLanguage()).toHtmlEscaped());
    if (const BranchOfficeEvaluation *result = mDocument->branchEvaluation(officeId)) {
        const Office *nearest = mDocument->office(result->nearestWardOfficeId);
        html += QStringLiteral("<br/>")
                + tr("%1 to %2")
                      .arg(gis::MapRenderer::formatDistance(result->distanceToNearestWardOfficeMeters),
                           nearest ? nearest->name : result->nearestWardOfficeId)
                      .toHtmlEscaped();
        std::optional<double> latestWorkload;
        int latestYear = 0;
        for (const auto &[year, value] : office->workloadByFiscalYear)
            if (value) {
                latestWorkload = value;
                latestYear = year;
            }
        if (latestWorkload)
            html += QStringLiteral("<br/>")
                    + tr("Workload %1: %2").arg(fiscalYearName(latestYear, interfaceLanguage()), QLocale().toString(*latestWorkload, 'f', 0));
        else if (result->catchment)
            html += QStringLiteral("<br/>")
                    + tr("Catchment: %1 residents").arg(QLocale().toString(result->catchment->population, 'f', 0));
    }
    return html;
}

} // namespace madoguchi::app
