// The trained network folded for inference: per weighted layer, its ternary weight matrix in
// im2col form (C_in·k·k rows × C_out columns, the layout placed on crossbar arrays, docs/model.md §5),
// the DAC that quantizes its inputs to integer codes, and one digital per-channel scale and
// offset (ternary scale α, DAC step and batch-norm folded, Fig. 15a), then ReLU and pooling.
// The matrix-vector products go through an MvmFn hook, so an analog array model can replace the
// digital product layer by layer.
#pragma once

#include "nn/dataset.h"
#include "nn/tensor_ops.h"

#include <functional>
#include <string>
#include <vector>

namespace aimc::core::nn {

class Network;

struct MvmLayer {
    enum class Kind { Conv, Fc };
    Kind kind = Kind::Fc;
    ConvGeometry geometry; // Fc: in = {inputs, 1, 1}, kernel 1, one patch per image
    Mat ternary;           // patchSize × outputs; −1, 0, +1 (plus variation in noisy copies)
    float alpha = 1;       // the layer's ternary scale (already inside `scale`)
    ActQuantizer input;    // DAC: input codes 0 .. 2^b − 1
    Vec scale, offset;     // per output: y = scale·(codes · ternary) + offset
    bool relu = false;
    int pool = 0;          // max-pool window after ReLU, 0 for none

    int inputs() const { return geometry.patchSize(); }
    int outputs() const { return static_cast<int>(ternary.cols()); }
    int mvmsPerImage() const { return kind == Kind::Conv ? geometry.patches() : 1; }
    Shape outputShape() const; // after pooling
};

struct TernaryNet {
    Shape input;
    int classes = 0;
    std::vector<MvmLayer> layers;
};

// Folds batch-norm and the scales; throws std::invalid_argument if the layer sequence cannot be
// folded (e.g. a weighted layer without an input quantizer).
TernaryNet foldNetwork(const Network& net);

// The MVM of layer `layer` for a block of input vectors: codes has one vector per row
// (rows × inputs()), sums gets rows × outputs(). Called concurrently from several threads.
using MvmFn = std::function<void(int layer, const Mat& codes, Mat& sums)>;
// The exact digital product codes · ternary.
MvmFn digitalMvm(const TernaryNet& net);

// Adds Gaussian variation σ_w to every entry of w from the stream `key`.
void addWeightNoise(Mat& w, double sigmaW, std::uint64_t key);
// A chip instance of the network with Gaussian weight variation σ_w (LSB) on every ternary weight.
TernaryNet withWeightNoise(const TernaryNet& net, double sigmaW, std::uint64_t chipKey);

struct EvalResult {
    int images = 0;
    int correct = 0;
    double accuracy = 0;
    std::vector<int> predictions;
};

// Images per evaluation chunk (fixed: results do not depend on the thread count).
inline constexpr int kEvalChunkImages = 64;
// Runs logitsOf(chunk, pixel columns) over the first `images` images (all if <= 0) in chunks of
// kEvalChunkImages in parallel and scores the argmax against the labels.
EvalResult evaluateByChunks(const Dataset& data, int images, const std::function<Mat(int, const Mat&)>& logitsOf);

// Evaluates the first `images` images (all if <= 0); mvm defaults to digitalMvm(net).
EvalResult evaluate(const TernaryNet& net, const Dataset& data, int images, const MvmFn& mvm = {});

// Accuracy over chip instances: chip k carries weight variation σ_w drawn from stream
// streamKey(seed, ·, k); with σ_w = 0 every chip is the ideal ternary network.
struct ChipAccuracies {
    int images = 0;
    std::vector<double> accuracies;
};
ChipAccuracies evaluateChips(const TernaryNet& net, const Dataset& data, int images, double sigmaW, int chips,
                             std::uint64_t seed);

} // namespace aimc::core::nn
