#include "sweep_runner.h"

#include <atomic>
#include <mutex>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

namespace aimc::core::sweep {

std::vector<long long> pendingPoints(long long points, Shard shard, const std::set<long long>& done) {
    std::vector<long long> todo;
    for (long long i = 0; i < points; ++i)
        if (shard.owns(i) && !done.count(i))
            todo.push_back(i);
    return todo;
}

std::optional<std::string> runPoints(const SweepContext& ctx, const std::vector<long long>& todo,
                                     ResultsWriter& writer, const RunOptions& options) {
    std::stop_source failed;
    std::stop_callback forward(options.stop, [&] { failed.request_stop(); });
    std::mutex mutex;
    std::optional<std::string> error;
    long long finished = 0;
    const int threads = options.threads > 0 ? options.threads : tbb::this_task_arena::max_concurrency();
    tbb::task_arena arena(threads);
    arena.execute([&] {
        tbb::parallel_for(
            tbb::blocked_range<std::size_t>(0, todo.size(), 1),
            [&](const tbb::blocked_range<std::size_t>& r) {
                for (auto i = r.begin(); i != r.end() && !failed.stop_requested(); ++i) {
                    const auto row = ctx.computeRow(todo[i], failed.get_token());
                    if (!row)
                        return;
                    std::lock_guard lock(mutex);
                    if (auto err = writer.append(*row)) {
                        error = err;
                        failed.request_stop();
                        return;
                    }
                    ++finished;
                    if (options.onRow)
                        options.onRow(finished, *row);
                }
            },
            tbb::simple_partitioner());
    });
    return error;
}

} // namespace aimc::core::sweep
