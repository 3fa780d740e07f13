#include "app/workbench/exportfields.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>

namespace madoguchi::app {

ExportFileField::ExportFileField(const QString &suggestedPath, const QString &dialogTitle, const QString &filters,
                                 QWidget *parent)
    : QWidget(parent), mDialogTitle(dialogTitle), mFilters(filters)
{
    mPath = new QLineEdit(QDir::toNativeSeparators(suggestedPath));
    mPath->setObjectName(QStringLiteral("exportPath"));
    // Wide enough for a folder and the suggested name (project, scenario, kind), not only the name's end.
    mPath->setMinimumWidth(mPath->fontMetrics().averageCharWidth() * 44);
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ExportFileField::browse);
    connect(mPath, &QLineEdit::textChanged, this, &ExportFileField::changed);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(mPath, 1);
    row->addWidget(browse);

    const QStringList filterList = filters.split(QStringLiteral(";;"), Qt::SkipEmptyParts);
    if (filterList.size() < 2)
        return;
    mFormat = new QComboBox(this);
    mFormat->setObjectName(QStringLiteral("exportFormat"));
    static const QRegularExpression pattern(QStringLiteral("^(.*?)\\s*\\(\\*\\.(\\w+)\\)\\s*$"));
    for (const QString &filter : filterList)
        if (const QRegularExpressionMatch match = pattern.match(filter); match.hasMatch())
            mFormat->addItem(match.captured(1), match.captured(2).toLower());
    followSuffix();
    connect(mFormat, &QComboBox::activated, this, &ExportFileField::chooseFormat);
    connect(mPath, &QLineEdit::textChanged, this, &ExportFileField::followSuffix);
}

// The path takes the suffix of the format chosen, in place of a format's suffix it has.
void ExportFileField::chooseFormat()
{
    QString text = mPath->text().trimmed();
    if (text.isEmpty())
        return;
    const QString suffix = QFileInfo(text).suffix();
    if (!suffix.isEmpty() && mFormat->findData(suffix.toLower()) >= 0)
        text.chop(suffix.size() + 1);
    mPath->setText(text + QLatin1Char('.') + mFormat->currentData().toString());
}

// The format shown follows a suffix typed into the path.
void ExportFileField::followSuffix()
{
    const int index = mFormat->findData(QFileInfo(mPath->text().trimmed()).suffix().toLower());
    if (index >= 0 && index != mFormat->currentIndex()) {
        const QSignalBlocker blocker(mFormat);
        mFormat->setCurrentIndex(index);
    }
}

QString ExportFileField::filterFor(const QString &suffix) const
{
    const QString pattern = QStringLiteral("(*.%1)").arg(suffix.toLower());
    for (const QString &filter : mFilters.split(QStringLiteral(";;"), Qt::SkipEmptyParts))
        if (filter.contains(pattern))
            return filter;
    return {};
}

