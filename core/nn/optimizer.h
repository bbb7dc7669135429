// SGD with momentum and Adam over the trainable tensors of a network.
#pragma once

#include "nn/layers.h"

#include <memory>
#include <string>

namespace aimc::core::nn {

class Optimizer {
public:
    virtual ~Optimizer() = default;
    // One update of every trainable tensor (buffers, grad == nullptr, are skipped).
    virtual void step(const std::vector<TensorRef>& tensors, float learningRate) = 0;
};

class SgdMomentum : public Optimizer {
public:
    explicit SgdMomentum(float momentum = 0.9f) : m_momentum(momentum) {}
    void step(const std::vector<TensorRef>& tensors, float learningRate) override;

private:
    float m_momentum;
    std::vector<Vec> m_velocity;
};

class Adam : public Optimizer {
public:
    Adam(float beta1 = 0.9f, float beta2 = 0.999f, float eps = 1e-8f) : m_b1(beta1), m_b2(beta2), m_eps(eps) {}
    void step(const std::vector<TensorRef>& tensors, float learningRate) override;

private:
    float m_b1, m_b2, m_eps;
    long m_t = 0;
    std::vector<Vec> m_m, m_v;
};

// "adam" or "sgd"; nullptr for anything else.
std::unique_ptr<Optimizer> makeOptimizer(const std::string& name);

} // namespace aimc::core::nn
