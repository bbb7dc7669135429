// The trainable network: the layers of an architecture's layer list (docs/model.md §5, §10), run in
// order; a residual layer adds the output of an earlier layer.
#pragma once

#include "nn/arch_spec.h"
#include "nn/dataset.h"
#include "nn/layers.h"

#include <span>

namespace aimc::core::nn {

class Network {
public:
    // Builds spec.layers (generated from the name when empty). Throws std::invalid_argument naming
    // the problem and the layer ("layer 7 (add): ...").
    Network(const ArchSpec& spec, std::uint64_t seed);
    bool spiking() const { return m_spiking; }
    const ArchSpec& spec() const { return m_spec; }
    std::vector<std::unique_ptr<Layer>>& layers() { return m_layers; }
    const std::vector<std::unique_ptr<Layer>>& layers() const { return m_layers; }

    // Logits (classes × images) for input columns in [0, 1]; ctx.timeSteps <= 0 takes the spec's.
    const Mat& forward(const Mat& input, ForwardContext ctx);
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
    std::vector<Mat> m_skipGrad; // gradient arriving at m_act[i] through residual layers
    bool m_spiking = false;
};

// Columns of pixels/255 for the given image indices of a data set.
void loadImages(const Dataset& data, std::span<const int> indices, Mat& out);
// Softmax cross-entropy of logits (classes × n): mean loss; gradient (softmax − one-hot)/n.
double softmaxCrossEntropy(const Mat& logits, std::span<const int> labels, Mat* grad, int* correct);

} // namespace aimc::core::nn
