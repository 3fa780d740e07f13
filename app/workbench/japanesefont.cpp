#include "app/workbench/japanesefont.h"

#include <QStringList>

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

} // namespace madoguchi::app
