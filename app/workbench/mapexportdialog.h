#pragma once

#include "app/lib/mapexport.h"
#include "gis/mapsettings.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace madoguchi::app {

class ExportFileField;
class ExportPageFields;

// Asks how to export the map: the file (its suffix chooses PDF, SVG or PNG), the page (A4 or A3,
// portrait or landscape, or a size in pixels), the resolution, the title block (title, date), the
// part of the map (the current view or the full extent) and the map furniture. It exports nothing
// itself: the caller hands path() and options() to exportMap with the document's map content, e.g.
//
//     MapExportDialog dialog(canvas->mapSettings(), defaultMapTitle(*document->project()),
//                            document->currentScenarioName(), suggestedPath, this);
//     dialog.setProtectedPaths(projectInputFiles(*document->project()));
//     if (dialog.exec() == QDialog::Accepted)
//         exportMap(dialog.path(), *document->mapContent(), dialog.options()); // catch InputError
//
// The options start from optionsFromView(view, …), the command line's defaults, so the same choices
// give the same file from either; the map furniture (legend, scale bar, north arrow, sources) starts as
// the window shows it.
class MapExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `view`: the canvas's settings (its layers, labels, style and furniture, and its visible extent
    // for "current view"). `suggestedPath`: the file name offered first (its suffix, the format).
    MapExportDialog(const gis::MapSettings &view, const QString &title, const QString &scenarioName,
                    const QString &suggestedPath, QWidget *parent = nullptr);

    // The files the export must not overwrite (passed on in options().protectedPaths).
    void setProtectedPaths(const QStringList &paths);

    // The chosen file, absolute.
    QString path() const;
    // The chosen options: optionsFromView(view, title, scenario, date) with the page, resolution,
    // extent and furniture chosen here.
    static MapExportOptions optionsFromView(const gis::MapSettings &view, const QString &title,
                                            const QString &scenarioName, const QDate &date);
    MapExportOptions options() const;

    // For tests.
    QLineEdit *pathEdit() const;
    QComboBox *paperCombo() const;
    QComboBox *orientationCombo() const;
    QSpinBox *widthSpin() const;
    QSpinBox *heightSpin() const;
    QSpinBox *dpiSpin() const;
    QLineEdit *titleEdit() const { return mTitle; }
    QDateEdit *dateEdit() const { return mDate; }
    QRadioButton *currentViewButton() const { return mCurrentView; }
    QRadioButton *fullExtentButton() const { return mFullExtent; }
    QCheckBox *legendCheck() const { return mLegend; }
    QLabel *summaryLabel() const { return mSummary; }
    QDialogButtonBox *buttons() const { return mButtons; }

public Q_SLOTS:
    void accept() override;

private:
    // Updates the format and page summary and whether OK is enabled.
    void updateState();
    gis::MapSettings mView;
    QString mScenarioName;
    QStringList mProtectedPaths;
    ExportFileField *mFile = nullptr;
    ExportPageFields *mPage = nullptr;
    QLineEdit *mTitle = nullptr;
    QDateEdit *mDate = nullptr;
    QRadioButton *mCurrentView = nullptr;
    QRadioButton *mFullExtent = nullptr;
    QCheckBox *mLegend = nullptr;
    QCheckBox *mScaleBar = nullptr;
    QCheckBox *mNorthArrow = nullptr;
    QCheckBox *mCredits = nullptr;
    QLabel *mSummary = nullptr;
    QDialogButtonBox *mButtons = nullptr;
};

} // namespace madoguchi::app
