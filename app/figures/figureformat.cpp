#include "app/figures/figureformat.h"

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

} // namespace madoguchi::app
