#pragma once

#include "core/office.h"

#include <QColor>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace madoguchi::gis {

enum class SymbolShape { Square, Circle, Diamond, Triangle };

// How an office is drawn: its kind sets shape and size, its decision the fill.
struct OfficeSymbol
{
    SymbolShape shape = SymbolShape::Circle;
    double sizePoints = 7.0; // the symbol's width (a circle's diameter), in typographic points
};

// One class of a choropleth: values from `lowerBound` (inclusive) up to the next class's bound.
struct ChoroplethClass
{
    double lowerBound = 0.0;
    QColor color;
    QString label; // for the legend, e.g. "2,000–4,000"
};

// The symbology of the map: colours, symbols, line widths and fonts. A plain value (part of
// MapSettings), so a style change is a new snapshot like any other. Widths and sizes are in
// typographic points (1/72 inch) and scaled by MapSettings::dpi, so a 1 pt line is as thick on a
// 96 dpi screen as in a 300 dpi PNG. The defaults follow the project's conventions: decisions are
// blue (keep), orange (service corner), red (close), green (upgrade) and grey (none); ward fills are
// light, so symbols and labels stay readable on them.
struct MapStyle
{
    QString fontFamily = QStringLiteral("Noto Sans CJK JP");

    // Offices.
    QColor keepColor{0x21, 0x66, 0xac};
    QColor serviceCornerColor{0xf0, 0x8a, 0x24};
    QColor closeColor{0xd7, 0x30, 0x27};
    QColor upgradeColor{0x1a, 0x98, 0x50};
    QColor noDecisionColor{0x8c, 0x8c, 0x8c};
    QColor officeOutlineColor{0x26, 0x26, 0x26};
    double officeOutlineWidthPoints = 0.8;
    // A ring around every office symbol, outside its outline, so that it stands out on any fill
    // (a dark population class, a ward fill, a hatch); narrower than selectionGapPoints, so that it
    // stays inside a selection ring.
    QColor officeHaloColor{0xff, 0xff, 0xff};
    double officeHaloWidthPoints = 1.0;
    OfficeSymbol wardOfficeSymbol{SymbolShape::Square, 10.0};
    OfficeSymbol generalBranchSymbol{SymbolShape::Circle, 8.5};
    OfficeSymbol branchSymbol{SymbolShape::Circle, 6.5};
    QColor selectionColor{0xff, 0xc4, 0x00};
    double selectionWidthPoints = 2.2;
    double selectionGapPoints = 2.2; // from the symbol's edge to the middle of the selection ring
    QColor highlightColor{0xe0, 0x1e, 0xa0};
    double officeLabelPoints = 8.5;
    QColor officeLabelColor{0x1a, 0x1a, 0x1a};

    // Wards: a light fill per ward, a grey outline, the name in a larger font.
    std::vector<QColor> wardFillColors{QColor(0xfb, 0xe5, 0xc8), QColor(0xd8, 0xec, 0xcf),
                                       QColor(0xd4, 0xe3, 0xf4), QColor(0xf4, 0xd8, 0xe6),
                                       QColor(0xf7, 0xf0, 0xbe), QColor(0xe2, 0xda, 0xf1),
                                       QColor(0xcf, 0xec, 0xea), QColor(0xee, 0xe2, 0xd2)};
    QColor wardOutlineColor{0x5f, 0x5f, 0x5f};
    double wardOutlineWidthPoints = 1.1;
    double wardLabelPoints = 13.0;
    QColor wardLabelColor{0x3c, 0x3c, 0x3c};

    // School districts: thin outlines, dashed where the districts are approximate.
    QColor schoolDistrictColor{0x80, 0x5a, 0xa8};
    double schoolDistrictWidthPoints = 0.6;
    double schoolDistrictLabelPoints = 6.5;

    // Schools: a small symbol.
    QColor schoolColor{0x4d, 0x4d, 0x4d};
    double schoolSizePoints = 4.0;
    double schoolLabelPoints = 6.0;

    // Threshold circles around ward offices.
    QColor circleFillColor{0x21, 0x66, 0xac, 0x10};
    QColor circleOutlineColor{0x21, 0x66, 0xac};
    double circleOutlineWidthPoints = 1.0;
    double circleLabelPoints = 8.0;

    // Lines from each branch office to its nearest ward office.
    QColor lineWithinColor{0x33, 0x33, 0x33};
    QColor lineBeyondColor{0xb2, 0x18, 0x2b};
    double lineWidthPoints = 1.0;
    double lineLabelPoints = 7.0;

    // A scenario's impact: each closed counter's line to its receiving counter is dashed in
    // closeColor with an arrowhead at the receiving end; the population cells beyond the distance
    // guide after the scenario are hatched with diagonal lines (no outline).
    double transferWidthPoints = 1.6;
    double transferArrowPoints = 7.0; // the arrowhead's length
    QColor impactHatchColor{0xe8, 0x4a, 0x1b, 0xb4};
    double impactHatchWidthPoints = 1.0;
    double impactHatchSpacingPoints = 4.0; // between neighbouring hatch lines, measured across them

    // White halo around labels, so they read on any fill.
    QColor haloColor{0xff, 0xff, 0xff};
    double haloWidthPoints = 1.4;

    // Map furniture.
    double creditPoints = 6.5;
    double furniturePoints = 7.5; // scale bar, legend entries, notice
    QColor furnitureColor{0x26, 0x26, 0x26};
    QColor panelColor{0xff, 0xff, 0xff, 0xe0}; // behind the legend, credits and notice

    // Population choropleths (sequential, light to dark). Density in residents per km² of the cell;
    // share of residents aged 65 and over in percent. Both ramps stay out of the decision hues (no
    // blue, orange, red, green or mid grey), so that an office's decision reads on any class.
    std::vector<ChoroplethClass> densityClasses = defaultDensityClasses();
    std::vector<ChoroplethClass> share65Classes = defaultShare65Classes();
    QColor noDataColor{0xe6, 0xe6, 0xe6};

    QColor decisionColor(std::optional<Decision> decision) const;
    const OfficeSymbol &officeSymbol(OfficeKind kind) const;
    // The fill of the ward with this colour index (wrapping around the palette).
    QColor wardFill(int colorIndex) const;
    // The class a value falls in (the last class whose lower bound is <= value); nullptr when the
    // list is empty or the value is below the first bound or not finite.
    static const ChoroplethClass *classFor(const std::vector<ChoroplethClass> &classes, double value);

    static std::vector<ChoroplethClass> defaultDensityClasses();
    static std::vector<ChoroplethClass> defaultShare65Classes();
};

} // namespace madoguchi::gis
