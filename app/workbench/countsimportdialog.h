#pragma once

#include "app/lib/countsimport.h"
#include "core/office.h"
#include "gis/textencoding.h"

#include <QDialog>
#include <QString>

#include <optional>
#include <vector>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace madoguchi::app {

// Shows what importing a CSV of workload counts (受付件数) into the project's offices would do, before
// anything changes: the file, its encoding and the join (both can be changed, which re-reads the
// file), a summary line, the key and fiscal-year columns found, one table row per data row of the file
// (line, key, office, a count per fiscal year with thousands separators or "—" when the cell is empty,
// the problem), rows that are not imported first, marked with a warning icon and a tinted background,
// and the branch offices no row was found for. Import is enabled only when the preview succeeded and
// at least one row matched; accepting the dialog leaves the import to the caller (preview()->counts()).
// A file that cannot be previewed is reported in the dialog in red, never thrown. Reads the file only.
class CountsImportDialog : public QDialog
{
    Q_OBJECT

public:
    // Column of rowsModel() after the fixed ones: one per fiscal year of the preview, then Problem.
    enum Column { LineColumn, KeyColumn, OfficeColumn, FirstYearColumn };

    CountsImportDialog(const QString &csvPath, std::vector<Office> offices, QWidget *parent = nullptr);
    ~CountsImportDialog() override;

    // The current preview; nullopt when the file could not be previewed (see errorText()).
    const std::optional<CountsImportPreview> &preview() const { return mPreview; }
    // The reason the preview failed, with what to do, as shown; empty when it succeeded.
    QString errorText() const { return mErrorText; }
    // The summary line as shown, e.g. "12 of 14 branch offices matched · 2 rows not matched · …".
    QString summaryText() const;
    // One row per data row of the file (unmatched rows first, each group in file order).
    QAbstractItemModel *rowsModel() const;
    QPushButton *importButton() const { return mImportButton; }

    // Choose the encoding (nullopt = automatic) or the join, as the combos do; re-runs the preview.
    void setEncoding(std::optional<gis::TextEncoding> encoding);
    void setJoin(CountsJoin join);

private:
    void refresh();
    void showPreview();
    void showError(const QString &message);
    void applyProblemFilter();

    QString mCsvPath;
    std::vector<Office> mOffices;
    std::optional<CountsImportPreview> mPreview;
    QString mErrorText;

    QComboBox *mEncodingCombo = nullptr;
    QComboBox *mJoinCombo = nullptr;
    QLabel *mSummaryLabel = nullptr;
    QLabel *mColumnsLabel = nullptr;
    QLabel *mErrorLabel = nullptr;
    QCheckBox *mOnlyProblems = nullptr;
    QTableView *mTable = nullptr;
    QStandardItemModel *mModel = nullptr; // owned by the dialog
    QLabel *mWithoutRowLabel = nullptr;
    QDialogButtonBox *mButtons = nullptr;
    QPushButton *mImportButton = nullptr; // owned by mButtons
};

} // namespace madoguchi::app
