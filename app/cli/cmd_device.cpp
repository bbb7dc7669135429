#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "sweep/metric_reports.h"

namespace aimc::cli {

int runDevice(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {}, {"--json"}, args))
        return fail(*err);
    core::Params params;
    if (auto err = paramsFromArgs(args, params))
        return fail(*err);
    const auto j = core::sweep::deviceReport(params).json;
    printResult(j, args.has("--json"));
    return 0;
}

} // namespace aimc::cli
