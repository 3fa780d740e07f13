#pragma once

// The main window with the bundled sample open, for the workbench's tests.

#include "sampleproject.h"
#include "testsupport.h"

#include "app/workbench/mainwindow.h"
#include "app/workbench/workbenchdocument.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

namespace madoguchi::test {

inline constexpr int kSampleLoadTimeoutMs = 60000;

// Shows `window` at `size` and opens the sample in it, its layers from the shared data folder.
inline void openSample(app::MainWindow &window, const QSize &size = QSize(1500, 950))
{
    QStandardPaths::setTestModeEnabled(true);
    window.setDataSearchPaths({sharedDataDir()});
    window.resize(size);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(window.document(), &app::WorkbenchDocument::loaded);
    window.openProject(sampleProjectPath());
    REQUIRE(loaded.wait(kSampleLoadTimeoutMs));
}

// The main window with the sample open; leaves without the unsaved-changes question.
struct SampleWorkbench
{
    app::MainWindow window;

    SampleWorkbench() { openSample(window); }
    ~SampleWorkbench() { window.document()->undoStack()->setClean(); }

    QAction *action(const char *name)
    {
        auto *found = window.findChild<QAction *>(QLatin1String(name));
        REQUIRE(found);
        return found;
    }
};

} // namespace madoguchi::test
