// Architectures as data (docs/model.md §10): a network is a list of layers with their
// attributes; a residual "add" layer names the earlier layer whose output it adds, which makes
// the list a graph. The named architectures (lenet5, lenet5-classic, bsnn) only generate such a
// list; the model file stores the list itself with every layer's shapes.
#pragma once

#include "nn/tensor_ops.h"

#include <cstdint>
#include <string>
#include <vector>

namespace aimc::core::nn {

// What a layer list may ask for (a model file is untrusted): kernel and padding, and the weights
// and the activations of any one layer. Checked by Network's constructor before each layer is
// allocated and, from the header alone, by the model-file reader.
inline constexpr int kMaxLayerKernel = 64;
inline constexpr int kMaxLayerPad = 64;
inline constexpr std::uint64_t kMaxLayerElements = std::uint64_t(1) << 26;

// One layer of the list. Kinds: encode (binary input spikes repeated over the time steps),
// actquant, conv, fc (ternary weights), bconv, bfc (binary ±1 weights), batchnorm, relu, maxpool,
// if (integrate-and-fire), add (residual), tmean (mean over the time steps).
struct LayerSpec {
    std::string kind;
    int outputs = 0;      // conv/bconv channels, fc/bfc outputs
    int kernel = 0;       // conv/bconv
    int pad = 0;          // conv/bconv
    int window = 0;       // maxpool
    int bits = 0;         // actquant
    float maxValue = 0;   // actquant clip
    bool bias = false;    // fc/bfc
    int from = -1;        // add: index of the layer whose output is added to the input
    bool operator==(const LayerSpec&) const = default;
};

// Options of the spiking layers (docs/model.md §10): the number of time steps, the spike
// threshold θ and the surrogate gradient used for the Heaviside spike in training.
struct SnnSpec {
    int timeSteps = 4;
    float threshold = 1.0f;
    std::string surrogate = "rect"; // rect, triangle or sigmoid (fast sigmoid)
    float surrogateWidth = 1.0f;     // window width w in units of the membrane potential
    bool operator==(const SnnSpec&) const = default;
};

struct ArchSpec {
    std::string name = "lenet5";
    Shape input{1, 28, 28};
    int classes = 10;
    // lenet5: conv1 channels, conv2 channels, fc1, fc2 (the classic LeNet-5: 6, 16, 120, 84);
    // bsnn: conv channels, hidden fc outputs.
    std::vector<int> widths{6, 16, 120, 84};
    int actBits = 4;      // DAC resolution of every layer input (b_in)
    float actMax = 2.0f;  // clip of the hidden activations (after batch-norm and ReLU)
    SnnSpec snn;          // used by spiking layers only
    std::vector<LayerSpec> layers; // empty: generated from name and widths
    bool operator==(const ArchSpec&) const = default;
};

// The architectures known by name: "lenet5" (the shipped widths), "lenet5-classic" and "bsnn".
std::vector<std::string> archNames();
// Fills widths for a named arch; false if the name is unknown.
bool archWidths(const std::string& name, std::vector<int>& widths);
// The layer list of a named architecture with spec.widths; throws std::invalid_argument.
std::vector<LayerSpec> archLayers(const ArchSpec& spec);
// True if the list contains integrate-and-fire layers.
bool isSpiking(const std::vector<LayerSpec>& layers);
// "CxHxW".
std::string shapeText(const Shape& s);
// True for rect, triangle and sigmoid.
bool knownSurrogate(const std::string& name);

} // namespace aimc::core::nn
