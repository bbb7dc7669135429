// aimc sweep under mpirun/srun: rank 0 hands out point indices on request (dynamic load balancing),
// writes every row and computes points itself on a second thread; the other ranks compute. Rows are
// the same as on one process because each point depends on its own parameters alone.
#include "cli_args.h"
#include "sweep/sweep_runner.h"
#include "sweep_cli.h"
#include "sweep_progress.h"

#include <atomic>
#include <chrono>
#include <mpi.h>
#include <mutex>
#include <tbb/global_control.h>
#include <thread>

namespace aimc::cli {

using namespace core::sweep;

namespace {
constexpr int kTagRow = 1;  // worker → 0: the finished row (empty on the first request)
constexpr int kTagWork = 2; // 0 → worker: the next point index, -1 to stop

// A worker: request, compute, send the row back with the next request.
void serveWorker(const SweepContext& ctx) {
    std::string row;
    for (;;) {
        MPI_Send(row.data(), static_cast<int>(row.size()), MPI_CHAR, 0, kTagRow, MPI_COMM_WORLD);
        long long point = -1;
        MPI_Recv(&point, 1, MPI_LONG_LONG, 0, kTagWork, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        if (point < 0)
            return;
        row = *ctx.computeRow(point);
    }
}

// Rank 0: serves the workers from the main thread (MPI_THREAD_FUNNELED) while a second thread
// computes points of the same queue.
std::optional<std::string> serveMaster(const SweepContext& ctx, const std::vector<long long>& todo,
                                       ResultsWriter& writer, int ranks, SweepProgress& progress, long long& rows) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::mutex mutex;
    std::optional<std::string> error;
    const auto take = [&]() -> long long {
        const auto i = next++;
        return i < todo.size() && !failed ? todo[i] : -1;
    };
    const auto store = [&](const std::string& row) {
        std::lock_guard lock(mutex);
        if (auto err = writer.append(row)) {
            error = err;
            failed = true;
        }
        progress.update(++rows);
    };
    std::thread local([&] {
        for (long long p; (p = take()) >= 0;)
            store(*ctx.computeRow(p));
    });
    int running = ranks - 1;
    std::string buffer;
    while (running > 0) {
        int ready = 0;
        MPI_Status st;
        MPI_Iprobe(MPI_ANY_SOURCE, kTagRow, MPI_COMM_WORLD, &ready, &st);
        if (!ready) { // a blocking probe would spin a core that the points need
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
            continue;
        }
        int size = 0;
        MPI_Get_count(&st, MPI_CHAR, &size);
        buffer.resize(static_cast<std::size_t>(size));
        MPI_Recv(buffer.data(), size, MPI_CHAR, st.MPI_SOURCE, kTagRow, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        if (!buffer.empty())
            store(buffer);
        long long p = take();
        MPI_Send(&p, 1, MPI_LONG_LONG, st.MPI_SOURCE, kTagWork, MPI_COMM_WORLD);
        running -= p < 0;
    }
    local.join();
    return error;
}
} // namespace

int runSweepMpi(const SweepArgs& a) {
    int provided = 0;
    MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided);
    int rank = 0, ranks = 1;
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    MPI_Comm_size(MPI_COMM_WORLD, &ranks);
    // One oneTBB thread per rank unless told otherwise: the ranks already fill the cores.
    tbb::global_control threads(tbb::global_control::max_allowed_parallelism,
                                static_cast<std::size_t>(a.threads > 0 ? a.threads : 1));
    std::unique_ptr<SweepContext> ctx;
    auto err = loadSweepContext(a, ctx); // the same on every rank: each reads the spec itself
    ResultsWriter writer;
    std::vector<long long> todo;
    long long already = 0;
    if (!err && rank == 0)
        err = openSweepResults(a, *ctx, writer, todo, already);
    int ok = err ? 0 : 1;
    MPI_Allreduce(MPI_IN_PLACE, &ok, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
    int code = 0;
    if (!ok) {
        if (rank == 0)
            code = fail(err ? *err : std::string("another rank could not load the sweep"));
        else
            code = 2;
    } else if (rank == 0) {
        SweepProgress progress(static_cast<long long>(todo.size()), already);
        long long rows = 0;
        err = serveMaster(*ctx, todo, writer, ranks, progress, rows);
        progress.finish();
        code = err ? fail(*err) : 0;
        if (!err)
            printSweepSummary(a, rows, 0);
    } else {
        serveWorker(*ctx);
    }
    MPI_Finalize();
    return code;
}

} // namespace aimc::cli
