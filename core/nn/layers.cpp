// Ternary convolution and fully connected layers (im2col + Eigen GEMM), docs/model.md §5 / Fig. 12.
#include "nn/layers.h"

#include "util/rng.h"

#include <algorithm>
#include <cmath>

namespace aimc::core::nn {
namespace {
constexpr std::uint64_t kPurposeInit = 0x1417;
constexpr std::uint64_t kPurposeNoise = 0x5157;

// Sums per-chunk partial gradients in chunk order (deterministic for any thread count).
void reduceChunks(const std::vector<Mat>& parts, int used, Mat& total) {
    total = parts[0];
    for (int c = 1; c < used; ++c)
        total += parts[c];
}
void prepareChunks(std::vector<Mat>& parts, int used, Eigen::Index rows, Eigen::Index cols) {
    if (static_cast<int>(parts.size()) < used)
        parts.resize(used);
    for (int c = 0; c < used; ++c)
        parts[c].setZero(rows, cols);
}
} // namespace

Ternarized ternarize(const Mat& w, float thresholdFactor) {
    Ternarized r;
    const float delta = thresholdFactor * w.cwiseAbs().mean();
    r.t = ((w.array() > delta).cast<float>() - (w.array() < -delta).cast<float>()).matrix();
    const float nonzero = r.t.cwiseAbs().sum();
    r.alpha = nonzero > 0 ? (w.cwiseAbs().array() * r.t.cwiseAbs().array()).sum() / nonzero : 1.0f;
    return r;
}

TernaryWeights::TernaryWeights(int rows, int cols, std::uint64_t initKey, bool binary)
    : m_w(rows, cols), m_binary(binary) {
    // PyTorch's default: uniform in ±1/sqrt(fan-in).
    Rng rng(initKey);
    const double bound = 1.0 / std::sqrt(static_cast<double>(rows));
    for (Eigen::Index i = 0; i < m_w.size(); ++i)
        m_w.data()[i] = static_cast<float>((2 * rng.uniform() - 1) * bound);
    m_grad.setZero(rows, cols);
}

void TernaryWeights::maskGradient() {
    if (m_binary)
        m_grad = (m_w.array().abs() <= 1.0f).select(m_grad, 0.0f);
}

const Mat& TernaryWeights::effective(const ForwardContext& ctx, int layerIndex) {
    if (m_binary) {
        // Straight-through sign (docs/model.md §10): +1 for w >= 0, −1 otherwise.
        m_eff = (m_w.array() >= 0.0f).select(Mat::Ones(m_w.rows(), m_w.cols()), -1.0f);
        return m_eff;
    }
    Ternarized q = ternarize(m_w);
    if (ctx.sigmaW > 0) {
        // Fig. 12: Gaussian weight variation σ_w (in LSB, i.e. relative to one ternary step).
        Rng rng(streamKey(ctx.noiseKey, kPurposeNoise, static_cast<std::uint64_t>(layerIndex)));
        for (Eigen::Index i = 0; i < q.t.size(); ++i)
            q.t.data()[i] += static_cast<float>(ctx.sigmaW * rng.normal());
    }
    m_eff = q.alpha * q.t;
    return m_eff;
}

TernaryConv2d::TernaryConv2d(const ConvGeometry& g, int layerIndex, std::uint64_t seed, bool binary)
    : Layer(g.in), m_g(g), m_index(layerIndex),
      m_w(g.patchSize(), g.outChannels, streamKey(seed, kPurposeInit, layerIndex), binary) {}

std::vector<TensorRef> TernaryConv2d::tensors() {
    return {{"weight", m_w.shadow().data(), m_w.grad().data(), m_w.shadow().size()}};
}

void TernaryConv2d::forward(const Mat& in, Mat& out, const ForwardContext& ctx) {
    const int n = static_cast<int>(in.cols()), P = m_g.patches(), K = m_g.patchSize(), C = m_g.outChannels;
    out.resize(Eigen::Index(P) * C, n);
    const Mat& w = m_w.effective(ctx, m_index);
    const int chunks = chunkCount(n);
    if (static_cast<int>(m_scratch.size()) < chunks)
        m_scratch.resize(chunks);
    // im2col one image at a time into a per-chunk buffer that stays in cache; the backward pass
    // rebuilds it rather than keeping the whole batch's columns (memory traffic dominated).
    forEachChunk(n, [&](int chunk, int b0, int b1) {
        Mat& cols = m_scratch[chunk].cols;
        cols.resize(P, K);
        for (int b = b0; b < b1; ++b) {
            im2colT(in.col(b).data(), m_g, cols.data(), P);
            Eigen::Map<Mat> o(out.col(b).data(), P, C);
            o.noalias() = cols * w;
        }
    });
}

void TernaryConv2d::backward(const Mat& in, const Mat&, const Mat& gradOut, Mat* gradIn) {
    const int n = static_cast<int>(in.cols()), P = m_g.patches(), K = m_g.patchSize(), C = m_g.outChannels;
    const int chunks = chunkCount(n);
    prepareChunks(m_chunkGrad, chunks, K, C);
    if (gradIn)
        gradIn->setZero(in.rows(), n);
    const Mat& w = m_w.lastEffective();
    forEachChunk(n, [&](int chunk, int b0, int b1) {
        Mat& cols = m_scratch[chunk].cols;
        Mat& colGrad = m_scratch[chunk].colGrad;
        cols.resize(P, K);
        for (int b = b0; b < b1; ++b) {
            Eigen::Map<const Mat> g(gradOut.col(b).data(), P, C);
            im2colT(in.col(b).data(), m_g, cols.data(), P);
            m_chunkGrad[chunk].noalias() += cols.transpose() * g;
            if (gradIn) {
                colGrad.noalias() = g * w.transpose();
                col2imTAdd(colGrad.data(), P, m_g, gradIn->col(b).data());
            }
        }
    });
    reduceChunks(m_chunkGrad, chunks, m_w.grad()); // straight-through: dL/dw = dL/dw_eff
    m_w.maskGradient();
}

TernaryLinear::TernaryLinear(Shape in, int outputs, bool bias, int layerIndex, std::uint64_t seed, bool binary)
    : Layer(in), m_outputs(outputs), m_index(layerIndex),
      m_w(in.size(), outputs, streamKey(seed, kPurposeInit, layerIndex), binary) {
    if (bias) {
        Rng rng(streamKey(seed, kPurposeInit + 1, layerIndex));
        const double bound = 1.0 / std::sqrt(static_cast<double>(in.size()));
        m_bias.resize(outputs);
        for (auto& b : m_bias)
            b = static_cast<float>((2 * rng.uniform() - 1) * bound);
        m_biasGrad.setZero(outputs);
    }
}

std::vector<TensorRef> TernaryLinear::tensors() {
    std::vector<TensorRef> t{{"weight", m_w.shadow().data(), m_w.grad().data(), m_w.shadow().size()}};
    if (hasBias())
        t.push_back({"bias", m_bias.data(), m_biasGrad.data(), m_bias.size()});
    return t;
}

void TernaryLinear::forward(const Mat& in, Mat& out, const ForwardContext& ctx) {
    const int n = static_cast<int>(in.cols());
    out.resize(m_outputs, n);
    const Mat& w = m_w.effective(ctx, m_index);
    forEachChunk(n, [&](int, int b0, int b1) {
        auto o = out.middleCols(b0, b1 - b0);
        o.noalias() = w.transpose() * in.middleCols(b0, b1 - b0);
        if (hasBias())
            o.colwise() += m_bias;
    });
}

void TernaryLinear::backward(const Mat& in, const Mat&, const Mat& gradOut, Mat* gradIn) {
    const int n = static_cast<int>(in.cols());
    const int chunks = chunkCount(n);
    // The bias gradient rides along as an extra column of the chunk's partial gradient.
    prepareChunks(m_chunkGrad, chunks, std::max<Eigen::Index>(in.rows(), m_outputs),
                  m_outputs + (hasBias() ? 1 : 0));
    if (gradIn)
        gradIn->resize(in.rows(), n);
    const Mat& w = m_w.lastEffective();
    forEachChunk(n, [&](int chunk, int b0, int b1) {
        const auto g = gradOut.middleCols(b0, b1 - b0);
        m_chunkGrad[chunk].topLeftCorner(in.rows(), m_outputs).noalias() = in.middleCols(b0, b1 - b0) * g.transpose();
        if (hasBias())
            m_chunkGrad[chunk].col(m_outputs).head(m_outputs) = g.rowwise().sum();
        if (gradIn)
            gradIn->middleCols(b0, b1 - b0).noalias() = w * g;
    });
    Mat total;
    reduceChunks(m_chunkGrad, chunks, total);
    m_w.grad() = total.topLeftCorner(in.rows(), m_outputs);
    m_w.maskGradient();
    if (hasBias())
        m_biasGrad = total.col(m_outputs).head(m_outputs);
}

} // namespace aimc::core::nn
