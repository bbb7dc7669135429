// aimc accuracy with --preset/--set/--ir: the network run through simulated MRAM arrays
// (issue 6, docs/model.md §5): device variation of the preset's devices, the IR drop of every array,
// DAC and ADC; accuracy as mean ± std over sim.chips chip instances.
#include "analog/network_inputs.h"
#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "nn_cli_common.h"
#include "sweep/metric_reports.h"

namespace aimc::cli {

int runAnalogAccuracy(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2,
                             {"--model", "--dataset", "--images", "--chips", "--ir", "--threads", "--seed"},
                             {"--json"}, args))
        return fail(*err);
    core::Params params;
    if (auto err = paramsFromArgs(args, params))
        return fail(*err);
    const auto model = args.value("--model");
    const auto dataset = args.value("--dataset");
    if (!model || !dataset)
        return fail("accuracy needs --model FILE and --dataset NAME|PATH");
    long long images = params.sim.images, chips = params.sim.chips, seed = params.sim.seed;
    for (auto err : {intOption(args, "--images", 1, 100000000, images), intOption(args, "--chips", 1, 1000, chips),
                     intOption(args, "--seed", 0, 4294967295LL, seed)})
        if (err)
            return fail(*err);
    const auto ir = core::analog::parseIrMode(args.value("--ir").value_or("exact"));
    if (!ir)
        return fail("--ir: expected exact, map or off, got '" + *args.value("--ir") + "'");
    ThreadLimit threads;
    if (auto err = threads.apply(args))
        return fail(*err);
    core::analog::NetworkInputs in;
    if (auto err = core::analog::loadNetworkInputs(*model, *dataset, in))
        return fail(*err);
    core::sweep::AccuracyRequest req;
    req.model = *model;
    req.dataset = *dataset;
    req.ir = *ir;
    req.images = static_cast<int>(images);
    req.chips = static_cast<int>(chips);
    req.seed = seed;
    const auto report = core::sweep::accuracyReport(in, params, req);
    if (report.error)
        return fail(*report.error);
    printResult(report.json, args.has("--json"));
    return 0;
}

} // namespace aimc::cli
