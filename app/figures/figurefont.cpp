#include "app/figures/figurefont.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

QFont withJapaneseFamily(QFont font, const QString &family)
{
    if (family.isEmpty())
        return font;
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    families.removeAll(family);
    families.prepend(family);
    font.setFamilies(families);
    return font;
}

QFont exportableFont(const QString &family, double points, bool bold)
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont figureFont(const QString &family, double points, double dpi, bool bold)
{
    QFont font = exportableFont(family, 12.0, bold);
    font.setPixelSize(std::max(1, int(std::lround(points * dpi / 72.0))));
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace madoguchi::app
