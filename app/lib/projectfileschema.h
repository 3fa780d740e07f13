#pragma once

// Private to the project file's reader and writer (projectfilereader.cpp, projectfilewriter.cpp): what
// both take from the schema described in projectfile.cpp.

#include "app/lib/projectfile.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace madoguchi::app::projectfile {

// Messages are looked up in the "ProjectFileText" context of the translations.
struct ProjectFileText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFileText)
};

inline const QString FormatName = QStringLiteral("madoguchi-project");

} // namespace madoguchi::app::projectfile
