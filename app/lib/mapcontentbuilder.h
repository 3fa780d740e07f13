#pragma once

#include "gis/mapcontent.h"

#include <memory>

namespace madoguchi {
struct Evaluation;
class Feedback;
}

namespace madoguchi::app {

struct LoadedProject;

// Projects a loaded project's layers into the display CRS for the map (the expensive part: every vertex
// goes through PROJ), with the offices as the table records them. The display CRS is the automatic one
// for the offices' centre (the JGD2011 plane rectangular zone in Japan). Throws InputError, Cancelled.
gis::MapContent buildBaseMapContent(const LoadedProject &project, Feedback *feedback = nullptr);

// The base content plus what the evaluation adds: the geodesic line from each branch office to its
// nearest ward office and the threshold circles around the ward offices. Cheap: the layers are shared
// with `base` (QPainterPath is implicitly shared).
std::shared_ptr<const gis::MapContent> withEvaluation(const gis::MapContent &base, const LoadedProject &project,
                                                      const Evaluation &evaluation);

} // namespace madoguchi::app
