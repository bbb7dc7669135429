// Runs the points of a sweep on this process: `threads` points at a time on oneTBB (each point's
// own loops share the pool), every finished row appended to the results file at once.
#pragma once

#include "sweep/results_file.h"
#include "sweep/sweep_row.h"

#include <functional>
#include <optional>
#include <set>
#include <stop_token>
#include <string>
#include <vector>

namespace aimc::core::sweep {

// The points of `shard` not yet in `done`, in index order.
std::vector<long long> pendingPoints(long long points, Shard shard, const std::set<long long>& done);

struct RunOptions {
    int threads = 0; // 0: every core
    std::stop_token stop;
    // After each row (from a worker thread, serialised): rows finished so far in this run and the row.
    std::function<void(long long finished, const std::string& row)> onRow;
};

// Returns the first write error, or nothing (also when stopped: the rows so far are on disk).
std::optional<std::string> runPoints(const SweepContext& ctx, const std::vector<long long>& todo,
                                     ResultsWriter& writer, const RunOptions& options);

} // namespace aimc::core::sweep
