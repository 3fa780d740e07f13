#pragma once

#include <QString>

namespace madoguchi::app {

// The one rule for the layer paths of a project file, followed when a project is written, when the
// new-project wizard shows what it will write, and when a moved layer is located again.
//
// A layer is stored relative to the project file's folder when that climbs at most MaxLayerPathLevelsUp
// folders ("../") and not up to the file-system root, so that a project folder and the data beside it
// can be moved or shared together; otherwise its absolute path is stored.
inline constexpr int MaxLayerPathLevelsUp = 3;

// The path to store for the layer file `absolutePath` in a project file in `projectDir` (both
// absolute). Relative paths use '/'. `absolutePath` itself (cleaned) when the rule says absolute, or
// when `projectDir` is empty; empty for an empty path.
QString storedLayerPath(const QString &projectDir, const QString &absolutePath);

// A layer path as stored in a project file or typed by the planner, made absolute: a relative path is
// taken relative to `projectDir` (or to the working folder when `projectDir` is empty); the result is
// cleaned ("a/./b/../c" -> "a/c"). Empty for an empty path. Looks at no file: see resolveLayerPath
// (datasearchpath.h) for finding the file.
QString absoluteLayerPath(const QString &projectDir, const QString &path);

} // namespace madoguchi::app
