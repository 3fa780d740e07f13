#pragma once

#include "core/project.h"

#include <QByteArray>
#include <QString>

#include <array>

namespace madoguchi::app {

// The project file (*.madoguchi): UTF-8 JSON, {"format": "madoguchi-project", "version": 1, ...}.
// Layer paths are stored relative to the file's folder when they are near it (storedLayerPath in
// layerpath.h), so a project folder can be moved or shared.
inline constexpr int ProjectFileVersion = 1;
inline constexpr char ProjectFileSuffix[] = "madoguchi";

// Parses and validates a project. `file` names the source in messages. Throws InputError naming the
// file and the JSON key (e.g. "layers.wards.encoding") for: text that is not JSON, a wrong "format", a
// version newer than this program reads, a missing offices layer, a wrong type or an unknown value.
// Unknown keys are ignored (forward compatibility within a version).
Project projectFromJson(const QByteArray &json, const QString &file);
QByteArray projectToJson(const Project &project);

// Reads a project file. Throws InputError when it is missing, unreadable or invalid.
Project readProjectFile(const QString &path);
// Writes atomically (QSaveFile): a failure leaves any existing file untouched. Layer paths that were
// relative to `fromDir` (the folder of the file the project was read from; empty = already relative
// to `path`'s folder) are rewritten for the new file's folder; absolute ones are stored by
// storedLayerPath (relative when they are near it). Throws InputError on failure.
void writeProjectFile(const Project &project, const QString &path, const QString &fromDir = {});

// The attribute-name members of FieldMapping by their key in a layer's "fields", in the order the
// project file writes them (the reader, the writer and the wizard's summary use the one list).
struct FieldKey
{
    const char *key;
    QString FieldMapping::*member;
};
const std::array<FieldKey, 14> &fieldKeys();

} // namespace madoguchi::app
