// Batch-norm, ReLU, max pooling and the activation quantizer: exact digital operations (Fig. 15a).
#include "nn/layers.h"

#include <cmath>
#include <utility>

namespace aimc::core::nn {
namespace {
// Two per-channel sums over the batch: term(b, c) gives image b's pair for channel c, added into
// total[c] and total[C + c]; per-chunk partials (double) are reduced in chunk order.
template <typename F>
Eigen::VectorXd channelSums(int n, int C, std::vector<Eigen::VectorXd>& chunkSums, F term) {
    chunkSums.assign(chunkCount(n), Eigen::VectorXd::Zero(2 * C));
    forEachChunk(n, [&](int chunk, int b0, int b1) {
        auto& s = chunkSums[chunk];
        for (int b = b0; b < b1; ++b)
            for (int c = 0; c < C; ++c) {
                const auto [first, second] = term(b, c);
                s[c] += first;
                s[C + c] += second;
            }
    });
    Eigen::VectorXd total = Eigen::VectorXd::Zero(2 * C);
    for (const auto& s : chunkSums)
        total += s;
    return total;
}
} // namespace

BatchNorm::BatchNorm(Shape in)
    : Layer(in), m_gamma(Vec::Ones(in.c)), m_beta(Vec::Zero(in.c)), m_gGamma(Vec::Zero(in.c)),
      m_gBeta(Vec::Zero(in.c)), m_runMean(Vec::Zero(in.c)), m_runVar(Vec::Ones(in.c)) {}

std::vector<TensorRef> BatchNorm::tensors() {
    const Eigen::Index c = m_in.c;
    return {{"gamma", m_gamma.data(), m_gGamma.data(), c},
            {"beta", m_beta.data(), m_gBeta.data(), c},
            {"running_mean", m_runMean.data(), nullptr, c},
            {"running_var", m_runVar.data(), nullptr, c}};
}

void BatchNorm::folded(Vec& scale, Vec& offset) const {
    scale = m_gamma.array() / (m_runVar.array() + kEps).sqrt();
    offset = m_beta.array() - scale.array() * m_runMean.array();
}

void BatchNorm::forward(const Mat& in, Mat& out, const ForwardContext& ctx) {
    const int n = static_cast<int>(in.cols()), C = m_in.c, P = m_in.plane();
    out.resize(in.rows(), n);
    Vec scale, offset;
    if (ctx.training) {
        // Batch statistics from per-chunk sums (double), reduced in chunk order.
        const Eigen::VectorXd total = channelSums(n, C, m_chunkSums, [&](int b, int c) {
            const auto x = in.col(b).segment(Eigen::Index(c) * P, P).cast<double>();
            return std::pair{x.sum(), x.squaredNorm()};
        });
        const double m = double(n) * P;
        m_mean.resize(C);
        m_invStd.resize(C);
        for (int c = 0; c < C; ++c) {
            const double mean = total[c] / m, var = std::max(0.0, total[C + c] / m - mean * mean);
            m_mean[c] = static_cast<float>(mean);
            m_invStd[c] = static_cast<float>(1.0 / std::sqrt(var + kEps));
            m_runMean[c] = (1 - kMomentum) * m_runMean[c] + kMomentum * static_cast<float>(mean);
            m_runVar[c] = (1 - kMomentum) * m_runVar[c] +
                          kMomentum * static_cast<float>(var * m / std::max(1.0, m - 1));
        }
        scale = m_gamma.cwiseProduct(m_invStd);
        offset = m_beta - scale.cwiseProduct(m_mean);
    } else {
        folded(scale, offset);
    }
    forEachChunk(n, [&](int, int b0, int b1) {
        for (int b = b0; b < b1; ++b)
            for (int c = 0; c < C; ++c)
                out.col(b).segment(Eigen::Index(c) * P, P) =
                    (in.col(b).segment(Eigen::Index(c) * P, P).array() * scale[c] + offset[c]).matrix();
    });
}

void BatchNorm::backward(const Mat& in, const Mat&, const Mat& gradOut, Mat* gradIn) {
    const int n = static_cast<int>(in.cols()), C = m_in.c, P = m_in.plane();
    const Eigen::VectorXd total = channelSums(n, C, m_chunkSums, [&](int b, int c) {
        const auto g = gradOut.col(b).segment(Eigen::Index(c) * P, P).array();
        const auto xh = (in.col(b).segment(Eigen::Index(c) * P, P).array() - m_mean[c]) * m_invStd[c];
        return std::pair{g.cast<double>().sum(), (g * xh).cast<double>().sum()};
    });
    m_gBeta = total.head(C).cast<float>();
    m_gGamma = total.tail(C).cast<float>();
    if (!gradIn)
        return;
    gradIn->resize(in.rows(), n);
    const float m = static_cast<float>(double(n) * P);
    forEachChunk(n, [&](int, int b0, int b1) {
        for (int b = b0; b < b1; ++b)
            for (int c = 0; c < C; ++c) {
                const auto g = gradOut.col(b).segment(Eigen::Index(c) * P, P).array();
                const auto xh = (in.col(b).segment(Eigen::Index(c) * P, P).array() - m_mean[c]) * m_invStd[c];
                gradIn->col(b).segment(Eigen::Index(c) * P, P) =
                    ((g - m_gBeta[c] / m - xh * (m_gGamma[c] / m)) * (m_gamma[c] * m_invStd[c])).matrix();
            }
    });
}

void ReLU::forward(const Mat& in, Mat& out, const ForwardContext&) {
    out.resize(in.rows(), in.cols());
    forEachChunk(static_cast<int>(in.cols()), [&](int, int b0, int b1) {
        out.middleCols(b0, b1 - b0) = in.middleCols(b0, b1 - b0).cwiseMax(0.0f);
    });
}

void ReLU::backward(const Mat& in, const Mat&, const Mat& gradOut, Mat* gradIn) {
    if (!gradIn)
        return;
    gradIn->resize(in.rows(), in.cols());
    forEachChunk(static_cast<int>(in.cols()), [&](int, int b0, int b1) {
        gradIn->middleCols(b0, b1 - b0) =
            (in.middleCols(b0, b1 - b0).array() > 0).select(gradOut.middleCols(b0, b1 - b0), 0.0f);
    });
}

void MaxPool::forward(const Mat& in, Mat& out, const ForwardContext&) {
    const int n = static_cast<int>(in.cols());
    const Shape o = outputShape();
    out.resize(o.size(), n);
    m_argmax.resize(o.size(), n);
    forEachChunk(n, [&](int, int b0, int b1) {
        for (int b = b0; b < b1; ++b)
            maxPool(in.col(b).data(), m_in, m_window, out.col(b).data(), m_argmax.col(b).data());
    });
}

void MaxPool::backward(const Mat& in, const Mat&, const Mat& gradOut, Mat* gradIn) {
    if (!gradIn)
        return;
    const int n = static_cast<int>(in.cols());
    gradIn->setZero(in.rows(), n);
    forEachChunk(n, [&](int, int b0, int b1) {
        for (int b = b0; b < b1; ++b)
            for (Eigen::Index i = 0; i < gradOut.rows(); ++i)
                (*gradIn)(m_argmax(i, b), b) += gradOut(i, b);
    });
}

void ActQuant::forward(const Mat& in, Mat& out, const ForwardContext&) {
    out.resize(in.rows(), in.cols());
    forEachChunk(static_cast<int>(in.cols()), [&](int, int b0, int b1) {
        out.middleCols(b0, b1 - b0) = in.middleCols(b0, b1 - b0).unaryExpr([this](float x) { return m_q.apply(x); });
    });
}

void ActQuant::backward(const Mat& in, const Mat&, const Mat& gradOut, Mat* gradIn) {
    if (!gradIn)
        return;
    gradIn->resize(in.rows(), in.cols());
    const float hi = m_q.maxValue;
    forEachChunk(static_cast<int>(in.cols()), [&](int, int b0, int b1) {
        const auto x = in.middleCols(b0, b1 - b0).array();
        gradIn->middleCols(b0, b1 - b0) = (x > 0.0f && x < hi).select(gradOut.middleCols(b0, b1 - b0), 0.0f);
    });
}

} // namespace aimc::core::nn
