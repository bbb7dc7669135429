#include "nn/optimizer.h"

#include <cmath>

namespace aimc::core::nn {

void SgdMomentum::step(const std::vector<TensorRef>& tensors, float lr) {
    m_velocity.resize(tensors.size());
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        const auto& t = tensors[i];
        if (!t.grad)
            continue;
        Eigen::Map<Vec> w(t.value, t.size);
        Eigen::Map<const Vec> g(t.grad, t.size);
        auto& v = m_velocity[i];
        if (v.size() != t.size)
            v.setZero(t.size);
        v = m_momentum * v + g;
        w -= lr * v;
    }
}

void Adam::step(const std::vector<TensorRef>& tensors, float lr) {
    m_m.resize(tensors.size());
    m_v.resize(tensors.size());
    ++m_t;
    const float c1 = 1.0f - std::pow(m_b1, static_cast<float>(m_t));
    const float c2 = 1.0f - std::pow(m_b2, static_cast<float>(m_t));
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        const auto& t = tensors[i];
        if (!t.grad)
            continue;
        Eigen::Map<Vec> w(t.value, t.size);
        Eigen::Map<const Vec> g(t.grad, t.size);
        auto& m = m_m[i];
        auto& v = m_v[i];
        if (m.size() != t.size) {
            m.setZero(t.size);
            v.setZero(t.size);
        }
        m = m_b1 * m + (1 - m_b1) * g;
        v = m_b2 * v + (1 - m_b2) * g.cwiseAbs2();
        w.array() -= lr * (m.array() / c1) / ((v.array() / c2).sqrt() + m_eps);
    }
}

std::unique_ptr<Optimizer> makeOptimizer(const std::string& name) {
    if (name == "adam")
        return std::make_unique<Adam>();
    if (name == "sgd")
        return std::make_unique<SgdMomentum>();
    return nullptr;
}

} // namespace aimc::core::nn
