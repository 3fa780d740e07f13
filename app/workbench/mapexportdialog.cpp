#include "app/workbench/mapexportdialog.h"

#include "app/workbench/exportfields.h"

#include "core/diagnostic.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

namespace madoguchi::app {

MapExportDialog::MapExportDialog(const gis::MapSettings &view, const QString &title, const QString &scenarioName,
                                 const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), mView(view), mScenarioName(scenarioName)
{
    setObjectName(QStringLiteral("mapExportDialog"));
    setWindowTitle(tr("Export Map"));
    const MapExportOptions defaults = app::optionsFromView(view, title, scenarioName);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    mFile = new ExportFileField(suggestedPath, tr("Export Map"),
                                tr("PDF, vector for print (*.pdf);;SVG, vector for editing (*.svg);;PNG image (*.png)"));
    form->addRow(tr("Format:"), mFile->formatCombo());
    form->addRow(tr("File:"), mFile);
    mPage = new ExportPageFields(form, {ExportPaper::A4, ExportPaper::A3, ExportPaper::Pixels}, defaults.page, this);

    mTitle = new QLineEdit(defaults.title);
    mTitle->setObjectName(QStringLiteral("exportTitle"));
    form->addRow(tr("Title:"), mTitle);
    mDate = new QDateEdit(defaults.date);
    mDate->setObjectName(QStringLiteral("exportDate"));
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Date:"), mDate);
    layout->addLayout(form);

    auto *extentBox = new QGroupBox(tr("Part of the map"));
    auto *extentLayout = new QVBoxLayout(extentBox);
    mCurrentView = new QRadioButton(tr("The current view"));
    mCurrentView->setObjectName(QStringLiteral("exportCurrentView"));
    mFullExtent = new QRadioButton(tr("The full extent"));
    mFullExtent->setObjectName(QStringLiteral("exportFullExtent"));
    auto *extentGroup = new QButtonGroup(this);
    extentGroup->addButton(mCurrentView);
    extentGroup->addButton(mFullExtent);
    mFullExtent->setChecked(true);
    mCurrentView->setEnabled(!view.visibleExtent().isNull());
    extentLayout->addWidget(mCurrentView);
    extentLayout->addWidget(mFullExtent);
    layout->addWidget(extentBox);

    auto *furnitureBox = new QGroupBox(tr("On the map"));
    auto *furnitureLayout = new QHBoxLayout(furnitureBox);
    mLegend = new QCheckBox(tr("Legend"));
    mLegend->setObjectName(QStringLiteral("exportLegend"));
    mScaleBar = new QCheckBox(tr("Scale bar"));
    mNorthArrow = new QCheckBox(tr("North arrow"));
    mCredits = new QCheckBox(tr("Sources"));
    // As the window's own "On the map" boxes: the export starts from what the planner sees.
    mLegend->setChecked(view.showLegend);
    mScaleBar->setChecked(defaults.map.showScaleBar);
    mNorthArrow->setChecked(defaults.map.showNorthArrow);
    mCredits->setChecked(defaults.map.showCredits);
    for (QCheckBox *check : {mLegend, mScaleBar, mNorthArrow, mCredits})
        furnitureLayout->addWidget(check);
    furnitureLayout->addStretch(1);
    layout->addWidget(furnitureBox);

    mSummary = new QLabel;
    mSummary->setObjectName(QStringLiteral("exportSummary"));
    mSummary->setWordWrap(true);
    layout->addWidget(mSummary);

    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    mButtons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(mButtons, &QDialogButtonBox::accepted, this, &MapExportDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(mButtons);

    connect(mFile, &ExportFileField::changed, this, &MapExportDialog::updateState);
    connect(mPage, &ExportPageFields::changed, this, &MapExportDialog::updateState);
    connect(mTitle, &QLineEdit::textChanged, this, &MapExportDialog::updateState);
    updateState();
}

void MapExportDialog::setProtectedPaths(const QStringList &paths)
{
    mProtectedPaths = paths;
}

QString MapExportDialog::path() const
{
    return mFile->path();
}

QLineEdit *MapExportDialog::pathEdit() const
{
    return mFile->lineEdit();
}

QComboBox *MapExportDialog::paperCombo() const
{
    return mPage->paperCombo();
}

QComboBox *MapExportDialog::orientationCombo() const
{
    return mPage->orientationCombo();
}

QSpinBox *MapExportDialog::widthSpin() const
{
    return mPage->widthSpin();
}

QSpinBox *MapExportDialog::heightSpin() const
{
    return mPage->heightSpin();
}

QSpinBox *MapExportDialog::dpiSpin() const
{
    return mPage->dpiSpin();
}

MapExportOptions MapExportDialog::optionsFromView(const gis::MapSettings &view, const QString &title,
                                                  const QString &scenarioName, const QDate &date)
{
    return app::optionsFromView(view, title, scenarioName, date);
}

MapExportOptions MapExportDialog::options() const
{
    MapExportOptions options = optionsFromView(mView, mTitle->text(), mScenarioName, mDate->date());
    options.page = mPage->page();
    if (mCurrentView->isChecked() && !mView.visibleExtent().isNull())
        options.extent = mView.visibleExtent();
    options.map.showLegend = mLegend->isChecked();
    options.map.showScaleBar = mScaleBar->isChecked();
    options.map.showNorthArrow = mNorthArrow->isChecked();
    options.map.showCredits = mCredits->isChecked();
    options.protectedPaths = mProtectedPaths;
    return options;
}

void MapExportDialog::updateState()
{
    QString format;
    QString problem = mFile->drawingProblem(&format);

    QString page;
    try {
        page = mPage->describe();
        mapPageLayout(options());
    } catch (const InputError &error) {
        if (problem.isEmpty())
            problem = error.diagnostic().message + QLatin1Char('.');
    }
    if (problem.isEmpty())
        mSummary->setText(tr("%1; %2.").arg(format, page));
    else
        mSummary->setText(problem);
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void MapExportDialog::accept()
{
    if (!mButtons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (!mFile->confirmReplace(this))
        return;
    QDialog::accept();
}

} // namespace madoguchi::app
