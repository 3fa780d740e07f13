#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QImage>
#include <QString>
#include <QTemporaryDir>

#include <ostream>

// Lets Catch2 print QStrings in failed assertions.
inline std::ostream &operator<<(std::ostream &os, const QString &value)
{
    return os << '"' << value.toStdString() << '"';
}

namespace madoguchi::test {

// ../shared/data (MADOGUCHI_SHARED_DATA_DIR at configure time). Real-data tests REQUIRE it to exist.
QString sharedDataDir();
// sharedDataDir() + "/kumamoto/" + name, checked to exist.
QString kumamotoFile(const QString &name);
// The source tree (for the bundled sample in data/).
QString sourceDir();
// The madoguchi-cli executable.
QString cliPath();

// Writes bytes to dir/name (creating folders) and returns the full path.
QString writeFile(const QDir &dir, const QString &name, const QByteArray &bytes);
// Copies the shapefile set `stem`.* (shp, shx, dbf, prj, cpg) from the shared Kumamoto data into dir,
// leaving out the extensions listed in `skip` (e.g. {"prj"}); returns the path of the .shp copy.
QString copyKumamotoShapefile(const QDir &dir, const QString &stem, const QStringList &skip = {});

// The text encoded in CP932 (Shift_JIS), as Excel and 国土数値情報 save it. REQUIREs that every
// character has a CP932 code.
QByteArray toCp932(const QString &text);

// The number of pixels whose colours differ between two images of the same size (REQUIREd), compared as
// RGB32.
qint64 differingPixels(const QImage &a, const QImage &b);

} // namespace madoguchi::test
