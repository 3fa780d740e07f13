#pragma once

// Private to the project file's reader and writer (projectfilereader.cpp, projectfilewriter.cpp): what
// both take from the schema described in projectfile.cpp.

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

// Attribute-name members of FieldMapping by their key in "fields", in the order they are written.
struct FieldKey
{
    const char *key;
    QString FieldMapping::*member;
};

const std::array<FieldKey, 14> &fieldKeys();

} // namespace madoguchi::app::projectfile
