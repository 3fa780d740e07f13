#pragma once

#include "core/catchment.h"

#include <QString>

#include <vector>

namespace madoguchi {
class Feedback;
}

namespace madoguchi::gis {

struct VectorLayer;

// Turns a population layer into cells for the catchment analysis. Each feature's residents are taken
// to live at its centroid; where the centroid falls outside the feature (a concave cell clipped by the
// city boundary), at GEOS's point-on-surface instead, so a cell is never assigned from a point outside
// itself. Point layers use the point.
// populationField must hold a number (or text holding one) in every feature: an empty or non-numeric
// population is an InputError naming the file, the feature and the field, never a silent zero.
// population65Field may be empty (not mapped); a NULL 65+ value gives a cell without one (see
// PopulationCell: e.g. census meshes whose age counts were suppressed and added to a neighbour).
// idField names the cell (e.g. MESH_ID); empty = the feature number.
std::vector<PopulationCell> populationCells(const VectorLayer &layer, const QString &populationField,
                                            const QString &population65Field, const QString &idField,
                                            Feedback *feedback = nullptr);

} // namespace madoguchi::gis
