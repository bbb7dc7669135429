// aimc accuracy with --preset/--set/--ir: the network run through simulated MRAM arrays
// (issue 6, docs/model.md §5): device variation of the preset's devices, the IR drop of every array,
// DAC and ADC; accuracy as mean ± std over sim.chips chip instances. Binary spiking models run on
// binary STT-MRAM subarrays with sense amplifiers instead (docs/model.md §10.5), over --time-steps.
#include "analog/network_inputs.h"
#include "array/crossbar_circuit.h"
#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "nn_cli_common.h"
#include "sweep/metric_reports.h"

namespace aimc::cli {

int runAnalogAccuracy(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2,
                             {"--model", "--dataset", "--images", "--chips", "--ir", "--threads", "--seed", "--time-steps"},
                             {"--json"}, args))
        return fail(*err);
    core::Params params;
    if (auto err = paramsFromArgs(args, params))
        return fail(*err);
    if (auto err = core::array::checkArrayParams(params.array)) // before loading anything
        return fail(*err);
    const auto model = args.value("--model");
    const auto dataset = args.value("--dataset");
    if (!model || !dataset)
        return fail("accuracy needs --model FILE and --dataset NAME|PATH");
    ArrayRunOptions run;
    long long seed = params.sim.seed, timeSteps = 0;
    if (auto err = parseArrayRunOptions(args, params, run))
        return fail(*err);
    for (auto err : {intOption(args, "--seed", 0, 4294967295LL, seed), intOption(args, "--time-steps", 1, 64, timeSteps)})
        if (err)
            return fail(*err);
    ThreadLimit threads;
    if (auto err = threads.apply(args))
        return fail(*err);
    core::analog::NetworkInputs in;
    if (auto err = core::analog::loadNetworkInputs(*model, *dataset, in, true))
        return fail(*err);
    if (!in.isSpiking() && timeSteps > 0)
        return fail("--time-steps: " + *model + " is not a spiking network");
    core::sweep::AccuracyRequest req;
    req.model = *model;
    req.dataset = *dataset;
    req.ir = run.ir;
    req.images = static_cast<int>(run.images);
    req.chips = static_cast<int>(run.chips);
    req.seed = seed;
    req.timeSteps = static_cast<int>(timeSteps);
    const auto report = core::sweep::accuracyReport(in, params, req);
    if (report.error)
        return fail(*report.error);
    printResult(report.json, args.has("--json"));
    return 0;
}

} // namespace aimc::cli
