#include "testsupport.h"

#include "app/workbench/workbenchapplication.h"

#include <QImage>
#include <QColor>
#include <QPixmap>

#include <cstdlib>

using namespace madoguchi::app;

namespace {

// The tile's blue in packaging/linux/madoguchi.svg.
const QColor TileBlue(0x21, 0x66, 0xac);

bool near(const QColor &a, const QColor &b, int tolerance = 8)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

TEST_CASE("The application icon is compiled in and drawn at every size a desktop asks for")
{
    const QIcon icon = applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    for (const int size : {16, 32, 48, 128, 256}) {
        INFO("size " << size);
        const QImage image = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
        REQUIRE(image.size() == QSize(size, size));
        // The rounded tile leaves the corners transparent ...
        CHECK(qAlpha(image.pixel(0, 0)) == 0);
        CHECK(qAlpha(image.pixel(size - 1, size - 1)) == 0);
        // ... which the tile fills in the middle.
        CHECK(qAlpha(image.pixel(size / 2, size / 2)) == 255);
        if (size < 32)
            continue; // below that a pixel mixes several shapes of the 128-unit design
        // The tile is blue beside the awning, and the counter's wall over it is light.
        const QColor tile = image.pixelColor(size * 12 / 128, size * 20 / 128);
        CHECK(tile.alpha() == 255);
        CHECK(near(tile, TileBlue));
        const QColor wall = image.pixelColor(size * 27 / 128, size * 99 / 128);
        CHECK(wall.alpha() == 255);
        CHECK(wall.lightness() > 200);
    }
}
