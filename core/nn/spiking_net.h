// The trained binary spiking network folded for inference (docs/model.md §10). Per weighted
// layer: its ±1 weight matrix in im2col form (C_in·k·k rows × C_out columns, one 1×rows subarray
// column pair per output on the arrays) and, per output neuron, the batch-norm folded into a
// sign-aware dynamic threshold on the integer count x = Σ w·s of one sensing phase:
//   u' ← u' + x + leak + skipGain·r,  spike when sign·(u' − threshold) ≥ 0,  u' ← u' − threshold·spike
// with a = γ/√(σ²+ε), b = β − a·μ: threshold = θ/a, leak = b/a, skipGain = 1/a, sign = sign(a);
// this equals IF(a·x + b + r) with threshold θ (r the residual input spike). The last layer is
// not spiking: its logits are a·mean_t(x) + b. The products go through the MvmFn hook.
#pragma once

#include "nn/dataset.h"
#include "nn/ternary_net.h"

namespace aimc::core::nn {

struct SpikingLayer {
    MvmLayer::Kind kind = MvmLayer::Kind::Fc;
    ConvGeometry geometry; // Fc: in = {inputs, 1, 1}, kernel 1
    Mat weights;           // patchSize × outputs, ±1 (plus variation in noisy copies)
    bool spiking = true;   // false for the output layer
    bool residual = false; // adds the layer's own input spikes (identity shortcut)
    Vec threshold, leak, skipGain, sign; // per output channel (dynamic threshold)
    Vec scale, offset;     // output layer: logits = scale·x + offset
    int pool = 0;          // max-pool (OR of spikes) window after the neuron, 0 for none

    int inputs() const { return geometry.patchSize(); }
    int outputs() const { return static_cast<int>(weights.cols()); }
    Shape neuronShape() const { return kind == MvmLayer::Kind::Conv ? geometry.out() : Shape{outputs(), 1, 1}; }
    Shape outputShape() const { return pool > 0 ? pooledShape(neuronShape(), pool) : neuronShape(); }
};

struct SpikingNet {
    Shape input;
    int classes = 0;
    int timeSteps = 1; // trained with
    std::vector<SpikingLayer> layers;
};

// Throws std::invalid_argument naming the layer if the list does not have the folded form
// encode → {bconv|bfc → batchnorm → [add from the layer's input] → if → [maxpool]}… → bfc → batchnorm → tmean.
SpikingNet foldSpiking(const Network& net);

// The MVMs of a spiking net: layer l's weights (the same hook as the ternary engine's).
MvmFn digitalMvm(const SpikingNet& net);

// Spike counts of one image (for the firing-rate plot): per layer, spikes summed over neurons
// and time steps, and the neuron count.
struct FiringRates {
    std::vector<double> spikes; // per spiking layer
    std::vector<int> neurons;
    int timeSteps = 0;
};

// Evaluates the first `images` images (all if <= 0) over timeSteps (<= 0: net.timeSteps).
// `rates`, if given, receives the firing counts summed over the evaluated images.
EvalResult evaluate(const SpikingNet& net, const Dataset& data, int images, int timeSteps, const MvmFn& mvm = {},
                    FiringRates* rates = nullptr);

// Logits (classes × images, the mean over the T time steps) for pixel columns in [0, 1].
Mat spikingLogits(const SpikingNet& net, const Mat& pixels, int timeSteps, const MvmFn& mvm = {});

// A chip instance with Gaussian variation σ_w (in units of one weight) on every binary weight.
SpikingNet withWeightNoise(const SpikingNet& net, double sigmaW, std::uint64_t chipKey);

// Accuracy over chip instances (as for the ternary networks): chip k carries weight variation σ_w
// (in units of one ±1 weight) from stream streamKey(seed, ·, k); σ_w = 0 evaluates once.
ChipAccuracies evaluateChips(const SpikingNet& net, const Dataset& data, int images, int timeSteps, double sigmaW,
                             int chips, std::uint64_t seed);

} // namespace aimc::core::nn
