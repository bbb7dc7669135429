// Training layers of the ternary CNN (docs/model.md §5, Doevenspeck Fig. 12). Each layer works on a
// whole batch (one column per image) and splits it into fixed chunks across oneTBB; per-chunk
// partial sums are reduced in chunk order, so a seed gives the same network on any thread count.
#pragma once

#include "nn/tensor_ops.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace aimc::core::nn {

// A named tensor of a layer: trainable (value + gradient) or a buffer (running statistics).
struct TensorRef {
    std::string name;
    float* value = nullptr;
    float* grad = nullptr; // null for buffers
    Eigen::Index size = 0;
};

struct ForwardContext {
    bool training = false;
    double sigmaW = 0.0;       // σ_w,train in LSB, added to the ternary weights (Fig. 12)
    std::uint64_t noiseKey = 0; // RNG stream of this forward pass
    int timeSteps = 0;          // spiking layers: columns are time step t·images + image (0: the spec's)
    bool softSpikes = false;    // gradient checks only: spikes are the surrogate's primitive
};

class Layer {
public:
    explicit Layer(Shape in) : m_in(in) {}
    virtual ~Layer() = default;
    virtual std::string kind() const = 0;
    virtual Shape outputShape() const = 0;
    Shape inputShape() const { return m_in; }
    virtual void forward(const Mat& in, Mat& out, const ForwardContext& ctx) = 0;
    // gradIn may be null (the first layer needs no input gradient).
    virtual void backward(const Mat& in, const Mat& out, const Mat& gradOut, Mat* gradIn) = 0;
    virtual std::vector<TensorRef> tensors() { return {}; }

protected:
    Shape m_in;
};

// Ternary weights (TWN): t = sign(w)·[|w| > 0.7·mean|w|], scale α = mean |w| over the nonzero t.
struct Ternarized {
    Mat t;          // entries −1, 0, +1
    float alpha = 1; // per-layer digital scale
};
Ternarized ternarize(const Mat& w, float thresholdFactor = 0.7f);

// Shared by the conv and fully connected layers: float shadow weights (patchSize × C_out),
// ternarized with noise in every training forward pass; straight-through gradient.
// With binary = true the weights are sign(w) ∈ {−1, +1} (docs/model.md §10) and the
// straight-through gradient is cut where |w| > 1.
class TernaryWeights {
public:
    TernaryWeights(int rows, int cols, std::uint64_t initKey, bool binary = false);
    bool binary() const { return m_binary; }
    // Applies the straight-through mask of binary weights to grad().
    void maskGradient();
    Mat& shadow() { return m_w; }
    const Mat& shadow() const { return m_w; }
    Mat& grad() { return m_grad; }
    // α·(t + σ·ε): the weights used by this forward pass.
    const Mat& effective(const ForwardContext& ctx, int layerIndex);
    const Mat& lastEffective() const { return m_eff; }

private:
    Mat m_w, m_grad, m_eff;
    bool m_binary = false;
};

class TernaryConv2d : public Layer {
public:
    TernaryConv2d(const ConvGeometry& g, int layerIndex, std::uint64_t seed, bool binary = false);
    std::string kind() const override { return m_w.binary() ? "bconv" : "conv"; }
    Shape outputShape() const override { return m_g.out(); }
    const ConvGeometry& geometry() const { return m_g; }
    TernaryWeights& weights() { return m_w; }
    const TernaryWeights& weights() const { return m_w; }
    void forward(const Mat& in, Mat& out, const ForwardContext& ctx) override;
    void backward(const Mat& in, const Mat& out, const Mat& gradOut, Mat* gradIn) override;
    std::vector<TensorRef> tensors() override;

private:
    ConvGeometry m_g;
    int m_index;
    TernaryWeights m_w;
    struct Scratch {
        Mat cols, colGrad; // one image's im2col (patches × patchSize) and its gradient
    };
    std::vector<Scratch> m_scratch; // per chunk
    std::vector<Mat> m_chunkGrad;   // per-chunk weight gradients
};

class TernaryLinear : public Layer {
public:
    TernaryLinear(Shape in, int outputs, bool bias, int layerIndex, std::uint64_t seed, bool binary = false);
    std::string kind() const override { return m_w.binary() ? "bfc" : "fc"; }
    Shape outputShape() const override { return {m_outputs, 1, 1}; }
    TernaryWeights& weights() { return m_w; }
    const TernaryWeights& weights() const { return m_w; }
    bool hasBias() const { return m_bias.size() > 0; }
    const Vec& bias() const { return m_bias; }
    void forward(const Mat& in, Mat& out, const ForwardContext& ctx) override;
    void backward(const Mat& in, const Mat& out, const Mat& gradOut, Mat* gradIn) override;
    std::vector<TensorRef> tensors() override;

private:
    int m_outputs;
    int m_index;
    TernaryWeights m_w;
    Vec m_bias, m_biasGrad;
    std::vector<Mat> m_chunkGrad;
};

// Per-channel batch normalization; for inference it folds into a scale and an offset.
class BatchNorm : public Layer {
public:
    explicit BatchNorm(Shape in);
    std::string kind() const override { return "batchnorm"; }
    Shape outputShape() const override { return m_in; }
    void forward(const Mat& in, Mat& out, const ForwardContext& ctx) override;
    void backward(const Mat& in, const Mat& out, const Mat& gradOut, Mat* gradIn) override;
    std::vector<TensorRef> tensors() override;
    // y = scale·x + offset with the running statistics.
    void folded(Vec& scale, Vec& offset) const;

    static constexpr float kEps = 1e-5f;
    static constexpr float kMomentum = 0.1f;

private:
    Vec m_gamma, m_beta, m_gGamma, m_gBeta, m_runMean, m_runVar;
    Vec m_mean, m_invStd; // of the last training batch
    std::vector<Eigen::VectorXd> m_chunkSums;
};

class ReLU : public Layer {
public:
    using Layer::Layer;
    std::string kind() const override { return "relu"; }
    Shape outputShape() const override { return m_in; }
    void forward(const Mat& in, Mat& out, const ForwardContext& ctx) override;
    void backward(const Mat& in, const Mat& out, const Mat& gradOut, Mat* gradIn) override;
};

class MaxPool : public Layer {
public:
    MaxPool(Shape in, int window) : Layer(in), m_window(window) {}
    std::string kind() const override { return "maxpool"; }
    int window() const { return m_window; }
    Shape outputShape() const override { return pooledShape(m_in, m_window); }
    void forward(const Mat& in, Mat& out, const ForwardContext& ctx) override;
    void backward(const Mat& in, const Mat& out, const Mat& gradOut, Mat* gradIn) override;

private:
    int m_window;
    IMat m_argmax;
};

// b-bit activation quantizer (the DAC of the next layer); gradient passes inside (0, max).
class ActQuant : public Layer {
public:
    ActQuant(Shape in, ActQuantizer q) : Layer(in), m_q(q) {}
    std::string kind() const override { return "actquant"; }
    const ActQuantizer& quantizer() const { return m_q; }
    Shape outputShape() const override { return m_in; }
    void forward(const Mat& in, Mat& out, const ForwardContext& ctx) override;
    void backward(const Mat& in, const Mat& out, const Mat& gradOut, Mat* gradIn) override;

private:
    ActQuantizer m_q;
};

} // namespace aimc::core::nn
