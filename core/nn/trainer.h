// Noise-aware training (Doevenspeck Fig. 12): every forward pass ternarizes the float shadow
// weights and adds Gaussian variation σ_w,train (LSB) before use; straight-through gradient.
#pragma once

#include "nn/network.h"

#include <functional>

namespace aimc::core::nn {

struct TrainRecipe {
    std::string optimizer = "adam"; // or "sgd" (momentum 0.9)
    double learningRate = 2e-3;     // peak; cosine decay to 0 over the run
    int epochs = 15;
    int batch = 128;
    double sigmaTrain = 0.0;        // σ_w,train in LSB
    std::uint64_t seed = 1;
    int trainImages = 0;            // 0: the whole training set
    int shift = 2;                  // random translation augmentation, ± pixels
    bool operator==(const TrainRecipe&) const = default;
};

struct EpochStats {
    int epoch = 0;
    double loss = 0;
    double trainAccuracy = 0;
    double testAccuracy = -1; // -1 when no test set was given
    double seconds = 0;       // training time of the epoch (without the test evaluation)
    double cpuSeconds = 0;    // process CPU time of the same (all threads; the machine is shared)
};

struct TrainCallbacks {
    std::function<void(int epoch, int done, int total, double loss)> batch; // progress
    std::function<void(const EpochStats&)> epoch;
};

// Returns the per-epoch history; throws std::invalid_argument for a bad recipe.
std::vector<EpochStats> train(Network& net, const Dataset& trainSet, const Dataset* testSet,
                              const TrainRecipe& recipe, const TrainCallbacks& callbacks = {});

// Accuracy of the network's own forward pass in inference mode (running batch-norm statistics)
// on the first `images` images (all if <= 0), with `timeSteps` (<= 0: the spec's) for spiking nets.
double evaluateNetwork(Network& net, const Dataset& data, int images, int timeSteps = 0);

// Copies images `indices` of data into columns, each shifted by a random (dx, dy) in ±shift
// pixels (zero fill) drawn from rng key `key` (one stream per batch).
void loadShiftedImages(const Dataset& data, std::span<const int> indices, int shift, std::uint64_t key, Mat& out);

} // namespace aimc::core::nn
