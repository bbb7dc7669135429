// The layers of the binary spiking network (docs/model.md §10). A spiking activation holds
// T·n columns: column t·n + b is image b at time step t (T = ForwardContext::timeSteps), so the
// stateless layers (binary convolution, batch-norm, pooling) run on all time steps at once and
// only the integrate-and-fire layer walks through time.
#pragma once

#include "nn/arch_spec.h"
#include "nn/layers.h"

namespace aimc::core::nn {

// The surrogate of the spike's derivative dS/dv at v − θ = x and, for gradient checks, its
// primitive (a smooth spike that rises from 0 to 1 across the window).
struct Surrogate {
    enum class Shape { Rect, Triangle, Sigmoid };
    Shape shape = Shape::Rect;
    float width = 1.0f;
    static Surrogate fromSpec(const SnnSpec& s);
    float derivative(float x) const;
    float primitive(float x) const;
};

// Direct input encoding: pixel ≥ 0.5 gives a spike at every time step (docs/model.md §10).
class SpikeEncode : public Layer {
public:
    using Layer::Layer;
    static constexpr float kPixelThreshold = 0.5f;
    std::string kind() const override { return "encode"; }
    Shape outputShape() const override { return m_in; }
    void forward(const Mat& in, Mat& out, const ForwardContext& ctx) override;
    void backward(const Mat& in, const Mat& out, const Mat& gradOut, Mat* gradIn) override;
};

// Integrate-and-fire with reset by subtraction: v(t) = u(t−1) + I(t), s(t) = H(v(t) − θ),
// u(t) = v(t) − θ·s(t), u(−1) = 0. Backward through time with the surrogate for H'.
class IntegrateFire : public Layer {
public:
    IntegrateFire(Shape in, const SnnSpec& snn) : Layer(in), m_theta(snn.threshold), m_sg(Surrogate::fromSpec(snn)) {}
    std::string kind() const override { return "if"; }
    Shape outputShape() const override { return m_in; }
    float threshold() const { return m_theta; }
    void forward(const Mat& in, Mat& out, const ForwardContext& ctx) override;
    void backward(const Mat& in, const Mat& out, const Mat& gradOut, Mat* gradIn) override;

private:
    float m_theta;
    Surrogate m_sg;
    Mat m_v; // membrane potential before the spike decision, per column
    int m_steps = 1;
};

// Residual connection: out = in + (output of layer `from`), which the network hands in.
class Residual : public Layer {
public:
    Residual(Shape in, int from) : Layer(in), m_from(from) {}
    std::string kind() const override { return "add"; }
    Shape outputShape() const override { return m_in; }
    int from() const { return m_from; }
    void setSkip(const Mat* skip) { m_skip = skip; }
    void forward(const Mat& in, Mat& out, const ForwardContext& ctx) override;
    // gradIn = gradOut; the network adds gradOut to the skip source's gradient.
    void backward(const Mat& in, const Mat& out, const Mat& gradOut, Mat* gradIn) override;

private:
    int m_from;
    const Mat* m_skip = nullptr;
};

// Mean over the time steps: T·n columns in, n out (the logits of a spiking network).
class TimeMean : public Layer {
public:
    using Layer::Layer;
    std::string kind() const override { return "tmean"; }
    Shape outputShape() const override { return m_in; }
    void forward(const Mat& in, Mat& out, const ForwardContext& ctx) override;
    void backward(const Mat& in, const Mat& out, const Mat& gradOut, Mat* gradIn) override;

private:
    int m_steps = 1;
};

} // namespace aimc::core::nn
