#pragma once

// The main window with the bundled sample open, for the workbench's tests.

#include "sampleproject.h"
#include "testsupport.h"

#include "app/workbench/mainwindow.h"
#include "app/workbench/workbenchdocument.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <cmath>

namespace madoguchi::test {

inline constexpr int kSampleLoadTimeoutMs = 60000;

// Shows `window` at `size` and opens the sample in it, its layers from the shared data folder.
inline void openSample(app::MainWindow &window, const QSize &size = QSize(1500, 950),
                       const QString &projectPath = sampleProjectPath())
{
    QStandardPaths::setTestModeEnabled(true);
    window.setDataSearchPaths({sharedDataDir()});
    window.resize(size);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(window.document(), &app::WorkbenchDocument::loaded);
    window.openProject(projectPath);
    REQUIRE(loaded.wait(kSampleLoadTimeoutMs));
}

// A copy of the sample in `folder` with 15 more branch offices (試験1番出張所 …) spread around the
// city's centre: a city of 34 offices. Returns the project's path.
inline QString writeDenseSample(const QString &folder)
{
    const QDir sample = QFileInfo(sampleProjectPath()).dir();
    QFile::copy(sampleProjectPath(), folder + QStringLiteral("/dense.madoguchi"));
    QFile source(sample.filePath(QStringLiteral("offices.csv")));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray csv = source.readAll();
    if (!csv.endsWith('\n'))
        csv += '\n';
    const QStringList wards = {QStringLiteral("中央区"), QStringLiteral("東区"), QStringLiteral("西区"),
                               QStringLiteral("南区"), QStringLiteral("北区")};
    for (int i = 1; i <= 15; ++i) {
        const double angle = i * 2.399963; // the golden angle: an even spiral
        const double radius = 0.012 * std::sqrt(double(i)); // degrees, about 1.3 km × √i
        const double lat = 32.790 + radius * std::sin(angle);
        const double lon = 130.705 + radius * std::cos(angle) * 1.19;
        csv += QStringLiteral("gen_%1,試験%1番出張所,Test %1 Branch,branch,%2,,%3,%4,%5,generated\n")
                   .arg(i)
                   .arg(wards[i % 5])
                   .arg(lat, 0, 'f', 5)
                   .arg(lon, 0, 'f', 5)
                   .arg(i % 4 == 0 ? QStringLiteral("close") : QStringLiteral("keep"))
                   .toUtf8();
    }
    QFile target(folder + QStringLiteral("/offices.csv"));
    REQUIRE(target.open(QIODevice::WriteOnly));
    target.write(csv);
    return folder + QStringLiteral("/dense.madoguchi");
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
