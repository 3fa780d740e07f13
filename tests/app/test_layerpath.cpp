#include "testsupport.h"

#include "app/lib/layerpath.h"

#include <QDir>

using madoguchi::app::absoluteLayerPath;
using madoguchi::app::MaxLayerPathLevelsUp;
using madoguchi::app::storedLayerPath;

TEST_CASE("a layer beside or below the project folder is stored relative to it", "[layerpath]")
{
    const QString project = QStringLiteral("/home/planner/projects/kumamoto");
    CHECK(storedLayerPath(project, QStringLiteral("/home/planner/projects/kumamoto/offices.csv"))
          == QStringLiteral("offices.csv"));
    CHECK(storedLayerPath(project, QStringLiteral("/home/planner/projects/kumamoto/data/区域.shp"))
          == QStringLiteral("data/区域.shp"));
    // The folder may be given with a trailing separator or unclean parts.
    CHECK(storedLayerPath(project + QStringLiteral("/"), QStringLiteral("/home/planner/projects/kumamoto/./data/../wards.shp"))
          == QStringLiteral("wards.shp"));
}

TEST_CASE("a layer up to three folders above the project folder is stored relative, farther absolute",
          "[layerpath]")
{
    REQUIRE(MaxLayerPathLevelsUp == 3);
    const QString project = QStringLiteral("/srv/gis/city/projects/2016/review");
    CHECK(storedLayerPath(project, QStringLiteral("/srv/gis/city/projects/2016/shared/wards.shp"))
          == QStringLiteral("../shared/wards.shp"));
    CHECK(storedLayerPath(project, QStringLiteral("/srv/gis/city/projects/wards.shp"))
          == QStringLiteral("../../wards.shp"));
    CHECK(storedLayerPath(project, QStringLiteral("/srv/gis/city/data/wards.shp"))
          == QStringLiteral("../../../data/wards.shp"));
    CHECK(storedLayerPath(project, QStringLiteral("/srv/gis/data/wards.shp")) == QStringLiteral("/srv/gis/data/wards.shp"));
}

TEST_CASE("a layer reached only through the file-system root is stored absolute", "[layerpath]")
{
    // From /home/planner, "../../srv/gis" climbs to the root: nothing there moves with the project.
    CHECK(storedLayerPath(QStringLiteral("/home/planner"), QStringLiteral("/srv/wards.shp"))
          == QStringLiteral("/srv/wards.shp"));
    CHECK(storedLayerPath(QStringLiteral("/home"), QStringLiteral("/wards.shp")) == QStringLiteral("/wards.shp"));
    // One level below the root is still shared ground.
    CHECK(storedLayerPath(QStringLiteral("/home/planner"), QStringLiteral("/home/shared/wards.shp"))
          == QStringLiteral("../shared/wards.shp"));
}

TEST_CASE("without a project folder the absolute path is stored", "[layerpath]")
{
    CHECK(storedLayerPath(QString(), QStringLiteral("/data/./wards.shp")) == QStringLiteral("/data/wards.shp"));
}

TEST_CASE("a stored or typed layer path is made absolute against the project folder", "[layerpath]")
{
    const QString project = QStringLiteral("/home/planner/projects/kumamoto");
    CHECK(absoluteLayerPath(project, QStringLiteral("data/wards.shp"))
          == QStringLiteral("/home/planner/projects/kumamoto/data/wards.shp"));
    CHECK(absoluteLayerPath(project, QStringLiteral("../shared/./wards.shp"))
          == QStringLiteral("/home/planner/projects/shared/wards.shp"));
    CHECK(absoluteLayerPath(project, QStringLiteral("/srv/gis//wards.shp")) == QStringLiteral("/srv/gis/wards.shp"));
    CHECK(absoluteLayerPath(project, QString()).isEmpty());
    // Without a project folder, relative to the working folder.
    CHECK(absoluteLayerPath(QString(), QStringLiteral("wards.shp")) == QDir::current().absoluteFilePath(QStringLiteral("wards.shp")));
}

TEST_CASE("a stored path resolves back to the layer it was made from", "[layerpath]")
{
    const QString project = QStringLiteral("/home/planner/projects/kumamoto");
    for (const QString &layer : {QStringLiteral("/home/planner/projects/kumamoto/data/wards.shp"),
                                 QStringLiteral("/home/planner/shared/population.shp"),
                                 QStringLiteral("/srv/gis/schools.shp")}) {
        INFO(layer.toStdString());
        CHECK(absoluteLayerPath(project, storedLayerPath(project, layer)) == layer);
    }
}
