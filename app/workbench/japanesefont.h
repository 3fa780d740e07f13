#pragma once

#include <QFont>
#include <QString>

namespace madoguchi::app {

// `font` with `family` (a Japanese font, e.g. the map style's Noto Sans CJK JP) as its first family and
// its own families after it. Office and ward names then use the Japanese forms of the Han characters
// they share with Chinese, which a fallback font may draw in their Chinese forms; Latin text keeps the
// look of `font` when `family` lacks a glyph. Size, weight and style are those of `font`.
QFont withJapaneseFamily(QFont font, const QString &family);

} // namespace madoguchi::app
