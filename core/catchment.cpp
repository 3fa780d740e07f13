#include "core/catchment.h"

#include "core/codepointorder.h"
#include "core/diagnostic.h"
#include "core/distancecalculator.h"
#include "core/feedback.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace madoguchi {

namespace {

// Messages are looked up in the "CatchmentText" context of the translations.
struct CatchmentText
{
    Q_DECLARE_TR_FUNCTIONS(CatchmentText)
};

// Two counters closer to a cell than this to each other's distance are a tie: coordinates in the
// tables are given to 1e-5 degrees (about 1 m), so differences below a millimetre are rounding.
constexpr double kTieToleranceMeters = 0.001;

// How often (in cells) progress is reported; cancellation is checked for every cell.
constexpr std::size_t kProgressInterval = 64;

QString cellLocation(const PopulationCell &cell, std::size_t index)
{
    if (cell.id.isEmpty())
        return CatchmentText::tr("population cell %1").arg(index + 1);
    return CatchmentText::tr("population cell %1").arg(cell.id);
}

void checkCellCounts(const PopulationCell &cell, std::size_t index)
{
    if (!std::isfinite(cell.population) || cell.population < 0.0) {
        throw InputError(QString(), cellLocation(cell, index),
                         CatchmentText::tr("population %1 is not a count of residents").arg(cell.population),
                         CatchmentText::tr("check the population field of the population layer"));
    }
    if (cell.population65 && (!std::isfinite(*cell.population65) || *cell.population65 < 0.0)) {
        throw InputError(
            QString(), cellLocation(cell, index),
            CatchmentText::tr("population aged 65+ %1 is not a count of residents").arg(*cell.population65),
            CatchmentText::tr("check the 65+ field of the population layer"));
    }
}

} // namespace

CatchmentAssignment assignCatchments(const std::vector<PopulationCell> &cells,
                                     const std::vector<Counter> &counters, const DistanceCalculator &distance,
                                     Feedback *feedback)
{
    CatchmentAssignment result;
    result.catchments.reserve(counters.size());
    for (const Counter &counter : counters) {
        CounterCatchment catchment;
        catchment.officeId = counter.officeId;
        result.catchments.push_back(catchment);
    }
    if (cells.empty()) {
        if (feedback)
            feedback->setProgress(1.0);
        return result;
    }
    if (counters.empty()) {
        throw InputError(QString(), QString(),
                         CatchmentText::tr("there are population cells but no service counter to assign "
                                           "them to"),
                         CatchmentText::tr("the offices table needs at least one office"));
    }

    result.counterOfCell.reserve(cells.size());
    result.distanceOfCellMeters.reserve(cells.size());
    std::vector<double> distances(counters.size());

    for (std::size_t cellIndex = 0; cellIndex < cells.size(); ++cellIndex) {
        if (feedback) {
            feedback->checkCancelled();
            if (cellIndex % kProgressInterval == 0)
                feedback->setProgress(double(cellIndex) / double(cells.size()));
        }
        const PopulationCell &cell = cells[cellIndex];
        checkCellCounts(cell, cellIndex);

        double nearestMeters = std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < counters.size(); ++c) {
            const double meters = distance.distanceMeters(cell.representativePoint, counters[c].location);
            if (!std::isfinite(meters) || meters < 0.0) {
                throw InputError(
                    QString(), cellLocation(cell, cellIndex),
                    CatchmentText::tr("the distance to office %1 cannot be computed").arg(counters[c].officeId),
                    CatchmentText::tr("check the coordinates of the cell and of the office (longitude "
                                      "-180..180, latitude -90..90 degrees)"));
            }
            distances[c] = meters;
            nearestMeters = std::min(nearestMeters, meters);
        }

        // Among the counters within the tie tolerance of the nearest, the one whose id sorts first:
        // independent of the order of the table.
        std::size_t chosen = counters.size();
        for (std::size_t c = 0; c < counters.size(); ++c) {
            if (distances[c] > nearestMeters + kTieToleranceMeters)
                continue;
            if (chosen == counters.size() || lessByCodePoint(counters[c].officeId, counters[chosen].officeId))
                chosen = c;
        }

        CounterCatchment &catchment = result.catchments[chosen];
        catchment.population += cell.population;
        ++catchment.cells;
        if (cell.population65)
            catchment.population65 += *cell.population65;
        else
            ++catchment.cellsWithoutPopulation65;
        result.counterOfCell.push_back(int(chosen));
        result.distanceOfCellMeters.push_back(distances[chosen]);
    }

    if (feedback)
        feedback->setProgress(1.0);
    return result;
}

} // namespace madoguchi
