#pragma once

#include <QFont>
#include <QString>

namespace madoguchi::app {

// `font` with `family` (a Japanese font, e.g. the map style's Noto Sans CJK JP) as its first family and
// its own families after it. Office and ward names then use the Japanese forms of the Han characters
// they share with Chinese, which a fallback font may draw in their Chinese forms; Latin text keeps the
// look of `font` when `family` lacks a glyph. Size, weight and style are those of `font`.
QFont withJapaneseFamily(QFont font, const QString &family);

// `family` at `points` for the texts of a view that is exported too: glyphs are taken from the font's
// character map only, without shaping, so that every glyph in a PDF names its character and the text
// can be searched and copied. Japanese and Latin text need no shaping.
QFont exportableFont(const QString &family, double points, bool bold = false);

// The font of a figure's text: exportableFont() sized in painter units for a device of `dpi` units per
// inch (points × dpi / 72), so that a 9 pt text is 9 pt on a 96 dpi screen, in a 300 dpi PNG and on a
// PDF page alike, whatever dpi the device reports. Without hinting, so that a figure lays out the same
// on every device.
QFont figureFont(const QString &family, double points, double dpi, bool bold = false);

} // namespace madoguchi::app
