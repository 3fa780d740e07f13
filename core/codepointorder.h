#pragma once

#include <QStringView>

namespace madoguchi {

// Compares two strings by Unicode code point (not by UTF-16 code unit, which orders characters above
// U+FFFF before U+E000..U+FFFF), so that tie rules that say "the id that sorts first" give the same
// answer in every language binding and on every platform. Negative, zero or positive like strcmp.
int compareByCodePoint(QStringView a, QStringView b);

inline bool lessByCodePoint(QStringView a, QStringView b)
{
    return compareByCodePoint(a, b) < 0;
}

} // namespace madoguchi
