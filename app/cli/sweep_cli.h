// Shared by `aimc sweep` on one process (cmd_sweep.cpp) and on MPI ranks (sweep_mpi.cpp).
#pragma once

#include "sweep/results_file.h"
#include "sweep/sweep_row.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aimc::cli {

struct SweepArgs {
    std::string spec, out;
    bool resume = false, force = false;
    core::sweep::Shard shard;
    int threads = 0; // 0: every core on one process, 1 per rank under MPI
};

// The spec loaded, validated (point limit included) and its shared inputs loaded.
std::optional<std::string> loadSweepContext(const SweepArgs& a, std::unique_ptr<core::sweep::SweepContext>& ctx);
// Opens (or resumes) the results file and lists the points still to compute.
std::optional<std::string> openSweepResults(const SweepArgs& a, const core::sweep::SweepContext& ctx,
                                            core::sweep::ResultsWriter& writer, std::vector<long long>& todo,
                                            long long& alreadyDone);
// "aimc sweep: N rows ..." on stderr.
void printSweepSummary(const SweepArgs& a, long long rows, long long errors);

// True when this process was started by mpirun/srun with an MPI launcher's environment.
bool launchedByMpi();
// The MPI run (sweep_mpi.cpp); only in builds with MPI.
int runSweepMpi(const SweepArgs& a);

} // namespace aimc::cli
