// aimc accuracy with --preset/--set/--ir: the network run through simulated MRAM arrays
// (issue 6, docs/model.md §5): device variation of the preset's devices, the IR drop of every array,
// DAC and ADC; accuracy as mean ± std over sim.chips chip instances.
#include "analog/analog_inference.h"
#include "analog/network_inputs.h"
#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "device/device_monte_carlo.h"
#include "nn_cli_common.h"


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
    core::analog::AccuracyOptions o;
    o.ir = *ir;
    o.images = static_cast<int>(images);
    o.chips = static_cast<int>(chips);
    o.seed = static_cast<std::uint64_t>(seed);
    std::optional<core::analog::AccuracyResult> r;
    try {
        r = core::analog::chipAccuracy(in.net, in.data, params, o);
    } catch (const std::invalid_argument& e) {
        return fail(e.what());
    }
    if (!r->converged)
        return fail("the IR-drop solve did not converge: " + r->message);
    const auto sigmas = core::analyticWeightSigmas(core::onOffMoments(params.device));
    nlohmann::ordered_json j;
    j["model"] = *model;
    j["dataset"] = *dataset;
    j["ir_mode"] = core::analog::toString(r->ir);
    j["images"] = r->images;
    j["chips"] = chips;
    j["accuracy_mean"] = r->mean;
    j["accuracy_std"] = r->std;
    j["accuracies"] = r->chipAccuracies;
    j["ideal_accuracy"] = r->ideal;
    j["ideal_accuracy_no_adc"] = r->idealNoAdc;
    j["g_p_mean_s"] = core::onOffMoments(params.device).gpMean;
    j["sigma_w_plus1"] = sigmas.plus1;
    j["sigma_w_zero"] = sigmas.zero;
    j["array_rows"] = params.array.rows;
    j["array_cols"] = params.array.cols;
    j["dac_bits"] = params.periphery.dac_bits;
    j["adc_bits"] = params.periphery.adc_bits;
    j["crossbar_solves"] = r->solves;
    j["max_solver_iterations"] = r->maxIterations;
    j["seconds"] = r->seconds;
    printResult(j, args.has("--json"));
    return 0;
}

} // namespace aimc::cli
