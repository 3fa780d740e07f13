#pragma once

#include "core/diagnostic.h"
#include "gis/textencoding.h"
#include "gis/vectorlayer.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QWidget;
class QWizard;

// The small widgets and texts that the pages of the new-project wizard share. Their texts are in the
// NewProjectWizard context of the translations, as the wizard's own.
namespace madoguchi::app::wizard {

// The rows a preview shows at once: enough to see whether the text decodes, few enough to keep the page
// readable.
inline constexpr int PreviewVisibleRows = 8;
// The rows read into a preview, which scrolls: a city's whole offices table (its branch offices, with the
// workload to check, often come after the ward offices), a layer's first features.
inline constexpr int PreviewRowCount = 500;

QString esc(const QString &text);

// Numbers a planner reads: always with thousands separators, in the UI language's format.
QString formatCount(double value, int decimals = 0);

enum class StatusKind { Neutral, Good, Warning, Error };

// Status lines are rich text (bold file names, line breaks); everything that comes from data or a file
// name is escaped by the caller. An empty text hides the label.
void setStatus(QLabel *label, StatusKind kind, const QString &html);

// An InputError as a page shows it: where (file, line or feature, column), what, and what to do.
QString problemHtml(const Diagnostic &problem);

QLabel *makeStatusLabel(const QString &objectName);
QLabel *makeNoteLabel(const QString &text);
QFormLayout *makeFormLayout();
// A path field with a "Browse…" button beside it.
QWidget *makeFileRow(QLineEdit *edit, QPushButton *browse);

// The encoding combo (items in the order of NewProjectWizard::EncodingChoice), and a row with it and a
// label saying which encoding was used and why.
QComboBox *makeEncodingCombo(const QString &objectName);
QWidget *makeEncodingRow(QComboBox *combo, QLabel *info);
std::optional<gis::TextEncoding> chosenEncoding(const QComboBox *combo);
QString encodingName(gis::TextEncoding encoding);
QString encodingSourceName(gis::EncodingSource source);
// "CP932 (Shift_JIS), detected"
QString encodingText(gis::TextEncoding encoding, gis::EncodingSource source);

QString geometryKindText(gis::GeometryKind kind);

// A combo of a layer's attribute names; the first item, "(none)", stands for "not mapped". Items carry
// the column name as data.
QComboBox *makeFieldCombo(const QString &objectName);
void fillFieldCombo(QComboBox *combo, const QStringList &fields, const QString &selected);
QString chosenField(const QComboBox *combo);

// A table showing the first records of a file.
QTableWidget *makePreviewTable(const QString &objectName);
// Fills a preview: one row per record, labelled with its line or feature number; the columns named in
// `highlighted` get a bold header.
void fillPreview(QTableWidget *table, const QStringList &header, const std::vector<QStringList> &rows,
                 const QStringList &rowLabels, const QStringList &highlighted = {});
// The first PreviewRowCount features of a layer, labelled with their feature numbers.
void fillFeaturePreview(QTableWidget *table, const gis::VectorLayer &layer, const QStringList &highlighted = {});
void clearPreview(QTableWidget *table);

// The folder of the project file chosen on the first page: every page resolves relative paths against
// it. Empty when no project file is chosen yet.
QString projectDirOf(QWizard *wizard);
// Where a file dialog starts: the current file's folder, else the project folder, else home.
QString browseStartDir(QWizard *wizard, const QString &currentPath);

} // namespace madoguchi::app::wizard