QString ExportFileField::path() const
{
    const QString text = mPath->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

QString ExportFileField::drawingProblem(QString *format) const
{
    if (path().isEmpty())
        return tr("Choose a file to write.");
    const std::optional<ExportFormat> kind = exportFormatFor(path());
    if (!kind)
        return tr("Name the file .pdf (vector, for print), .svg (vector, for editing) or .png (image).");
    if (format)
        *format = exportFormatName(*kind);
    return QString();
}

bool ExportFileField::confirmReplace(QWidget *parent) const
{
    const QFileInfo target(path());
    return !target.exists() || target.absoluteFilePath() == mConfirmedPath
           || QMessageBox::question(parent, mDialogTitle,
                                    tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(target.filePath())),
                                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                  == QMessageBox::Yes;
}

void ExportFileField::browse()
{
    QString filter = mFormat ? filterFor(mFormat->currentData().toString()) : QString();
    QString chosen = QFileDialog::getSaveFileName(this, mDialogTitle, path(), mFilters, &filter);
    if (chosen.isEmpty())
        return;
    // A name without one of the filters' suffixes takes the suffix of the filter chosen.
    static const QRegularExpression filterSuffix(QStringLiteral("\\(\\*\\.(\\w+)\\)"));
    const QRegularExpressionMatch match = filterSuffix.match(filter);
    if (match.hasMatch() && filterFor(QFileInfo(chosen).suffix()).isEmpty())
        chosen += QLatin1Char('.') + match.captured(1);
    mConfirmedPath = QFileInfo(chosen).absoluteFilePath();
    mPath->setText(QDir::toNativeSeparators(chosen));
}

ExportPageFields::ExportPageFields(QFormLayout *form, const std::vector<ExportPaper> &papers,
                                   const ExportPage &initial, QObject *parent, bool withResolution)
    : QObject(parent)
{
    mPaper = new QComboBox;
    mPaper->setObjectName(QStringLiteral("exportPaper"));
    for (ExportPaper paper : papers) {
        switch (paper) {
        case ExportPaper::A4:
            mPaper->addItem(tr("A4"), int(paper));
            break;
        case ExportPaper::A3:
            mPaper->addItem(tr("A3"), int(paper));
            break;
        case ExportPaper::Figure:
            mPaper->addItem(tr("Figure, 160 × 110 mm"), int(paper));
            break;
        case ExportPaper::Pixels:
            mPaper->addItem(tr("Size in pixels"), int(paper));
            break;
        }
    }
    mPaper->setCurrentIndex(std::max(0, mPaper->findData(int(initial.paper))));
    mOrientation = new QComboBox;
    mOrientation->setObjectName(QStringLiteral("exportOrientation"));
    mOrientation->addItem(tr("Portrait"), false);
    mOrientation->addItem(tr("Landscape"), true);
    mOrientation->setCurrentIndex(initial.landscape ? 1 : 0);
    auto *paperRow = new QHBoxLayout;
    paperRow->addWidget(mPaper);
    paperRow->addWidget(mOrientation);
    paperRow->addStretch(1);
    form->addRow(tr("Paper:"), paperRow);

    const bool pixelsOffered = mPaper->findData(int(ExportPaper::Pixels)) >= 0;
    mWidth = new QSpinBox;
    mWidth->setObjectName(QStringLiteral("exportWidth"));
    mHeight = new QSpinBox;
    mHeight->setObjectName(QStringLiteral("exportHeight"));
    for (QSpinBox *spin : {mWidth, mHeight}) {
        spin->setRange(100, 20000);
        spin->setSuffix(tr(" px"));
    }
    mWidth->setValue(initial.pixelSize.isValid() ? initial.pixelSize.width() : 1920);
    mHeight->setValue(initial.pixelSize.isValid() ? initial.pixelSize.height() : 1080);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(mWidth);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(mHeight);
    sizeRow->addStretch(1);
    form->addRow(tr("Size:"), sizeRow);
    form->setRowVisible(sizeRow, pixelsOffered);

    mDpi = new QSpinBox;
    mDpi->setObjectName(QStringLiteral("exportDpi"));
    mDpi->setRange(36, 2400);
    mDpi->setSuffix(tr(" dpi"));
    mDpi->setValue(int(std::lround(initial.dpi)));
    mDpi->setToolTip(tr("The image's resolution, and the scale of texts, symbols and lines on every format: "
                        "1 pt is 1/72 inch on paper."));
    auto *dpiRow = new QHBoxLayout;
    dpiRow->addWidget(mDpi);
    dpiRow->addStretch(1);
    form->addRow(tr("Resolution:"), dpiRow);
    form->setRowVisible(dpiRow, withResolution);

    ExportPaper shownPaper = paper();
    connect(mPaper, &QComboBox::currentIndexChanged, this, [this, shownPaper]() mutable {
        const ExportPaper chosen = paper();
        if (mDpi->value() == int(std::lround(defaultExportDpi(shownPaper))))
            mDpi->setValue(int(std::lround(defaultExportDpi(chosen))));
        shownPaper = chosen;
        updateEnabled();
        Q_EMIT changed();
    });
    connect(mOrientation, &QComboBox::currentIndexChanged, this, &ExportPageFields::changed);
    connect(mWidth, &QSpinBox::valueChanged, this, &ExportPageFields::changed);
    connect(mHeight, &QSpinBox::valueChanged, this, &ExportPageFields::changed);
    connect(mDpi, &QSpinBox::valueChanged, this, &ExportPageFields::changed);
    updateEnabled();
}

ExportPaper ExportPageFields::paper() const
{
    return ExportPaper(mPaper->currentData().toInt());
}

ExportPage ExportPageFields::page() const
{
    ExportPage page;
    page.paper = paper();
    page.landscape = mOrientation->currentData().toBool();
    page.pixelSize = QSize(mWidth->value(), mHeight->value());
    page.dpi = mDpi->value();
    return page;
}

QString ExportPageFields::describe() const
{
    const ExportPage chosen = page();
    const QSize size = exportPageSize(chosen);
    const double mmPerPixel = 25.4 / chosen.dpi;
    return tr("%1 × %2 px, %3 × %4 mm at %5 dpi")
        .arg(size.width())
        .arg(size.height())
        .arg(std::lround(size.width() * mmPerPixel))
        .arg(std::lround(size.height() * mmPerPixel))
        .arg(chosen.dpi);
}

void ExportPageFields::updateEnabled()
{
    const ExportPaper chosen = paper();
    const bool pixels = chosen == ExportPaper::Pixels;
    mOrientation->setEnabled(chosen == ExportPaper::A4 || chosen == ExportPaper::A3);
    mWidth->setEnabled(pixels);
    mHeight->setEnabled(pixels);
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return ExportPageFields::tr("PDF (vector, fonts embedded)");
    case ExportFormat::Svg:
        return ExportPageFields::tr("SVG (vector)");
    case ExportFormat::Png:
        break;
    }
    return ExportPageFields::tr("PNG image");
}

} // namespace madoguchi::app
