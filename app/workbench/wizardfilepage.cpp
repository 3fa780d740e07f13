#include "app/workbench/wizardfilepage.h"

#include "app/lib/layerpath.h"
#include "app/workbench/crspicker.h"
#include "app/workbench/newprojectwizard.h"
#include "app/workbench/latesttask.h"
#include "app/workbench/wizardwidgets.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <utility>

namespace madoguchi::app::wizard {

FilePage::FilePage(LayerRole role, bool required, QString browseTitle, QString browseFilter)
    : mRole(role)
    , mBrowseTitle(std::move(browseTitle))
    , mBrowseFilter(std::move(browseFilter))
{
    const QString key = layerRoleKey(role);
    mPath = new QLineEdit;
    mPath->setObjectName(key + QStringLiteral("Path"));
    auto *browse = new QPushButton(NewProjectWizard::tr("Browse…"));
    mFileRow = makeFileRow(mPath, browse);
    mEncoding = makeEncodingCombo(key + QStringLiteral("Encoding"));
    mEncodingInfo = new QLabel;
    mEncodingInfo->setObjectName(key + QStringLiteral("EncodingInfo"));
    mEncodingRow = makeEncodingRow(mEncoding, mEncodingInfo);
    mCrs = new QLineEdit;
    mCrs->setObjectName(key + QStringLiteral("Crs"));
    addCrsCompletion(mCrs);
    mPreview = makePreviewTable(key + QStringLiteral("Preview"));
    mStatus = makeStatusLabel(key + QStringLiteral("Status"));
    mRead = new LatestTask(this);

    registerField(key + QStringLiteral("Path") + (required ? QStringLiteral("*") : QString()), mPath);
    registerField(key + QStringLiteral("Encoding"), mEncoding);
    registerField(key + QStringLiteral("Crs"), mCrs);

    connect(browse, &QPushButton::clicked, this, [this] { browseForFile(); });
    connect(mPath, &QLineEdit::textChanged, this, [this] { pathChanged(); });
    connect(mEncoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!mLoadedPath.isEmpty())
            reload();
    });
}

bool FilePage::isReading() const
{
    for (const LatestTask *each : findChildren<LatestTask *>()) {
        if (each->isRunning())
            return true;
    }
    return false;
}

void FilePage::initializePage()
{
    // The project folder may have changed since the path was typed.
    pathChanged();
}

void FilePage::clear()
{
    mLoadedPath.clear();
    for (LatestTask *each : findChildren<LatestTask *>())
        each->cancel();
    clearPreview(mPreview);
    mEncodingInfo->clear();
}

std::optional<gis::TextEncoding> FilePage::encoding() const
{
    return chosenEncoding(mEncoding);
}

QString FilePage::crsText() const
{
    return mCrs->text().trimmed();
}

LayerSource FilePage::fileSource() const
{
    LayerSource source;
    source.path = mLoadedPath;
    if (const auto chosen = encoding())
        source.encoding = gis::textEncodingName(*chosen);
    const QString crs = crsText();
    if (!crs.isEmpty())
        source.crs = crs;
    return source;
}

void FilePage::showReading()
{
    setStatus(mStatus, StatusKind::Neutral,
              esc(NewProjectWizard::tr("Reading %1 …").arg(QFileInfo(mLoadedPath).fileName())));
}

void FilePage::browseForFile()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, mBrowseTitle, browseStartDir(wizard(), mLoadedPath), mBrowseFilter);
    if (!chosen.isEmpty())
        mPath->setText(QDir::toNativeSeparators(chosen));
}

void FilePage::pathChanged()
{
    const QString path = absoluteLayerPath(projectDirOf(wizard()), mPath->text().trimmed());
    if (path == mLoadedPath && !path.isEmpty())
        return;
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        clear();
        setStatus(mStatus, path.isEmpty() ? StatusKind::Neutral : StatusKind::Error,
                  path.isEmpty() ? QString()
                                 : esc(NewProjectWizard::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))));
        Q_EMIT completeChanged();
        return;
    }
    // Another file: the preview shown belongs to the one before. The field mapping stays while the
    // columns stay the same.
    clearPreview(mPreview);
    mEncodingInfo->clear();
    mLoadedPath = path;
    reload();
}

} // namespace madoguchi::app::wizard
