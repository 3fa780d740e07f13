#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::app {

// Folders in which layer paths of a project are looked up when they are not found relative to the
// project file: the reference data is kept outside the repository and outside project folders.
// Order: `extra` (e.g. --data-path), then MADOGUCHI_DATA_PATH (':'-separated), then the folder
// configured at build time (MADOGUCHI_SHARED_DATA_DIR) when it exists. Non-existent folders are dropped.
QStringList dataSearchPaths(const QStringList &extra = {});

struct ResolvedPath
{
    QString path;           // absolute path of the file found
    bool viaSearchPath = false; // found in a data search folder, not relative to the project
};

// Resolves a layer path as written in a project file: absolute as is; relative against `projectDir`,
// then against each of `searchPaths`. nullopt when the file exists in none of them.
std::optional<ResolvedPath> resolveLayerPath(const QString &path, const QString &projectDir,
                                             const QStringList &searchPaths);

} // namespace madoguchi::app
