#pragma once

// The named child widget of a dialog or window, for the workbench's tests: fails the test when it is
// missing.

#include "testsupport.h"

#include <QString>
#include <QWidget>

namespace madoguchi::test {

template <typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    INFO("no child named " << name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

} // namespace madoguchi::test
