// aimc train: noise-aware training of a ternary CNN (Doevenspeck Fig. 12, docs/model.md §5).
#include "cli_args.h"
#include "commands.h"
#include "nn/model_file.h"
#include "nn_cli_common.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>

namespace aimc::cli {

int runTrain(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2,
                             {"--dataset", "--arch", "--sigma-train", "--epochs", "--seed", "--out", "--lr", "--batch",
                              "--optimizer", "--train-images", "--shift", "--threads", "--act-bits", "--init", "--time-steps",
                              "--surrogate", "--surrogate-width"},
                             {"--quiet", "--checkpoint"}, args))
        return fail(*err);
    const auto dataset = args.value("--dataset");
    const auto out = args.value("--out");
    if (!dataset || !out)
        return fail("train needs --dataset NAME|PATH and --out FILE");
    core::nn::TrainRecipe recipe;
    core::nn::ArchSpec arch;
    long long epochs = recipe.epochs, seed = 1, batch = recipe.batch, trainImages = 0, shift = recipe.shift, bits = 4,
              steps = arch.snn.timeSteps;
    double sigma = 0, lr = recipe.learningRate, sgWidth = arch.snn.surrogateWidth;
    for (auto err : {intOption(args, "--epochs", 1, 1000, epochs), intOption(args, "--seed", 0, 4294967295LL, seed),
                     intOption(args, "--batch", 1, 65536, batch), intOption(args, "--train-images", 0, 100000000, trainImages),
                     intOption(args, "--shift", 0, 8, shift), intOption(args, "--act-bits", 1, 12, bits),
                     intOption(args, "--time-steps", 1, 64, steps), realOption(args, "--surrogate-width", 1e-3, 100, sgWidth),
                     realOption(args, "--sigma-train", 0, 10, sigma), realOption(args, "--lr", 1e-7, 10, lr)})
        if (err)
            return fail(*err);
    recipe.epochs = int(epochs);
    recipe.seed = std::uint64_t(seed);
    recipe.batch = int(batch);
    recipe.trainImages = int(trainImages);
    recipe.shift = int(shift);
    recipe.sigmaTrain = sigma;
    recipe.learningRate = lr;
    recipe.optimizer = args.value("--optimizer").value_or("adam");
    ThreadLimit threads;
    if (auto err = threads.apply(args))
        return fail(*err);

    auto data = core::nn::loadDataset(*dataset);
    if (!data.data)
        return fail(data.error);
    arch.name = args.value("--arch").value_or("lenet5");
    if (!core::nn::archWidths(arch.name, arch.widths))
        return fail("--arch: unknown architecture '" + arch.name + "' (known: lenet5, lenet5-classic, bsnn)");
    arch.snn.timeSteps = int(steps);
    arch.snn.surrogateWidth = float(sgWidth);
    arch.snn.surrogate = args.value("--surrogate").value_or(arch.snn.surrogate);
    if (!core::nn::knownSurrogate(arch.snn.surrogate))
        return fail("--surrogate: unknown window '" + arch.snn.surrogate + "' (rect, triangle or sigmoid)");
    const auto& tr = data.data->train;
    arch.input = {tr.channels, tr.height, tr.width};
    arch.classes = tr.classes;
    arch.actBits = int(bits);
    std::optional<core::nn::Network> built;
    try {
        built.emplace(arch, recipe.seed);
    } catch (const std::invalid_argument& e) {
        return fail(std::string("--arch ") + arch.name + ": " + e.what());
    }
    core::nn::Network& net = *built;
    // --init: start from a trained model (noise-aware fine-tuning of a σ = 0 network).
    const auto init = args.value("--init");
    if (init) {
        auto m = core::nn::loadModel(*init);
        if (!m.model)
            return fail("--init " + m.error);
        if (!(m.model->info.arch == net.spec()))
            return fail("--init " + *init + ": architecture differs from --arch " + arch.name + " on this data set");
        auto dst = net.tensors();
        const auto src = m.model->net->tensors();
        for (std::size_t i = 0; i < dst.size(); ++i)
            std::copy_n(src[i].value, src[i].size, dst[i].value);
    }

    const bool quiet = args.has("--quiet"), checkpoint = args.has("--checkpoint");
    core::nn::TrainCallbacks cb;
    cb.batch = [&](int epoch, int done, int total, double loss) {
        if (quiet || (done % 8 != 0 && done != total))
            return;
        const int width = 30, fill = done * width / total;
        std::fprintf(stderr, "\repoch %d/%d [%s%s] %d/%d loss %.4f", epoch, recipe.epochs, std::string(fill, '#').c_str(),
                     std::string(width - fill, ' ').c_str(), done, total, loss);
    };
    core::nn::ModelInfo info;
    info.arch = net.spec();
    info.recipe = recipe;
    info.dataset = *dataset;
    info.init = init.value_or("");
    info.command = "aimc";
    for (int i = 1; i < argc; ++i)
        info.command.append(" ").append(argv[i]);
    std::optional<std::string> checkpointError;
    cb.epoch = [&](const core::nn::EpochStats& s) {
        // --checkpoint: the model after every epoch (atomic), so a long run can be used early.
        info.history.push_back(s);
        if (checkpoint && s.epoch < recipe.epochs && !checkpointError)
            checkpointError = core::nn::saveModel(*out, net, info);
        if (!quiet)
            std::fprintf(stderr, "\r%80s\r", "");
        std::printf("epoch %d/%d  loss %.4f  train %.2f %%  test %.2f %%  %.2f s (cpu %.2f s)\n", s.epoch, recipe.epochs,
                    s.loss, 100 * s.trainAccuracy, 100 * s.testAccuracy, s.seconds, s.cpuSeconds);
        std::fflush(stdout);
    };
    info.history = core::nn::train(net, tr, &data.data->test, recipe, cb);
    if (checkpointError)
        return fail(*checkpointError);
    if (auto err = core::nn::saveModel(*out, net, info))
        return fail(*err);
    std::printf("saved %s\n", out->c_str());
    return 0;
}

} // namespace aimc::cli
