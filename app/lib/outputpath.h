#pragma once

#include <QString>
#include <QStringList>

namespace madoguchi::app {

struct LoadedProject;

// The files a loaded project was read from: the project file, the offices table and every loaded
// layer, with a shapefile's companion files (.shx, .dbf, .prj, .cpg). Absolute paths; files that do not
// exist are listed too (they cannot be overwritten, but the list says what the project names).
QStringList projectInputFiles(const LoadedProject &project);

// Checks, before anything is written, that `outputPath` may receive an export of `project`: it must
// not be one of projectInputFiles() (compared by file identity, so another spelling of the path, a
// symbolic link or a hard link to an input is caught too) and no folder may be in its place. Throws
// InputError naming `outputPath` and what to do; returns when the path is fine (it may not exist yet).
void checkOutputPath(const QString &outputPath, const LoadedProject &project);

// `text` made usable as part of a file name on Linux, Windows and macOS: the characters / \ : * ? " < > |
// and control characters become "_", and spaces and dots at either end are dropped (Windows drops
// them silently). Japanese and other letters are kept. Empty when nothing usable remains.
QString fileNamePart(const QString &text);

// The file name an export of a project's scenario is offered under, e.g.
// "kumamoto_2016年方針_地図.pdf": the project file's name without its suffix, the scenario's name and
// `what` joined by "_" (each through fileNamePart(); empty parts are left out), then "." and `suffix`.
QString exportFileName(const QString &projectPath, const QString &scenarioName, const QString &what,
                       const QString &suffix);

} // namespace madoguchi::app
