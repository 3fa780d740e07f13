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

} // namespace madoguchi::app
