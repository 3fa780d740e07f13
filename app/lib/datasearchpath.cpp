#include "app/lib/datasearchpath.h"

#include "app/lib/layerpath.h"

#include <QDir>
#include <QFileInfo>

namespace madoguchi::app {

QStringList dataSearchPaths(const QStringList &extra)
{
    QStringList candidates = extra;
    const QString fromEnvironment = qEnvironmentVariable("MADOGUCHI_DATA_PATH");
    if (!fromEnvironment.isEmpty())
        candidates += fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    candidates += QStringLiteral(MADOGUCHI_DEFAULT_DATA_DIR);

    QStringList folders;
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (!info.isDir())
            continue;
        const QString folder = info.absoluteFilePath();
        if (!folders.contains(folder))
            folders += folder;
    }
    return folders;
}

std::optional<ResolvedPath> resolveLayerPath(const QString &path, const QString &projectDir,
                                             const QStringList &searchPaths)
{
    if (path.isEmpty())
        return std::nullopt;
    if (QFileInfo(path).isAbsolute()) {
        if (QFileInfo::exists(path))
            return ResolvedPath{QFileInfo(path).absoluteFilePath(), false};
        return std::nullopt;
    }
    const QFileInfo besideProject(absoluteLayerPath(projectDir, path));
    if (besideProject.exists())
        return ResolvedPath{besideProject.absoluteFilePath(), false};
    for (const QString &folder : searchPaths) {
        const QFileInfo inFolder(QDir(folder), path);
        if (inFolder.exists())
            return ResolvedPath{inFolder.absoluteFilePath(), true};
    }
    return std::nullopt;
}

} // namespace madoguchi::app
