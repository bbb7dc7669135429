#include "nn/optimizer.h"

#include <cmath>

namespace aimc::core::nn {
namespace {
// Calls fn(i, weights, gradient) for every trainable tensor, resizing the per-tensor states.
template <typename F> void forEachTrainable(const std::vector<TensorRef>& tensors, std::vector<Vec>& state, F fn) {
    state.resize(tensors.size());
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        const auto& t = tensors[i];
        if (!t.grad)
            continue;
        if (state[i].size() != t.size)
            state[i].setZero(t.size);
        Eigen::Map<Vec> w(t.value, t.size);
        Eigen::Map<const Vec> g(t.grad, t.size);
        fn(i, w, g);
    }
}
} // namespace

void SgdMomentum::step(const std::vector<TensorRef>& tensors, float lr) {
    forEachTrainable(tensors, m_velocity, [&](std::size_t i, Eigen::Map<Vec>& w, const Eigen::Map<const Vec>& g) {
        m_velocity[i] = m_momentum * m_velocity[i] + g;
        w -= lr * m_velocity[i];
    });
}

void Adam::step(const std::vector<TensorRef>& tensors, float lr) {
    ++m_t;
    const float c1 = 1.0f - std::pow(m_b1, static_cast<float>(m_t));
    const float c2 = 1.0f - std::pow(m_b2, static_cast<float>(m_t));
    m_v.resize(tensors.size());
    forEachTrainable(tensors, m_m, [&](std::size_t i, Eigen::Map<Vec>& w, const Eigen::Map<const Vec>& g) {
        Vec& m = m_m[i];
        Vec& v = m_v[i];
        if (v.size() != w.size())
            v.setZero(w.size());
        m = m_b1 * m + (1 - m_b1) * g;
        v = m_b2 * v + (1 - m_b2) * g.cwiseAbs2();
        w.array() -= lr * (m.array() / c1) / ((v.array() / c2).sqrt() + m_eps);
    });
}

std::unique_ptr<Optimizer> makeOptimizer(const std::string& name) {
    if (name == "adam")
        return std::make_unique<Adam>();
    if (name == "sgd")
        return std::make_unique<SgdMomentum>();
    return nullptr;
}

} // namespace aimc::core::nn
