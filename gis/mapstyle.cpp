#include "gis/mapstyle.h"

#include <cmath>

namespace madoguchi::gis {

QColor MapStyle::decisionColor(std::optional<Decision> decision) const
{
    if (!decision)
        return noDecisionColor;
    switch (*decision) {
    case Decision::Keep:
        return keepColor;
    case Decision::ServiceCorner:
        return serviceCornerColor;
    case Decision::Close:
        return closeColor;
    case Decision::Upgrade:
        return upgradeColor;
    }
    return noDecisionColor;
}

const OfficeSymbol &MapStyle::officeSymbol(OfficeKind kind) const
{
    switch (kind) {
    case OfficeKind::WardOffice:
        return wardOfficeSymbol;
    case OfficeKind::GeneralBranch:
        return generalBranchSymbol;
    case OfficeKind::Branch:
        return branchSymbol;
    }
    return branchSymbol;
}

QColor MapStyle::wardFill(int colorIndex) const
{
    if (wardFillColors.empty())
        return QColor(Qt::white);
    const int size = int(wardFillColors.size());
    return wardFillColors[std::size_t(((colorIndex % size) + size) % size)];
}

const ChoroplethClass *MapStyle::classFor(const std::vector<ChoroplethClass> &classes, double value)
{
    if (!std::isfinite(value))
        return nullptr;
    const ChoroplethClass *found = nullptr;
    for (const ChoroplethClass &candidate : classes) {
        if (value >= candidate.lowerBound)
            found = &candidate;
    }
    return found;
}

// Class bounds in round numbers a planner can read off the legend. Kumamoto's 500 m meshes range
// from empty to about 15,000 residents/km² in the centre; 2020 census DID areas start at 4,000/km².
// A grey-purple ramp: a red density fill would swallow the red symbols of closed counters.
std::vector<ChoroplethClass> MapStyle::defaultDensityClasses()
{
    return {
        {0.0, QColor(0xf4, 0xf2, 0xf7), QStringLiteral("0–500")},
        {500.0, QColor(0xdc, 0xd7, 0xe6), QStringLiteral("500–1,000")},
        {1000.0, QColor(0xc0, 0xb6, 0xd3), QStringLiteral("1,000–2,000")},
        {2000.0, QColor(0xa2, 0x93, 0xbd), QStringLiteral("2,000–4,000")},
        {4000.0, QColor(0x7d, 0x6a, 0x9f), QStringLiteral("4,000–8,000")},
        {8000.0, QColor(0x55, 0x40, 0x6f), QStringLiteral("8,000–")},
    };
}

// Japan's national share of 65+ was 28.6 % in the 2020 census; Kumamoto City's 25.9 %. ColorBrewer's
// Purples, the 30–35 % class a little redder, away from the blue of kept counters.
std::vector<ChoroplethClass> MapStyle::defaultShare65Classes()
{
    return {
        {0.0, QColor(0xf2, 0xf0, 0xf7), QStringLiteral("0–15 %")},
        {15.0, QColor(0xda, 0xda, 0xeb), QStringLiteral("15–20 %")},
        {20.0, QColor(0xbc, 0xbd, 0xdc), QStringLiteral("20–25 %")},
        {25.0, QColor(0x9e, 0x9a, 0xc8), QStringLiteral("25–30 %")},
        {30.0, QColor(0x7a, 0x63, 0xab), QStringLiteral("30–35 %")},
        {35.0, QColor(0x54, 0x27, 0x8f), QStringLiteral("35 %–")},
    };
}

} // namespace madoguchi::gis
