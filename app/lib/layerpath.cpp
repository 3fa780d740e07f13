#include "app/lib/layerpath.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace madoguchi::app {

QString storedLayerPath(const QString &projectDir, const QString &absolutePath)
{
    if (absolutePath.isEmpty())
        return {};
    const QString absolute = QDir::cleanPath(absolutePath);
    if (projectDir.isEmpty())
        return absolute;
    const QString folder = QDir::cleanPath(projectDir);
    const QString relative = QDir(folder).relativeFilePath(absolute);
    if (QDir::isAbsolutePath(relative)) // another drive
        return absolute;
    int levelsUp = 0;
    for (const QStringView part : QStringView(relative).split(QLatin1Char('/'))) {
        if (part != QLatin1String(".."))
            break;
        ++levelsUp;
    }
    // Climbing to the file-system root ("../../srv/gis" from /home/planner) shares nothing with the
    // project folder that could move with it.
    const qsizetype folderDepth = folder.split(QLatin1Char('/'), Qt::SkipEmptyParts).size();
    if (levelsUp > MaxLayerPathLevelsUp || levelsUp >= folderDepth)
        return absolute;
    return relative;
}

QString absoluteLayerPath(const QString &projectDir, const QString &path)
{
    if (path.isEmpty())
        return {};
    if (QDir::isAbsolutePath(path) || projectDir.isEmpty())
        return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return QDir::cleanPath(QDir(projectDir).absoluteFilePath(path));
}

} // namespace madoguchi::app
