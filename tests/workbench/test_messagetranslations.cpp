#include "testsupport.h"

#include "app/lib/projectfile.h"
#include "core/diagnostic.h"
#include "gis/layerreader.h"
#include "gis/projgeodesic.h"
#include "gis/textencoding.h"
#include "gis/vectorlayer.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTranslator>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

// Installs the workbench's compiled Japanese translation for the lifetime of the object, so that the
// messages built by the libraries (core, gis, app/lib) are looked up in it as in the Japanese UI.
class JapaneseTranslation
{
public:
    JapaneseTranslation()
    {
        REQUIRE(mTranslator.load(QStringLiteral(":/i18n/madoguchi_ja.qm")));
        REQUIRE(QCoreApplication::installTranslator(&mTranslator));
    }
    ~JapaneseTranslation() { QCoreApplication::removeTranslator(&mTranslator); }
    JapaneseTranslation(const JapaneseTranslation &) = delete;
    JapaneseTranslation &operator=(const JapaneseTranslation &) = delete;

private:
    QTranslator mTranslator;
};

Diagnostic readError(const QString &path)
{
    try {
        gis::readVectorLayer(path);
    } catch (const InputError &error) {
        return error.diagnostic();
    }
    FAIL("the layer was read without an error");
    return {};
}

} // namespace

TEST_CASE("with the Japanese translation, a shapefile without .prj is refused in Japanese, naming the file",
          "[translations][realdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString shp = copyKumamotoShapefile(QDir(dir.path()), QStringLiteral("wards"), {QStringLiteral("prj")});

    const Diagnostic english = readError(shp);
    CHECK(english.message.contains(QStringLiteral("has no coordinate reference system")));

    const JapaneseTranslation japanese;
    const Diagnostic translated = readError(shp);
    INFO(translated.toString());
    CHECK(translated.message.contains(QStringLiteral("座標参照系がありません")));
    CHECK(translated.message.contains(QStringLiteral("wards.shp")));
    CHECK_FALSE(translated.message.contains(QStringLiteral("coordinate reference system")));
    // The project-file key and the EPSG code a planner has to type stay as they are.
    CHECK(translated.hint.contains(QStringLiteral("\"crs\"")));
    CHECK(translated.hint.contains(QStringLiteral("EPSG:6668")));
}

TEST_CASE("with the Japanese translation, descriptions of the distance method, encodings and geometry are Japanese",
          "[translations]")
{
    const JapaneseTranslation japanese;
    CHECK(gis::ProjGeodesic().description().contains(QStringLiteral("GRS80楕円体")));
    CHECK(gis::encodingSourceDescription(gis::EncodingSource::Detected) == QStringLiteral("自動判定"));
    CHECK(gis::encodingSourceDescription(gis::EncodingSource::CodePageFile).contains(QStringLiteral(".cpg")));
    CHECK(gis::geometryKindName(gis::GeometryKind::Polygon) == QStringLiteral("ポリゴン"));
}

TEST_CASE("with the Japanese translation, a project file error is Japanese and keeps the JSON key",
          "[translations]")
{
    const JapaneseTranslation japanese;
    try {
        app::projectFromJson(QByteArrayLiteral("{\"version\": 1}"), QStringLiteral("plan.madoguchi"));
        FAIL("a project without \"format\" was accepted");
    } catch (const InputError &error) {
        INFO(error.diagnostic().toString());
        CHECK(error.diagnostic().message.contains(QStringLiteral("Madoguchi のプロジェクトではありません")));
        CHECK(error.diagnostic().message.contains(QStringLiteral("\"format\"")));
        CHECK(error.diagnostic().hint.contains(QStringLiteral("\"format\": \"madoguchi-project\"")));
    }
}

TEST_CASE("without a translation installed, the library messages stay English", "[translations]")
{
    {
        const JapaneseTranslation japanese;
    }
    CHECK(gis::ProjGeodesic().description() == QStringLiteral("geodesic, GRS80 ellipsoid"));
    CHECK(gis::encodingSourceDescription(gis::EncodingSource::Detected) == QStringLiteral("detected"));
}
