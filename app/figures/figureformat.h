#pragma once

#include <QColor>
#include <QLocale>
#include <QRectF>
#include <QString>

class QFont;

namespace madoguchi::app {

// How the figures and their summaries write numbers: in the default locale (the interface's), with
// thousands separators even where the locale leaves them out by default (the C locale) — residents and
// transactions run to the thousands.
QLocale figureLocale();
// "12,345".
QString formatCount(double value);
// "+1,234", "−1,234" (with a minus sign) or "±0".
QString formatSignedCount(double value);
// Metres as kilometres with two decimals, without the unit: "2.02".
QString formatKilometres(double meters);

// `color` with the opacity `alpha` (0 … 255): the figures' shaded areas and text backgrounds.
QColor withAlpha(QColor color, int alpha);

// Where a figure's note goes: wrapped to `width` from `left`, its last line ending at `bottom`; null for
// an empty note.
QRectF bottomNoteRect(const QString &note, const QFont &font, double left, double width, double bottom);

} // namespace madoguchi::app
