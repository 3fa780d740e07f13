#pragma once

// The bundled Kumamoto sample project, for the tests that link the app library.

#include "app/lib/projectloader.h"
#include "testsupport.h"

namespace madoguchi::test {

// data/kumamoto/kumamoto.madoguchi in the source tree.
inline QString sampleProjectPath()
{
    return sourceDir() + QStringLiteral("/data/kumamoto/kumamoto.madoguchi");
}

// The sample loaded with the shared data folder on its search path (its layers are found there).
inline app::LoadedProject loadSampleProject()
{
    app::ProjectLoadOptions options;
    options.dataSearchPaths = {sharedDataDir()};
    return app::loadProject(sampleProjectPath(), options);
}

} // namespace madoguchi::test
