#pragma once

#include "core/project.h"
#include "gis/textencoding.h"

#include <QString>
#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QWidget;

namespace madoguchi::app {
class LatestTask;
}

namespace madoguchi::app::wizard {

// A wizard page that reads one file of the project (the offices table or a layer): its path field with
// "Browse…", the encoding and CRS fields, a preview table and a status line. A path typed relative is
// taken relative to the project file's folder. When a file that exists is chosen, or the encoding is
// changed, the page reads it again (reload(), off the GUI thread through read()) and says "Reading …"
// meanwhile; the page cannot be left while it reads.
//
// The widgets are named after the page's key ("offices", "wards" …): <key>Path, <key>Encoding,
// <key>EncodingInfo, <key>Crs, <key>Preview, <key>Status; so are the fields <key>Path, <key>Encoding and
// <key>Crs. The CRS field completes the CRSs of Japanese data from a list (addCrsCompletion) and takes
// any text GDAL reads as a CRS. Texts are in the NewProjectWizard context of the translations.
class FilePage : public QWizardPage
{
public:
    // `required`: the path field must be filled (its field is registered as "<key>Path*").
    FilePage(LayerRole role, bool required, QString browseTitle, QString browseFilter);

    LayerRole role() const { return mRole; }
    // The layer as the project will name it: the path (absolute), the encoding and CRS set here, and the
    // page's own mapping and options. nullopt when an optional page is left empty.
    virtual std::optional<LayerSource> layerSource() const = 0;
    // How the text was decoded, for the summary: "CP932 (Shift_JIS), detected"; empty until read.
    virtual QString encodingSummary() const = 0;
    bool isReading() const;

    void initializePage() override;
    // QWizard::next() does not look at isComplete(); a page that cannot be used is never left.
    bool validatePage() override { return isComplete(); }

protected:
    // Reads the file chosen (loadedPath()) with the encoding and CRS set now.
    virtual void reload() = 0;
    // No readable file is chosen (any more): forgets the last one and empties the preview.
    virtual void clear();

    // The file chosen, absolute; empty when none that exists is chosen.
    const QString &loadedPath() const { return mLoadedPath; }
    std::optional<gis::TextEncoding> encoding() const;
    QString crsText() const;
    // path, encoding and CRS as set on this page.
    LayerSource fileSource() const;
    // Shows "Reading <file> …" in the status line.
    void showReading();

    QWidget *fileRow() const { return mFileRow; }
    QWidget *encodingRow() const { return mEncodingRow; }
    QLineEdit *pathEdit() const { return mPath; }
    QLineEdit *crsEdit() const { return mCrs; }
    QLabel *encodingInfo() const { return mEncodingInfo; }
    QTableWidget *preview() const { return mPreview; }
    QLabel *status() const { return mStatus; }
    LatestTask *read() const { return mRead; }

private:
    void browseForFile();
    void pathChanged();

    LayerRole mRole;
    QString mBrowseTitle;
    QString mBrowseFilter;
    QLineEdit *mPath = nullptr;
    QComboBox *mEncoding = nullptr;
    QLabel *mEncodingInfo = nullptr;
    QLineEdit *mCrs = nullptr;
    QWidget *mFileRow = nullptr;
    QWidget *mEncodingRow = nullptr;
    QTableWidget *mPreview = nullptr;
    QLabel *mStatus = nullptr;
    LatestTask *mRead = nullptr;

    QString mLoadedPath; // absolute; empty when no readable file is chosen
};

} // namespace madoguchi::app::wizard
