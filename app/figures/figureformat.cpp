#include "app/figures/figureformat.h"

#include <QFont>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace madoguchi::app {

QLocale figureLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString formatCount(double value)
{
    return figureLocale().toString(value, 'f', 0);
}

QString formatSignedCount(double value)
{
    const double rounded = std::round(value);
    if (rounded == 0.0)
        return QStringLiteral("±0");
    return (rounded > 0.0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + formatCount(std::abs(rounded));
}

QString formatKilometres(double meters)
{
    return figureLocale().toString(meters / 1000.0, 'f', 2);
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QRectF bottomNoteRect(const QString &note, const QFont &font, double left, double width, double bottom)
{
    if (note.isEmpty())
        return {};
    const QRectF needed =
        QFontMetricsF(font).boundingRect(QRectF(0, 0, std::max(width, 1.0), 1e6), Qt::TextWordWrap, note);
    return QRectF(left, bottom - needed.height(), width, needed.height());
}

} // namespace madoguchi::app
