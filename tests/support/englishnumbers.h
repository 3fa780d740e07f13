#pragma once

#include <QLocale>

namespace madoguchi::test {

// Figures, charts and panels write their numbers in the default locale; a test that reads their texts
// pins it to English for its lifetime, so that the expected texts do not depend on the machine.
struct EnglishNumbers
{
    QLocale previous;
    EnglishNumbers() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishNumbers() { QLocale::setDefault(previous); }
};

} // namespace madoguchi::test
