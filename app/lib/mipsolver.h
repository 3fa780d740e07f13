#pragma once

#include <functional>
#include <vector>

namespace madoguchi::app {

// A mixed-integer linear program in the form the solver takes: minimise objective · x + offset subject
// to rowLower ≤ A x ≤ rowUpper and columnLower ≤ x ≤ columnUpper, some columns integer. Built row by
// row; A is kept by rows.
class MipProgram
{
public:
    int addColumn(double lower, double upper, double objective, bool integer);
    // Adds lower ≤ Σ coefficients[i] · x[columns[i]] ≤ upper; a column may appear only once per row.
    int addRow(const std::vector<int> &columns, const std::vector<double> &coefficients, double lower,
               double upper);
    void addObjective(int column, double coefficient) { mObjective[std::size_t(column)] += coefficient; }
    void setObjectiveOffset(double offset) { mOffset = offset; }
    // Replaces the objective (one coefficient per column; missing ones are 0) and its offset.
    void setObjective(std::vector<double> objective, double offset);

    int columnCount() const { return int(mObjective.size()); }
    int rowCount() const { return int(mRowLower.size()); }
    std::size_t nonZeroCount() const { return mElements.size(); }
    double objectiveOffset() const { return mOffset; }
    const std::vector<double> &objective() const { return mObjective; }

private:
    friend struct MipSolverAccess;
    std::vector<double> mColumnLower, mColumnUpper, mObjective;
    std::vector<bool> mInteger;
    std::vector<double> mRowLower, mRowUpper;
    std::vector<int> mRowStarts{0};
    std::vector<int> mIndices;
    std::vector<double> mElements;
    double mOffset = 0.0;
};

enum class MipStatus {
    Optimal,    // proven optimal
    Stopped,    // stopped (time limit or cancel) with a solution that is not proven optimal
    Infeasible, // proven to have no solution
    NoSolution, // stopped before any solution was found
};

struct MipOptions
{
    // Seconds the solver may take; 0 = no limit.
    double timeLimitSeconds = 0.0;
    // Asked now and then during the search; true stops it (with the best solution found so far).
    std::function<bool()> shouldStop;
    // A feasible solution to start from (one value per column), or empty.
    std::vector<double> start;
};

struct MipResult
{
    MipStatus status = MipStatus::NoSolution;
    double objective = 0.0; // of the solution, with the offset
    double bound = 0.0;     // the best proven lower bound, with the offset
    std::vector<double> values;
    int nodes = 0;
};

// Solves the program with COIN-OR CBC's branch-and-cut (presolve, cutting planes and heuristics, as
// the cbc program runs them), silently. Runs in one thread at a time per process (CBC's command
// parser keeps global state); a second call waits.
MipResult solveMip(const MipProgram &program, const MipOptions &options = {});

} // namespace madoguchi::app
