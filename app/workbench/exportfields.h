#pragma once

#include "app/lib/pageexport.h"

#include <QObject>
#include <QString>
#include <QWidget>

#include <vector>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace madoguchi::app {

// The file an export dialog writes: a line for the path and a Browse… button that asks with a save
// dialog (which itself asks before replacing a file). Paths are shown with the platform's separators
// and returned absolute. With more than one filter, formatCombo() offers the formats by name: choosing
// one gives the path that suffix, typing a suffix chooses its format, and the save dialog starts from
// the format shown and gives the file the suffix of the filter chosen in it.
class ExportFileField : public QWidget
{
    Q_OBJECT

public:
    // `filters`: the save dialog's name filters, e.g. "PDF (*.pdf);;PNG image (*.png)".
    ExportFileField(const QString &suggestedPath, const QString &dialogTitle, const QString &filters,
                    QWidget *parent = nullptr);

    // The chosen file, absolute; empty when none is given.
    QString path() const;
    // Why the file cannot take a drawing (PDF, SVG or PNG): no file given, or a suffix that names none
    // of them; empty when it can. `format` (may be null) receives the format's name (exportFormatName).
    QString drawingProblem(QString *format = nullptr) const;
    QLineEdit *lineEdit() const { return mPath; }
    // The formats of the filters ("PDF, vector for print", data "pdf"), for the dialog to place in its
    // form; nullptr with a single filter.
    QComboBox *formatCombo() const { return mFormat; }

    // Whether writing path() may go ahead: yes when nothing is there, when the save dialog already asked
    // about that file, or when the planner says to replace it now (asked with `parent` as the owner).
    bool confirmReplace(QWidget *parent) const;

Q_SIGNALS:
    void changed();

private:
    void browse();
    void chooseFormat();
    void followSuffix();
    // The filter of `suffix` (e.g. "PNG image (*.png)"); empty when no filter has it.
    QString filterFor(const QString &suffix) const;

    QString mDialogTitle;
    QString mFilters;
    QComboBox *mFormat = nullptr;
    QString mConfirmedPath; // chosen in the save dialog, which asked before replacing it
    QLineEdit *mPath = nullptr;
};

// The page of a drawn export, as rows of an export dialog's form: the paper (those offered, with the
// orientation beside it), the size in pixels (for a size in pixels) and the resolution. A size in
// pixels is for a screen or a slide: choosing it moves the resolution to 96 dpi, and back, unless the
// planner changed it.
class ExportPageFields : public QObject
{
    Q_OBJECT

public:
    // Adds the rows to `form`; the widgets belong to the form's parent. `papers` in the order offered;
    // `initial` chooses among them. Without `withResolution` there is no resolution row (a drawing that
    // is vector throughout) and page().dpi is initial.dpi.
    ExportPageFields(QFormLayout *form, const std::vector<ExportPaper> &papers, const ExportPage &initial,
                     QObject *parent = nullptr, bool withResolution = true);

    ExportPage page() const;
    ExportPaper paper() const;

    QComboBox *paperCombo() const { return mPaper; }
    QComboBox *orientationCombo() const { return mOrientation; }
    QSpinBox *widthSpin() const { return mWidth; }
    QSpinBox *heightSpin() const { return mHeight; }
    QSpinBox *dpiSpin() const { return mDpi; }

    // "1890 × 1299 px, 160 × 110 mm at 300 dpi"; throws InputError for a page that cannot be made.
    QString describe() const;

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QComboBox *mPaper = nullptr;
    QComboBox *mOrientation = nullptr;
    QSpinBox *mWidth = nullptr;
    QSpinBox *mHeight = nullptr;
    QSpinBox *mDpi = nullptr;
};

// A format as an export dialog's summary names it: "PDF (vector, fonts embedded)", "SVG (vector)",
// "PNG image".
QString exportFormatName(ExportFormat format);

} // namespace madoguchi::app
