#include "app/lib/mipsolver.h"

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>

#include <cmath>
#include <mutex>
#include <string>

namespace madoguchi::app {

int MipProgram::addColumn(double lower, double upper, double objective, bool integer)
{
    mColumnLower.push_back(lower);
    mColumnUpper.push_back(upper);
    mObjective.push_back(objective);
    mInteger.push_back(integer);
    return int(mObjective.size()) - 1;
}

int MipProgram::addRow(const std::vector<int> &columns, const std::vector<double> &coefficients, double lower,
                       double upper)
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (coefficients[i] == 0.0)
            continue;
        mIndices.push_back(columns[i]);
        mElements.push_back(coefficients[i]);
    }
    mRowStarts.push_back(int(mIndices.size()));
    mRowLower.push_back(lower);
    mRowUpper.push_back(upper);
    return int(mRowLower.size()) - 1;
}

void MipProgram::setObjective(std::vector<double> objective, double offset)
{
    objective.resize(mObjective.size(), 0.0);
    mObjective = std::move(objective);
    mOffset = offset;
}

struct MipSolverAccess
{
    static void load(const MipProgram &program, OsiClpSolverInterface &solver)
    {
        const int rows = program.rowCount();
        std::vector<int> lengths(static_cast<std::size_t>(rows));
        for (int r = 0; r < rows; ++r)
            lengths[std::size_t(r)] = program.mRowStarts[std::size_t(r) + 1] - program.mRowStarts[std::size_t(r)];
        const CoinPackedMatrix matrix(false, program.columnCount(), rows, CoinBigIndex(program.mElements.size()),
                                      program.mElements.data(), program.mIndices.data(),
                                      program.mRowStarts.data(), lengths.data());
        solver.loadProblem(matrix, program.mColumnLower.data(), program.mColumnUpper.data(),
                           program.mObjective.data(), program.mRowLower.data(), program.mRowUpper.data());
        for (int c = 0; c < program.columnCount(); ++c) {
            if (program.mInteger[std::size_t(c)])
                solver.setInteger(c);
        }
    }
};

namespace {

// CBC's command parser (CbcMain1) keeps global state: one solve at a time in the process.
std::mutex &solverMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Stops the search when the caller asks to; CBC copies the handler into the model it solves.
class StopHandler : public CbcEventHandler
{
public:
    explicit StopHandler(const std::function<bool()> *shouldStop) : mShouldStop(shouldStop) {}
    StopHandler(const StopHandler &) = default;
    CbcEventHandler *clone() const override { return new StopHandler(*this); }

    CbcAction event(CbcEvent whichEvent) override
    {
        if (whichEvent != node && whichEvent != treeStatus && whichEvent != solution
            && whichEvent != heuristicSolution && whichEvent != afterHeuristic && whichEvent != heuristicPass)
            return noAction;
        return (*mShouldStop && (*mShouldStop)()) ? stop : noAction;
    }

private:
    const std::function<bool()> *mShouldStop;
};

int noCallBack(CbcModel *, int)
{
    return 0;
}

} // namespace

MipResult solveMip(const MipProgram &program, const MipOptions &options)
{
    const std::lock_guard<std::mutex> lock(solverMutex());

    OsiClpSolverInterface solver;
    solver.messageHandler()->setLogLevel(0);
    MipSolverAccess::load(program, solver);

    CbcModel model(solver);
    model.setLogLevel(0);
    model.messageHandler()->setLogLevel(0);
    CbcSolverUsefulData data;
    data.noPrinting_ = true;
    data.useSignalHandler_ = false;
    CbcMain0(model, data);
    StopHandler handler(&options.shouldStop);
    model.passInEventHandler(&handler);
    if (!options.start.empty() && int(options.start.size()) == program.columnCount()) {
        // A MIP start names the integer columns' values; CBC completes the others with an LP and
        // keeps the result as its first incumbent when it is feasible.
        std::vector<std::pair<std::string, double>> start;
        for (int c = 0; c < program.columnCount(); ++c) {
            if (solver.isInteger(c))
                start.emplace_back(solver.getColName(c), options.start[std::size_t(c)]);
        }
        model.setMIPStart(start);
    }

    // The program's own strategy (presolve, cuts, heuristics), without output; an exact answer: no
    // relative or absolute gap is allowed.
    std::vector<std::string> arguments{"madoguchi", "-log", "0", "-slog", "0", "-ratio", "0", "-allowableGap",
                                       "1e-7"};
    if (options.timeLimitSeconds > 0.0) {
        arguments.push_back("-seconds");
        arguments.push_back(std::to_string(std::max(0.01, options.timeLimitSeconds)));
    }
    arguments.push_back("-solve");
    arguments.push_back("-quit");
    std::vector<const char *> argv;
    for (const std::string &argument : arguments)
        argv.push_back(argument.c_str());
    CbcMain1(int(argv.size()), argv.data(), model, noCallBack, data);

    MipResult result;
    result.nodes = model.getNodeCount();
    const double *best = model.bestSolution();
    // (CbcMain1 hands back the best solution and the status, not the count of solutions.)
    const bool haveSolution = best != nullptr;
    if (haveSolution) {
        result.values.assign(best, best + program.columnCount());
        result.objective = model.getObjValue() + program.objectiveOffset();
    }
    result.bound = model.getBestPossibleObjValue() + program.objectiveOffset();
    if (model.isProvenInfeasible() && !haveSolution) {
        result.status = MipStatus::Infeasible;
    } else if (!haveSolution) {
        result.status = MipStatus::NoSolution;
    } else if (model.isProvenOptimal()) {
        result.status = MipStatus::Optimal;
        result.bound = result.objective;
    } else {
        result.status = MipStatus::Stopped;
    }
    if (haveSolution && result.bound > result.objective)
        result.bound = result.objective;
    return result;
}

} // namespace madoguchi::app
