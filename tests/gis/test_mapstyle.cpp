#include "testsupport.h"

#include "gis/mapstyle.h"
#include "gis/officesymbol.h"

#include <QImage>
#include <QPainter>

#include <array>
#include <cmath>

using namespace madoguchi;
using namespace madoguchi::gis;

namespace {

// CIE L*a*b* of an sRGB colour (D65 white).
std::array<double, 3> lab(const QColor &color)
{
    auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double r = linear(color.redF());
    const double g = linear(color.greenF());
    const double b = linear(color.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

// The CIE76 colour difference ΔE*ab.
double deltaE(const QColor &a, const QColor &b)
{
    const auto p = lab(a);
    const auto q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// Below about 20, a symbol's fill starts to merge with a fill of nearly the same colour at map scale.
constexpr double kMinimumDifference = 20.0;

std::vector<std::pair<QString, QColor>> decisionColours(const MapStyle &style)
{
    return {{QStringLiteral("keep"), style.keepColor},
            {QStringLiteral("service corner"), style.serviceCornerColor},
            {QStringLiteral("close"), style.closeColor},
            {QStringLiteral("upgrade"), style.upgradeColor},
            {QStringLiteral("no decision"), style.noDecisionColor}};
}

} // namespace

TEST_CASE("the colour difference is measured in CIE L*a*b*", "[mapstyle]")
{
    CHECK(deltaE(Qt::white, Qt::white) == Approx(0.0).margin(1e-9));
    CHECK(lab(Qt::white)[0] == Approx(100.0).margin(0.05));
    CHECK(deltaE(Qt::black, Qt::white) == Approx(100.0).margin(0.05));
    // Pure red: L* 53.24, a* 80.09, b* 67.20.
    const auto red = lab(QColor(255, 0, 0));
    CHECK(red[0] == Approx(53.24).margin(0.05));
    CHECK(red[1] == Approx(80.09).margin(0.1));
    CHECK(red[2] == Approx(67.20).margin(0.1));
}

TEST_CASE("every class of the population choropleths differs from every decision colour", "[mapstyle]")
{
    const MapStyle style;
    for (const auto *classes : {&style.densityClasses, &style.share65Classes}) {
        REQUIRE(classes->size() >= 5);
        for (const ChoroplethClass &populationClass : *classes)
            for (const auto &[decision, colour] : decisionColours(style)) {
                INFO(populationClass.label.toStdString() << " " << populationClass.color.name().toStdString()
                                                         << " against " << decision.toStdString() << " "
                                                         << colour.name().toStdString());
                CHECK(deltaE(populationClass.color, colour) > kMinimumDifference);
            }
    }
    // The density ramp is sequential: lighter to darker.
    for (std::size_t i = 1; i < style.densityClasses.size(); ++i)
        CHECK(lab(style.densityClasses[i].color)[0] < lab(style.densityClasses[i - 1].color)[0] - 5.0);
}

TEST_CASE("an office symbol has a white halo outside its outline, on any fill", "[mapstyle]")
{
    const MapStyle style;
    const MapStyle noHalo = [] {
        MapStyle plain;
        plain.officeHaloWidthPoints = 0.0;
        return plain;
    }();
    // At 288 dpi a point is 4 pixels: the 6.5 pt branch circle is 26 px wide, its halo 4 px.
    const double pixelsPerPoint = 4.0;
    const QColor fill = style.densityClasses.back().color;
    auto draw = [&](const MapStyle &drawn) {
        QImage image(80, 80, QImage::Format_RGB32);
        image.fill(fill);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintOfficeSymbol(painter, drawn, OfficeKind::Branch, drawn.closeColor, QPointF(40, 40), pixelsPerPoint);
        return image;
    };
    const QImage withHalo = draw(style);
    const QImage without = draw(noHalo);
    const double edge = style.branchSymbol.sizePoints * pixelsPerPoint / 2.0;
    const double outline = style.officeOutlineWidthPoints * pixelsPerPoint / 2.0;
    // Halfway through the halo, right of the centre.
    const int x = int(std::lround(40 + edge + outline + style.officeHaloWidthPoints * pixelsPerPoint / 2.0));
    CHECK(QColor(withHalo.pixel(x, 40)) == QColor(Qt::white));
    CHECK(QColor(without.pixel(x, 40)) == fill);
    // The fill is unchanged inside; the halo stays inside the gap to a selection ring.
    CHECK(QColor(withHalo.pixel(40, 40)) == style.closeColor);
    CHECK(style.officeOutlineWidthPoints / 2.0 + style.officeHaloWidthPoints
          < style.selectionGapPoints - style.selectionWidthPoints / 2.0 + 0.5);
}
