// The trainable ternary CNN: a sequence of layers built from an architecture spec (docs/model.md §5).
#pragma once

#include "nn/dataset.h"
#include "nn/layers.h"

#include <span>

namespace aimc::core::nn {

struct ArchSpec {
    std::string name = "lenet5";
    Shape input{1, 28, 28};
    int classes = 10;
    // conv1 channels, conv2 channels, fc1, fc2 (the classic LeNet-5: 6, 16, 120, 84)
    std::vector<int> widths{6, 16, 120, 84};
    int actBits = 4;      // DAC resolution of every layer input (b_in)
    float actMax = 2.0f;  // clip of the hidden activations (after batch-norm and ReLU)
    bool operator==(const ArchSpec&) const = default;
};

// The architectures known by name: "lenet5" (the shipped widths) and "lenet5-classic".
std::vector<std::string> archNames();
// Fills widths for a named arch; false if the name is unknown.
bool archWidths(const std::string& name, std::vector<int>& widths);

class Network {
public:
    // Throws std::invalid_argument naming the problem (unknown arch, input too small).
    Network(const ArchSpec& spec, std::uint64_t seed);
    const ArchSpec& spec() const { return m_spec; }
    std::vector<std::unique_ptr<Layer>>& layers() { return m_layers; }
    const std::vector<std::unique_ptr<Layer>>& layers() const { return m_layers; }

    // Logits (classes × images) for input columns in [0, 1].
    const Mat& forward(const Mat& input, const ForwardContext& ctx);
    // Softmax cross-entropy of the last forward pass (mean over the batch); also counts correct
    // predictions and leaves dL/dlogits for backward().
    double loss(std::span<const int> labels, int* correct);
    void backward();
    // Every tensor as "<layer index>.<kind>.<name>", in layer order.
    std::vector<TensorRef> tensors();

private:
    ArchSpec m_spec;
    std::vector<std::unique_ptr<Layer>> m_layers;
    std::vector<Mat> m_act;  // m_act[0] = input, m_act[i + 1] = output of layer i
    std::vector<Mat> m_grad; // same indexing
};

// Columns of pixels/255 for the given image indices of a data set.
void loadImages(const Dataset& data, std::span<const int> indices, Mat& out);
// Softmax cross-entropy of logits (classes × n): mean loss; gradient (softmax − one-hot)/n.
double softmaxCrossEntropy(const Mat& logits, std::span<const int> labels, Mat* grad, int* correct);

} // namespace aimc::core::nn
