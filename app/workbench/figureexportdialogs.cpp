#include "app/workbench/figureexportdialogs.h"

#include "app/lib/mapexport.h"
#include "app/lib/scenarioanalysis.h"
#include "app/workbench/exportfields.h"
#include "core/diagnostic.h"
#include "core/impact.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi::app {

namespace {

QDialogButtonBox *exportButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(ChartExportDialog::tr("Export"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QLabel *makeSummaryLabel()
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("exportSummary"));
    label->setWordWrap(true);
    return label;
}

} // namespace

ChartExportDialog::ChartExportDialog(std::shared_ptr<const ScenarioAnalysis> analysis,
                                     const ChartExportOptions &initial, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), mAnalysis(std::move(analysis))
{
    setObjectName(QStringLiteral("chartExportDialog"));
    setWindowTitle(tr("Export Chart"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    mKind = new QComboBox;
    mKind->setObjectName(QStringLiteral("exportChartKind"));
    mKind->addItem(tr("Correlation chart: distance and workload or catchment"), int(ChartKind::Correlation));
    mKind->addItem(tr("Impact of the scenario: before and after"), int(ChartKind::Impact));
    mKind->setCurrentIndex(mKind->findData(int(initial.kind)));
    form->addRow(tr("Chart:"), mKind);
    mMeasure = new QComboBox;
    mMeasure->setObjectName(QStringLiteral("exportChartMeasure"));
    form->addRow(tr("Measure:"), mMeasure);
    mLogScale = new QCheckBox(tr("Logarithmic value axis"));
    mLogScale->setChecked(initial.logScale);
    mTrendLine = new QCheckBox(tr("Trend line (least squares)"));
    mTrendLine->setChecked(initial.regressionLine);
    mPerWard = new QCheckBox(tr("One pair of bars per ward"));
    mPerWard->setChecked(initial.grouping == ImpactGrouping::PerWard);
    auto *checks = new QVBoxLayout;
    checks->addWidget(mLogScale);
    checks->addWidget(mTrendLine);
    checks->addWidget(mPerWard);
    form->addRow(QString(), checks);

    mFile = new ExportFileField(suggestedPath, tr("Export Chart"),
                                tr("PDF, vector for print (*.pdf);;SVG, vector for editing (*.svg);;PNG image (*.png)"));
    form->addRow(tr("Format:"), mFile->formatCombo());
    form->addRow(tr("File:"), mFile);
    mPage = new ExportPageFields(form, {ExportPaper::Figure, ExportPaper::A4, ExportPaper::A3, ExportPaper::Pixels},
                                 initial.page, this);
    layout->addLayout(form);
    mSummary = makeSummaryLabel();
    layout->addWidget(mSummary);
    mButtons = exportButtons(this);
    layout->addWidget(mButtons);

    fillMeasures();
    if (initial.measure)
        mMeasure->setCurrentIndex(std::max(0, mMeasure->findData(int(*initial.measure))));
    ChartKind shownKind = ChartKind(mKind->currentData().toInt());
    connect(mKind, &QComboBox::currentIndexChanged, this, [this, shownKind]() mutable {
        const ChartKind chosen = ChartKind(mKind->currentData().toInt());
        const QFileInfo file(path());
        const QString base = file.completeBaseName();
        const QString previousWord = fileNameWord(shownKind);
        if (!path().isEmpty() && base.endsWith(previousWord)) {
            const QString renamed = base.left(base.size() - previousWord.size()) + fileNameWord(chosen);
            mFile->lineEdit()->setText(QDir::toNativeSeparators(
                file.dir().filePath(file.suffix().isEmpty() ? renamed : renamed + QLatin1Char('.') + file.suffix())));
        }
        shownKind = chosen;
        fillMeasures();
        updateState();
    });
    connect(mMeasure, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateState);
    connect(mFile, &ExportFileField::changed, this, &ChartExportDialog::updateState);
    connect(mPage, &ExportPageFields::changed, this, &ChartExportDialog::updateState);
    updateState();
}

void ChartExportDialog::fillMeasures()
{
    const QVariant previous = mMeasure->currentData();
    const ChartKind kind = ChartKind(mKind->currentData().toInt());
    const std::optional<int> fiscalYear = mAnalysis->impact ? mAnalysis->impact->fiscalYear : std::nullopt;
    QSignalBlocker blocker(mMeasure);
    mMeasure->clear();
    for (CorrelationMeasure measure : chartMeasures(*mAnalysis, kind))
        mMeasure->addItem(impactMeasureName(measure, fiscalYear), int(measure));
    mMeasure->setCurrentIndex(std::max(0, mMeasure->findData(previous)));
    mLogScale->setEnabled(kind == ChartKind::Correlation);
    mTrendLine->setEnabled(kind == ChartKind::Correlation);
    mPerWard->setEnabled(kind == ChartKind::Impact);
}

QString ChartExportDialog::fileNameWord(ChartKind kind)
{
    // File names are Japanese whatever the interface's language, as the map's (地図) and the table's (評価).
    return kind == ChartKind::Impact ? QStringLiteral("影響") : QStringLiteral("相関図");
}

QString ChartExportDialog::path() const
{
    return mFile->path();
}

QLineEdit *ChartExportDialog::pathEdit() const
{
    return mFile->lineEdit();
}

QComboBox *ChartExportDialog::formatCombo() const
{
    return mFile->formatCombo();
}

QComboBox *ChartExportDialog::paperCombo() const
{
    return mPage->paperCombo();
}

ChartExportOptions ChartExportDialog::options() const
{
    ChartExportOptions options;
    options.kind = ChartKind(mKind->currentData().toInt());
    if (mMeasure->currentIndex() >= 0)
        options.measure = CorrelationMeasure(mMeasure->currentData().toInt());
    options.logScale = mLogScale->isChecked();
    options.regressionLine = mTrendLine->isChecked();
    options.grouping = mPerWard->isChecked() ? ImpactGrouping::PerWard : ImpactGrouping::PerCounter;
    options.page = mPage->page();
    options.protectedPaths = mProtectedPaths;
    return options;
}

void ChartExportDialog::updateState()
{
    QString format;
    QString problem = mFile->drawingProblem(&format);
    QString page;
    try {
        checkChartSource(*mAnalysis, options());
        page = mPage->describe();
    } catch (const InputError &error) {
        if (problem.isEmpty())
            problem = error.diagnostic().message + QLatin1Char('.');
    }
    mSummary->setText(problem.isEmpty() ? tr("%1; %2.").arg(format, page) : problem);
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ChartExportDialog::accept()
{
    if (mButtons->button(QDialogButtonBox::Ok)->isEnabled() && mFile->confirmReplace(this))
        QDialog::accept();
}

ReportExportDialog::ReportExportDialog(const gis::MapSettings &view, const QString &title,
                                       const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), mView(view)
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export Report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    mFile = new ExportFileField(suggestedPath, tr("Export Report"), tr("PDF (*.pdf)"));
    form->addRow(tr("File:"), mFile);
    ExportPage initial;
    // The report is vector throughout: no resolution to choose.
    mPage = new ExportPageFields(form, {ExportPaper::A4, ExportPaper::A3}, initial, this, false);
    mTitle = new QLineEdit(title);
    mTitle->setObjectName(QStringLiteral("exportTitle"));
    form->addRow(tr("Title:"), mTitle);
    mDate = new QDateEdit(QDate::currentDate());
    mDate->setObjectName(QStringLiteral("exportDate"));
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Date:"), mDate);
    layout->addLayout(form);
    auto *contents = new QLabel(tr("The report holds the scenario's summary, the map, the correlation chart, the "
                                   "impact chart, the branch offices with their decisions and reasons, and the "
                                   "sources."));
    contents->setWordWrap(true);
    layout->addWidget(contents);
    mSummary = makeSummaryLabel();
    layout->addWidget(mSummary);
    mButtons = exportButtons(this);
    layout->addWidget(mButtons);
    connect(mFile, &ExportFileField::changed, this, &ReportExportDialog::updateState);
    connect(mPage, &ExportPageFields::changed, this, &ReportExportDialog::updateState);
    updateState();
}

QString ReportExportDialog::path() const
{
    return mFile->path();
}

QLineEdit *ReportExportDialog::pathEdit() const
{
    return mFile->lineEdit();
}

QComboBox *ReportExportDialog::paperCombo() const
{
    return mPage->paperCombo();
}

ReportOptions ReportExportDialog::options() const
{
    ReportOptions options = defaultReportOptions(mTitle->text(), mDate->date());
    options.map = optionsFromView(mView, mTitle->text(), QString(), mDate->date()).map;
    const ExportPage page = mPage->page();
    options.paper = page.paper;
    options.landscape = page.landscape;
    options.protectedPaths = mProtectedPaths;
    return options;
}

void ReportExportDialog::updateState()
{
    QString problem;
    if (path().isEmpty())
        problem = tr("Choose a file to write.");
    else if (exportFormatFor(path()) != ExportFormat::Pdf)
        problem = tr("Name the file .pdf: the report is a PDF.");
    mSummary->setText(problem.isEmpty() ? tr("PDF (vector, fonts embedded), %1 pages.")
                                              .arg(mPage->paper() == ExportPaper::A3 ? QStringLiteral("A3")
                                                                                     : QStringLiteral("A4"))
                                        : problem);
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ReportExportDialog::accept()
{
    if (mButtons->button(QDialogButtonBox::Ok)->isEnabled() && mFile->confirmReplace(this))
        QDialog::accept();
}

} // namespace madoguchi::app
