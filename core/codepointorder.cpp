#include "core/codepointorder.h"

#include <algorithm>

namespace madoguchi {

namespace {

// UTF-16 code units order like code points except that surrogates (U+D800..U+DFFF, which encode
// U+10000 and above) sort before U+E000..U+FFFF. Moving the surrogates above U+FFFF and shifting
// U+E000..U+FFFF down fixes that without decoding the pairs.
char32_t codePointOrderKey(char16_t unit)
{
    if (unit >= 0xE000)
        return unit - 0x800;
    if (unit >= 0xD800)
        return unit + 0x2000;
    return unit;
}

} // namespace

int compareByCodePoint(QStringView a, QStringView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t ua = a[i].unicode();
        const char16_t ub = b[i].unicode();
        if (ua != ub)
            return codePointOrderKey(ua) < codePointOrderKey(ub) ? -1 : 1;
    }
    if (a.size() == b.size())
        return 0;
    return a.size() < b.size() ? -1 : 1;
}

} // namespace madoguchi
