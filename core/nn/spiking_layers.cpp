// Spiking layers (docs/model.md §10): direct encoding, integrate-and-fire with a surrogate
// gradient, residual add and the mean over time. Work is split over images in fixed chunks.
#include "nn/spiking_layers.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace aimc::core::nn {

Surrogate Surrogate::fromSpec(const SnnSpec& s) {
    Surrogate g;
    g.width = s.surrogateWidth;
    g.shape = s.surrogate == "triangle" ? Shape::Triangle : s.surrogate == "sigmoid" ? Shape::Sigmoid : Shape::Rect;
    return g;
}

// Each window integrates to 1: rect 1/w on |x| < w/2; triangle (1 − |x|/w)/w on |x| < w;
// fast sigmoid 1/(2w(1 + |x|/w)²).
float Surrogate::derivative(float x) const {
    const float a = std::abs(x) / width;
    switch (shape) {
    case Shape::Rect: return a < 0.5f ? 1.0f / width : 0.0f;
    case Shape::Triangle: return a < 1.0f ? (1.0f - a) / width : 0.0f;
    case Shape::Sigmoid: return 0.5f / (width * (1.0f + a) * (1.0f + a));
    }
    return 0.0f;
}

float Surrogate::primitive(float x) const {
    const float r = x / width;
    switch (shape) {
    case Shape::Rect: return std::clamp(r + 0.5f, 0.0f, 1.0f);
    case Shape::Triangle:
        if (r <= -1.0f)
            return 0.0f;
        if (r >= 1.0f)
            return 1.0f;
        return r < 0 ? 0.5f * (1 + r) * (1 + r) : 1.0f - 0.5f * (1 - r) * (1 - r);
    case Shape::Sigmoid: return 0.5f + 0.5f * r / (1.0f + std::abs(r));
    }
    return 0.0f;
}

void SpikeEncode::forward(const Mat& in, Mat& out, const ForwardContext& ctx) {
    const Eigen::Index n = in.cols(), T = std::max(1, ctx.timeSteps);
    out.resize(in.rows(), n * T);
    const Mat spikes = (in.array() >= kPixelThreshold).cast<float>().matrix();
    for (Eigen::Index t = 0; t < T; ++t)
        out.middleCols(t * n, n) = spikes;
}

void SpikeEncode::backward(const Mat&, const Mat&, const Mat&, Mat* gradIn) {
    if (gradIn)
        throw std::logic_error("the input encoding has no gradient");
}

void IntegrateFire::forward(const Mat& in, Mat& out, const ForwardContext& ctx) {
    m_steps = std::max(1, ctx.timeSteps);
    const Eigen::Index T = m_steps, R = in.rows();
    if (in.cols() % T != 0)
        throw std::invalid_argument("integrate-and-fire: columns are not a multiple of the time steps");
    const int n = static_cast<int>(in.cols() / T);
    out.resize(R, in.cols());
    m_v.resize(R, in.cols());
    const bool soft = ctx.softSpikes;
    forEachChunk(n, [&](int, int b0, int b1) {
        Eigen::ArrayXf u(R), s(R);
        for (int b = b0; b < b1; ++b) {
            u.setZero();
            for (Eigen::Index t = 0; t < T; ++t) {
                const Eigen::Index col = t * n + b;
                auto v = m_v.col(col).array();
                v = u + in.col(col).array();
                if (soft)
                    s = v.unaryExpr([this](float x) { return m_sg.primitive(x - m_theta); });
                else
                    s = (v >= m_theta).cast<float>();
                out.col(col) = s.matrix();
                u = v - m_theta * s;
            }
        }
    });
}

void IntegrateFire::backward(const Mat&, const Mat&, const Mat& gradOut, Mat* gradIn) {
    if (!gradIn)
        return;
    const Eigen::Index T = m_steps, R = m_v.rows();
    const int n = static_cast<int>(m_v.cols() / T);
    gradIn->resize(R, m_v.cols());
    forEachChunk(n, [&](int, int b0, int b1) {
        Eigen::ArrayXf gu(R), sp(R), gv(R);
        for (int b = b0; b < b1; ++b) {
            gu.setZero(); // dL/du(t)
            for (Eigen::Index t = T; t-- > 0;) {
                const Eigen::Index col = t * n + b;
                sp = m_v.col(col).array().unaryExpr([this](float x) { return m_sg.derivative(x - m_theta); });
                // v(t) feeds s(t) and u(t) = v(t) − θ·s(t); u(t−1) and I(t) enter v(t) with weight 1.
                gv = gradOut.col(col).array() * sp + gu * (1.0f - m_theta * sp);
                gradIn->col(col) = gv.matrix();
                gu = gv;
            }
        }
    });
}

void Residual::forward(const Mat& in, Mat& out, const ForwardContext&) {
    if (!m_skip || m_skip->rows() != in.rows() || m_skip->cols() != in.cols())
        throw std::logic_error("residual: the skip input does not match");
    out = in + *m_skip;
}

void Residual::backward(const Mat&, const Mat&, const Mat& gradOut, Mat* gradIn) {
    if (gradIn)
        *gradIn = gradOut;
}

void TimeMean::forward(const Mat& in, Mat& out, const ForwardContext& ctx) {
    m_steps = std::max(1, ctx.timeSteps);
    const Eigen::Index T = m_steps, n = in.cols() / T;
    out = in.middleCols(0, n);
    for (Eigen::Index t = 1; t < T; ++t)
        out += in.middleCols(t * n, n);
    out *= 1.0f / static_cast<float>(T);
}

void TimeMean::backward(const Mat&, const Mat&, const Mat& gradOut, Mat* gradIn) {
    if (!gradIn)
        return;
    const Eigen::Index T = m_steps, n = gradOut.cols();
    gradIn->resize(gradOut.rows(), n * T);
    for (Eigen::Index t = 0; t < T; ++t)
        gradIn->middleCols(t * n, n) = gradOut * (1.0f / static_cast<float>(T));
}

} // namespace aimc::core::nn
