#pragma once

#include "app/figures/chartexport.h"
#include "app/figures/reportexport.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace madoguchi::app {

class ExportFileField;
class ExportPageFields;

// Asks how to export a chart: which (the correlation chart or the impact chart), its measure (those
// the project offers for it), the options of that chart, the page (a figure of 160 x 110 mm, A4, A3 or
// a size in pixels), the resolution, the format (PDF, SVG or PNG) and the file, whose suffix follows the
// format. It exports
// nothing itself: the caller hands path() and options() to exportChart with the document's figures.
// The choices start from `initial` (the chart dock's measure and scale), the command line's defaults
// otherwise, so that the same choices give the same file from either.
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `analysis`: what the charts show (for the measures each offers).
    ChartExportDialog(std::shared_ptr<const ScenarioAnalysis> analysis, const ChartExportOptions &initial,
                      const QString &suggestedPath, QWidget *parent = nullptr);

    QString path() const;
    // The word that names a chart in a suggested file name: 相関図 or 影響. When the chart is switched and
    // the file's name still ends in the other chart's word, the word follows the choice.
    static QString fileNameWord(ChartKind kind);
    // The chosen options; protectedPaths as setProtectedPaths() gave them.
    ChartExportOptions options() const;
    void setProtectedPaths(const QStringList &paths) { mProtectedPaths = paths; }

    // For tests.
    QComboBox *kindCombo() const { return mKind; }
    QComboBox *measureCombo() const { return mMeasure; }
    QLineEdit *pathEdit() const;
    QComboBox *formatCombo() const;
    QComboBox *paperCombo() const;
    QLabel *summaryLabel() const { return mSummary; }
    QDialogButtonBox *buttons() const { return mButtons; }

public Q_SLOTS:
    void accept() override;

private:
    void fillMeasures();
    void updateState();

    std::shared_ptr<const ScenarioAnalysis> mAnalysis;
    QStringList mProtectedPaths;
    ExportFileField *mFile = nullptr;
    ExportPageFields *mPage = nullptr;
    QComboBox *mKind = nullptr;
    QComboBox *mMeasure = nullptr;
    QCheckBox *mLogScale = nullptr;
    QCheckBox *mTrendLine = nullptr;
    QCheckBox *mPerWard = nullptr;
    QLabel *mSummary = nullptr;
    QDialogButtonBox *mButtons = nullptr;
};

// Asks how to export the report: the paper (A4 or A3, portrait or landscape), the title, the date and
// the PDF to write. The caller hands path() and options() to exportReport; options().map is the look
// of the map given to the constructor (the canvas's layers and labels).
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportExportDialog(const gis::MapSettings &view, const QString &title, const QString &suggestedPath,
                       QWidget *parent = nullptr);

    QString path() const;
    ReportOptions options() const;
    void setProtectedPaths(const QStringList &paths) { mProtectedPaths = paths; }

    // For tests.
    QLineEdit *pathEdit() const;
    QLineEdit *titleEdit() const { return mTitle; }
    QDateEdit *dateEdit() const { return mDate; }
    QComboBox *paperCombo() const;
    QLabel *summaryLabel() const { return mSummary; }
    QDialogButtonBox *buttons() const { return mButtons; }

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    gis::MapSettings mView;
    QStringList mProtectedPaths;
    ExportFileField *mFile = nullptr;
    ExportPageFields *mPage = nullptr;
    QLineEdit *mTitle = nullptr;
    QDateEdit *mDate = nullptr;
    QLabel *mSummary = nullptr;
    QDialogButtonBox *mButtons = nullptr;
};

} // namespace madoguchi::app
