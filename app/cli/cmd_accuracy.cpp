// aimc accuracy: test-set accuracy of a trained ternary network, digital, optionally with
// Gaussian weight variation σ_w per LSB over several chip instances (Doevenspeck Figs. 13b/14b).
// Structured as request → inputs → evaluation → report so further evaluators (the analog array
// path with --preset/--set/--ir) can slot in beside the digital one.
#include "analog/network_inputs.h"
#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "nn/model_file.h"
#include "nn/ternary_net.h"
#include "nn_cli_common.h"
#include "util/stats.h"

#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>

namespace aimc::cli {
namespace {

struct AccuracyRequest {
    std::string model;
    std::string dataset;
    long long images = 0; // 0: the whole test set
    double sigmaW = 0;
    long long chips = 1;
    bool chipsGiven = false;
    long long seed = 1;
    long long timeSteps = 0; // spiking models: 0 = the trained number
};

std::optional<std::string> parseRequest(const CliArgs& args, AccuracyRequest& r) {
    const auto model = args.value("--model");
    const auto dataset = args.value("--dataset");
    if (!model || !dataset)
        return "accuracy needs --model FILE and --dataset NAME|PATH";
    r.model = *model;
    r.dataset = *dataset;
    r.chipsGiven = args.value("--chips").has_value();
    for (auto err : {intOption(args, "--images", 1, 100000000, r.images), intOption(args, "--chips", 1, 10000, r.chips),
                     intOption(args, "--seed", 0, 4294967295LL, r.seed), intOption(args, "--time-steps", 1, 64, r.timeSteps),
                     realOption(args, "--sigma-w", 0, 10, r.sigmaW)})
        if (err)
            return err;
    return std::nullopt;
}

} // namespace

int runAccuracy(int argc, char** argv) {
    for (int i = 2; i < argc; ++i) // the array path: cmd_accuracy_analog.cpp
        if (std::string_view a(argv[i]); a.starts_with("--preset") || a.starts_with("--set") || a.starts_with("--ir"))
            return runAnalogAccuracy(argc, argv);
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {"--model", "--dataset", "--images", "--sigma-w", "--chips", "--seed", "--threads",
                              "--time-steps"},
                             {"--json"}, args))
        return fail(*err);
    AccuracyRequest req;
    if (auto err = parseRequest(args, req))
        return fail(*err);
    ThreadLimit threads;
    if (auto err = threads.apply(args))
        return fail(*err);
    core::analog::NetworkInputs in; // shared with the array path and the Network page
    if (auto err = core::analog::loadNetworkInputs(req.model, req.dataset, in, true))
        return fail(*err);
    if (!in.isSpiking() && req.timeSteps > 0)
        return fail("--time-steps: " + req.model + " is not a spiking network");
    const int steps = in.isSpiking() ? int(req.timeSteps > 0 ? req.timeSteps : in.spiking.timeSteps) : 0;

    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    const auto chips = in.isSpiking() ? core::nn::evaluateChips(in.spiking, in.data.test, int(req.images), steps,
                                                                req.sigmaW, int(req.chips), std::uint64_t(req.seed))
                                      : core::nn::evaluateChips(in.net, in.data.test, int(req.images), req.sigmaW,
                                                                int(req.chips), std::uint64_t(req.seed));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const auto stats = core::moments(chips.accuracies);

    nlohmann::ordered_json j;
    j["model"] = req.model;
    j["dataset"] = req.dataset;
    j["trained_on"] = in.model.info.dataset;
    j["images"] = chips.images;
    j["sigma_w"] = req.sigmaW;
    if (in.isSpiking())
        j["time_steps"] = steps;
    j["accuracy"] = stats.mean;
    if (req.chipsGiven) {
        j["chips"] = req.chips;
        j["accuracy_mean"] = stats.mean;
        j["accuracy_std"] = stats.sigma;
        j["accuracies"] = chips.accuracies;
    }
    j["seconds"] = seconds;
    j["cpu_seconds"] = double(std::clock() - c0) / CLOCKS_PER_SEC; // all threads; the machine is shared
    printResult(j, args.has("--json"));
    return 0;
}

} // namespace aimc::cli
