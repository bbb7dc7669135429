// aimc energy: the MVM energy breakdown, throughput, area and feasibility (docs/model.md §4);
// with --spiking, one sensing phase of a binary spiking subarray instead (docs/model.md §10.5).
#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "sweep/metric_reports.h"

namespace aimc::cli {

int runEnergy(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {}, {"--json", "--spiking"}, args))
        return fail(*err);
    if (!args.positional.empty())
        return fail("energy: unexpected argument '" + args.positional.front() + "'");
    core::Params params;
    if (auto err = paramsFromArgs(args, params))
        return fail(*err);
    const auto j = args.has("--spiking") ? core::sweep::spikingEnergyReport(params).json
                                         : core::sweep::energyReport(params).json;
    printResult(j, args.has("--json"));
    return 0;
}

} // namespace aimc::cli
