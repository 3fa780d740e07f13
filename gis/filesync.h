#pragma once

#include <QString>

namespace madoguchi::gis {

// Flushes a file that was written and closed to the disk (fsync), so that renaming it into place never
// publishes a file whose pages are still only in the page cache. False when the file cannot be opened or
// flushed.
bool syncFileToDisk(const QString &path);

} // namespace madoguchi::gis
