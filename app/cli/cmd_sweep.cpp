// aimc sweep SPEC.json --out R.csv [--resume] [--shard K/N] [--threads T] [--force], and
// aimc sweep-merge --out R.csv SHARD.csv...: design-space sweeps (issue 12, README "Sweeps").
#include "cli_args.h"
#include "commands.h"
#include "sweep/sweep_runner.h"
#include "sweep_cli.h"
#include "sweep_progress.h"

#include <cstdlib>
#include <iostream>

namespace aimc::cli {

using namespace core::sweep;

bool launchedByMpi() {
    for (const char* v : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK"})
        if (std::getenv(v))
            return true;
    return false;
}

std::optional<std::string> loadSweepContext(const SweepArgs& a, std::unique_ptr<SweepContext>& ctx) {
    auto loaded = loadSweepSpec(a.spec);
    if (!loaded.spec)
        return loaded.error;
    if (auto err = checkPointLimit(*loaded.spec, a.force))
        return err;
    ctx = std::make_unique<SweepContext>(std::move(*loaded.spec));
    return ctx->prepare();
}

std::optional<std::string> openSweepResults(const SweepArgs& a, const SweepContext& ctx, ResultsWriter& writer,
                                            std::vector<long long>& todo, long long& alreadyDone) {
    std::set<long long> done;
    if (auto err = writer.open(a.out, resultsComment(ctx.spec().hash, ctx.points(), a.shard), ctx.headerLine(),
                               a.resume, done))
        return err;
    todo = pendingPoints(ctx.points(), a.shard, done);
    alreadyDone = static_cast<long long>(done.size());
    return std::nullopt;
}

void printSweepSummary(const SweepArgs& a, long long rows, long long errors) {
    std::cerr << "aimc sweep: " << rows << " rows written to " << a.out;
    if (errors)
        std::cerr << " (" << errors << " with an error status)";
    std::cerr << "\n";
}

namespace {
std::optional<std::string> parseSweepArgs(int argc, char** argv, SweepArgs& a) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {"--out", "--shard", "--threads"}, {"--resume", "--force"}, args))
        return err;
    if (args.positional.size() != 1)
        return std::string("sweep needs one SPEC.json (aimc sweep SPEC.json --out RESULTS.csv)");
    a.spec = args.positional.front();
    const auto out = args.value("--out");
    if (!out)
        return std::string("sweep needs --out RESULTS.csv");
    a.out = *out;
    a.resume = args.has("--resume");
    a.force = args.has("--force");
    if (auto shard = args.value("--shard"))
        if (auto err = parseShard(*shard, a.shard))
            return err;
    long long threads = 0;
    if (auto err = intOption(args, "--threads", 1, 256, threads))
        return err;
    a.threads = static_cast<int>(threads);
    return std::nullopt;
}

bool isError(const std::string& row) { return row.find(",error: ") != std::string::npos; }
} // namespace

int runSweep(int argc, char** argv) {
    SweepArgs a;
    if (auto err = parseSweepArgs(argc, argv, a))
        return fail(*err);
    if (launchedByMpi())
        return runSweepMpi(a);
    std::unique_ptr<SweepContext> ctx;
    if (auto err = loadSweepContext(a, ctx))
        return fail(*err);
    ResultsWriter writer;
    std::vector<long long> todo;
    long long already = 0;
    if (auto err = openSweepResults(a, *ctx, writer, todo, already))
        return fail(*err);
    SweepProgress progress(static_cast<long long>(todo.size()), already);
    long long errors = 0, rows = 0;
    RunOptions o;
    o.threads = a.threads;
    o.onRow = [&](long long finished, const std::string& row) {
        rows = finished;
        errors += isError(row);
        progress.update(finished);
    };
    const auto err = runPoints(*ctx, todo, writer, o);
    progress.finish();
    if (err)
        return fail(*err);
    printSweepSummary(a, rows, errors);
    return 0;
}

int runSweepMerge(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {"--out"}, {}, args))
        return fail(*err);
    const auto out = args.value("--out");
    if (!out || args.positional.empty())
        return fail("sweep-merge needs --out RESULTS.csv and the shard files");
    std::vector<std::filesystem::path> inputs(args.positional.begin(), args.positional.end());
    long long missing = 0;
    if (auto err = mergeResults(inputs, *out, missing))
        return fail(*err);
    std::cerr << "aimc sweep-merge: " << inputs.size() << " files merged into " << *out;
    if (missing)
        std::cerr << "; " << missing << " points are in none of them (run those shards with --resume)";
    std::cerr << "\n";
    return 0;
}

#ifndef AIMC_HAVE_MPI
int runSweepMpi(const SweepArgs&) {
    // Every rank would compute every point and race for the file: refuse instead.
    return fail("this aimc was built without MPI; run the points with --shard K/N instead, or rebuild with libopenmpi-dev");
}
#endif

} // namespace aimc::cli
