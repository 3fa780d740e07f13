#include "app/workbench/mapexportdialog.h"

#include "core/diagnostic.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
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

    mPath = new QLineEdit(QDir::toNativeSeparators(suggestedPath));
    mPath->setObjectName(QStringLiteral("exportPath"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &MapExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File:"), pathRow);

    mPaper = new QComboBox;
    mPaper->setObjectName(QStringLiteral("exportPaper"));
    mPaper->addItem(tr("A4"), int(MapExportOptions::Paper::A4));
    mPaper->addItem(tr("A3"), int(MapExportOptions::Paper::A3));
    mPaper->addItem(tr("Size in pixels"), int(MapExportOptions::Paper::Pixels));
    mOrientation = new QComboBox;
    mOrientation->setObjectName(QStringLiteral("exportOrientation"));
    mOrientation->addItem(tr("Portrait"), false);
    mOrientation->addItem(tr("Landscape"), true);
    mOrientation->setCurrentIndex(defaults.landscape ? 1 : 0);
    auto *paperRow = new QHBoxLayout;
    paperRow->addWidget(mPaper);
    paperRow->addWidget(mOrientation);
    paperRow->addStretch(1);
    form->addRow(tr("Paper:"), paperRow);

    mWidth = new QSpinBox;
    mWidth->setObjectName(QStringLiteral("exportWidth"));
    mHeight = new QSpinBox;
    mHeight->setObjectName(QStringLiteral("exportHeight"));
    for (QSpinBox *spin : {mWidth, mHeight}) {
        spin->setRange(100, 20000);
        spin->setSuffix(tr(" px"));
    }
    mWidth->setValue(1920);
    mHeight->setValue(1080);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(mWidth);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(mHeight);
    sizeRow->addStretch(1);
    form->addRow(tr("Size:"), sizeRow);

    mDpi = new QSpinBox;
    mDpi->setObjectName(QStringLiteral("exportDpi"));
    mDpi->setRange(36, 2400);
    mDpi->setSuffix(tr(" dpi"));
    mDpi->setValue(int(std::lround(defaults.dpi)));
    mDpi->setToolTip(tr("The image's resolution, and the scale of texts, symbols and lines on every format: "
                        "1 pt is 1/72 inch on paper."));
    auto *dpiRow = new QHBoxLayout;
    dpiRow->addWidget(mDpi);
    dpiRow->addStretch(1);
    form->addRow(tr("Resolution:"), dpiRow);

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
    mLegend->setChecked(defaults.map.showLegend);
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

    // A size in pixels is for a screen or a slide: its resolution follows unless it was changed.
    MapExportOptions::Paper shownPaper = paper();
    connect(mPaper, &QComboBox::currentIndexChanged, this, [this, shownPaper]() mutable {
        const MapExportOptions::Paper chosen = paper();
        if (mDpi->value() == int(std::lround(defaultExportDpi(shownPaper))))
            mDpi->setValue(int(std::lround(defaultExportDpi(chosen))));
        shownPaper = chosen;
        updateState();
    });
    connect(mPath, &QLineEdit::textChanged, this, &MapExportDialog::updateState);
    connect(mOrientation, &QComboBox::currentIndexChanged, this, &MapExportDialog::updateState);
    connect(mWidth, &QSpinBox::valueChanged, this, &MapExportDialog::updateState);
    connect(mHeight, &QSpinBox::valueChanged, this, &MapExportDialog::updateState);
    connect(mDpi, &QSpinBox::valueChanged, this, &MapExportDialog::updateState);
    connect(mTitle, &QLineEdit::textChanged, this, &MapExportDialog::updateState);
    updateState();
}

void MapExportDialog::setProtectedPaths(const QStringList &paths)
{
    mProtectedPaths = paths;
}

QString MapExportDialog::path() const
{
    const QString text = mPath->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

MapExportOptions MapExportDialog::optionsFromView(const gis::MapSettings &view, const QString &title,
                                                  const QString &scenarioName, const QDate &date)
{
    return app::optionsFromView(view, title, scenarioName, date);
}

MapExportOptions::Paper MapExportDialog::paper() const
{
    return MapExportOptions::Paper(mPaper->currentData().toInt());
}

MapExportOptions MapExportDialog::options() const
{
    MapExportOptions options = optionsFromView(mView, mTitle->text(), mScenarioName, mDate->date());
    options.paper = paper();
    options.landscape = mOrientation->currentData().toBool();
    options.pixelSize = QSize(mWidth->value(), mHeight->value());
    options.dpi = mDpi->value();
    options.map.dpi = options.dpi;
    if (mCurrentView->isChecked() && !mView.visibleExtent().isNull())
        options.extent = mView.visibleExtent();
    options.map.showLegend = mLegend->isChecked();
    options.map.showScaleBar = mScaleBar->isChecked();
    options.map.showNorthArrow = mNorthArrow->isChecked();
    options.map.showCredits = mCredits->isChecked();
    options.protectedPaths = mProtectedPaths;
    return options;
}

void MapExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Map"), path(),
        tr("PDF, vector for print (*.pdf);;SVG, vector for editing (*.svg);;PNG image (*.png)"));
    if (chosen.isEmpty())
        return;
    mConfirmedPath = QFileInfo(chosen).absoluteFilePath();
    mPath->setText(QDir::toNativeSeparators(chosen));
}

void MapExportDialog::updateState()
{
    const bool pixels = paper() == MapExportOptions::Paper::Pixels;
    mOrientation->setEnabled(!pixels);
    mWidth->setEnabled(pixels);
    mHeight->setEnabled(pixels);

    QString problem;
    QString format;
    const std::optional<ExportFormat> kind = exportFormatFor(path());
    if (path().isEmpty())
        problem = tr("Choose a file to write.");
    else if (!kind)
        problem = tr("Name the file .pdf (vector, for print), .svg (vector, for editing) or .png (image).");
    else if (*kind == ExportFormat::Pdf)
        format = tr("PDF (vector, fonts embedded)");
    else if (*kind == ExportFormat::Svg)
        format = tr("SVG (vector)");
    else
        format = tr("PNG image");

    QString page;
    try {
        const MapExportOptions chosen = options();
        const QSize size = exportPageSize(chosen.page());
        mapPageLayout(chosen);
        const double mmPerPixel = 25.4 / chosen.dpi;
        page = tr("%1 × %2 px, %3 × %4 mm at %5 dpi")
                   .arg(size.width())
                   .arg(size.height())
                   .arg(std::lround(size.width() * mmPerPixel))
                   .arg(std::lround(size.height() * mmPerPixel))
                   .arg(chosen.dpi);
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
    const QFileInfo target(path());
    if (target.exists() && target.absoluteFilePath() != mConfirmedPath
        && QMessageBox::question(this, tr("Export Map"),
                                 tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(target.filePath())),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace madoguchi::app
