#pragma once

#include "core/geopoint.h"

#include <QString>

#include <optional>
#include <vector>

namespace madoguchi {

class DistanceCalculator;
class Feedback;

// A unit of the population layer (a 500 m mesh cell, a census block, a DID polygon) reduced to the
// point that stands for it and its counts.
struct PopulationCell
{
    QString id;                      // e.g. the MESH_ID, or the feature number
    GeoPoint representativePoint;    // where its residents are taken to live (see gis::populationCells)
    double population = 0.0;         // residents
    std::optional<double> population65; // residents aged 65+; nullopt when the layer has no value
};

// A counter that residents can go to.
struct Counter
{
    QString officeId;
    GeoPoint location;
};

struct CounterCatchment
{
    QString officeId;
    double population = 0.0;
    double population65 = 0.0;         // sum over the cells that have a 65+ value
    int cells = 0;
    int cellsWithoutPopulation65 = 0;  // cells assigned here whose 65+ value is missing
};

struct CatchmentAssignment
{
    // Parallel to the counters passed in.
    std::vector<CounterCatchment> catchments;
    // For each cell, the index of its nearest counter and the distance to it in metres.
    std::vector<int> counterOfCell;
    std::vector<double> distanceOfCellMeters;
};

// Assigns every population cell to its nearest counter, measured by `distance` from the cell's
// representative point. Ties (distances equal to within 1 mm) go to the counter whose office id sorts
// first (by Unicode code point), so the result does not depend on the order of the table.
// Every cell is assigned to exactly one counter, so the catchments add up to the layer's total.
// Throws InputError when there are cells but no counters; Cancelled when feedback is cancelled.
CatchmentAssignment assignCatchments(const std::vector<PopulationCell> &cells,
                                     const std::vector<Counter> &counters,
                                     const DistanceCalculator &distance,
                                     Feedback *feedback = nullptr);

} // namespace madoguchi
