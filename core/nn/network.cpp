#include "nn/network.h"

#include "nn/spiking_layers.h"
#include "util/checked_size.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace aimc::core::nn {

Network::Network(const ArchSpec& spec, std::uint64_t seed) : m_spec(spec) {
    if (m_spec.layers.empty())
        m_spec.layers = archLayers(m_spec);
    if (m_spec.input.h < 1 || m_spec.input.w < 1 || m_spec.input.c < 1 || m_spec.classes < 2)
        throw std::invalid_argument("input " + shapeText(m_spec.input) + " with " + std::to_string(m_spec.classes) +
                                    " classes is not a network input");
    m_spiking = isSpiking(m_spec.layers);
    if (m_spiking && (m_spec.snn.timeSteps < 1 || m_spec.snn.timeSteps > 64 || !(m_spec.snn.threshold > 0) ||
                      !(m_spec.snn.surrogateWidth > 0) || !knownSurrogate(m_spec.snn.surrogate)))
        throw std::invalid_argument("spiking options need 1..64 time steps, a positive threshold and surrogate width, "
                                    "and a surrogate rect, triangle or sigmoid");
    Shape s = m_spec.input;
    std::vector<Shape> outs;
    for (std::size_t i = 0; i < m_spec.layers.size(); ++i) {
        const LayerSpec& L = m_spec.layers[i];
        const int index = static_cast<int>(i);
        const std::string where = "layer " + std::to_string(i) + " (" + L.kind + ")";
        auto bad = [&](const std::string& what) { return std::invalid_argument(where + ": " + what); };
        // Bounds against memory blow-up from a hostile file: weights and activations of one layer
        // (checked products: a file's outputs times a wide fan-in must not wrap).
        const auto u = [](long long v) { return static_cast<std::uint64_t>(v); };
        const bool shapeOk = L.outputs >= 0 && L.kernel >= 0 && L.kernel <= kMaxLayerKernel && L.pad >= 0 &&
                             L.pad <= kMaxLayerPad;
        const auto weights = L.kind == "fc" || L.kind == "bfc"
                                 ? checkedProduct({u(s.size()), u(L.outputs)}, kMaxLayerElements)
                                 : checkedProduct({u(s.c), u(L.kernel), u(L.kernel), u(L.outputs)}, kMaxLayerElements);
        if (!shapeOk || !weights || !checkedProduct({u(L.outputs), u(s.plane())}, kMaxLayerElements))
            throw bad("a layer of " + std::to_string(L.outputs) + " outputs (kernel " + std::to_string(L.kernel) +
                      ", pad " + std::to_string(L.pad) + ") on input " + shapeText(s) + " is too large");
        std::unique_ptr<Layer> l;
        const bool binary = L.kind == "bconv" || L.kind == "bfc";
        if (L.kind == "conv" || L.kind == "bconv") {
            const ConvGeometry g{s, L.outputs, L.kernel, L.pad};
            if (L.outputs < 1 || L.kernel < 1 || L.pad < 0 || g.outH() < 1 || g.outW() < 1)
                throw bad("a " + std::to_string(L.kernel) + "x" + std::to_string(L.kernel) + " kernel (pad " +
                          std::to_string(L.pad) + ") with " + std::to_string(L.outputs) +
                          " channels does not fit the input " + shapeText(s));
            l = std::make_unique<TernaryConv2d>(g, index, seed, binary);
        } else if (L.kind == "fc" || L.kind == "bfc") {
            if (L.outputs < 1)
                throw bad("needs a positive number of outputs");
            l = std::make_unique<TernaryLinear>(s, L.outputs, L.bias, index, seed, binary);
        } else if (L.kind == "batchnorm") {
            l = std::make_unique<BatchNorm>(s);
        } else if (L.kind == "relu") {
            l = std::make_unique<ReLU>(s);
        } else if (L.kind == "maxpool") {
            if (L.window < 1 || s.h < L.window || s.w < L.window)
                throw bad("window " + std::to_string(L.window) + " does not fit the input " + shapeText(s));
            l = std::make_unique<MaxPool>(s, L.window);
        } else if (L.kind == "actquant") {
            if (L.bits < 1 || L.bits > 12 || !(L.maxValue > 0))
                throw bad("activation quantizer needs 1..12 bits and a positive range");
            l = std::make_unique<ActQuant>(s, ActQuantizer{L.bits, L.maxValue});
        } else if (L.kind == "encode") {
            if (i != 0)
                throw bad("the input encoding must be the first layer");
            l = std::make_unique<SpikeEncode>(s);
        } else if (L.kind == "if") {
            l = std::make_unique<IntegrateFire>(s, m_spec.snn);
        } else if (L.kind == "add") {
            if (L.from < 0 || L.from >= index)
                throw bad("residual from layer " + std::to_string(L.from) + ", which is not an earlier layer");
            if (!(outs[static_cast<std::size_t>(L.from)] == s))
                throw bad("residual from layer " + std::to_string(L.from) + " of shape " +
                          shapeText(outs[static_cast<std::size_t>(L.from)]) + " does not match the input " +
                          shapeText(s));
            l = std::make_unique<Residual>(s, L.from);
        } else if (L.kind == "tmean") {
            l = std::make_unique<TimeMean>(s);
        } else {
            throw bad("unknown layer kind");
        }
        s = l->outputShape();
        outs.push_back(s);
        m_layers.push_back(std::move(l));
    }
    if (m_layers.empty() || s.size() != m_spec.classes)
        throw std::invalid_argument("the last layer gives " + std::to_string(s.size()) + " outputs for " +
                                    std::to_string(m_spec.classes) + " classes");
    if (m_spiking && m_spec.layers.back().kind != "tmean")
        throw std::invalid_argument("a spiking network must end with the mean over time (tmean)");
    m_act.resize(m_layers.size() + 1);
    m_grad.resize(m_layers.size() + 1);
    m_skipGrad.resize(m_layers.size() + 1);
    for (auto& l : m_layers)
        if (l->kind() == "add") {
            auto* r = static_cast<Residual*>(l.get());
            r->setSkip(&m_act[static_cast<std::size_t>(r->from()) + 1]);
        }
}

const Mat& Network::forward(const Mat& input, ForwardContext ctx) {
    if (ctx.timeSteps <= 0 || !m_spiking)
        ctx.timeSteps = m_spiking ? m_spec.snn.timeSteps : 1;
    m_act[0] = input;
    for (std::size_t i = 0; i < m_layers.size(); ++i)
        m_layers[i]->forward(m_act[i], m_act[i + 1], ctx);
    return m_act.back();
}

double Network::loss(std::span<const int> labels, int* correct) {
    return softmaxCrossEntropy(m_act.back(), labels, &m_grad.back(), correct);
}

void Network::backward() {
    // No input gradient is needed in front of the first trainable layer.
    std::size_t first = 0;
    while (first < m_layers.size() && m_layers[first]->tensors().empty())
        ++first;
    for (auto& g : m_skipGrad)
        g.resize(0, 0);
    for (std::size_t i = m_layers.size(); i-- > first;) {
        if (m_skipGrad[i + 1].size() > 0)
            m_grad[i + 1] += m_skipGrad[i + 1];
        m_layers[i]->backward(m_act[i], m_act[i + 1], m_grad[i + 1], i > first ? &m_grad[i] : nullptr);
        if (m_layers[i]->kind() == "add") {
            const auto src = static_cast<std::size_t>(static_cast<Residual*>(m_layers[i].get())->from()) + 1;
            if (m_skipGrad[src].size() == 0)
                m_skipGrad[src] = m_grad[i + 1];
            else
                m_skipGrad[src] += m_grad[i + 1];
        }
    }
}

std::vector<TensorRef> Network::tensors() {
    std::vector<TensorRef> all;
    for (std::size_t i = 0; i < m_layers.size(); ++i)
        for (auto t : m_layers[i]->tensors()) {
            t.name = std::to_string(i) + "." + m_layers[i]->kind() + "." + t.name;
            all.push_back(t);
        }
    return all;
}

void loadImages(const Dataset& data, std::span<const int> indices, Mat& out) {
    const int size = data.imageSize();
    out.resize(size, static_cast<Eigen::Index>(indices.size()));
    for (std::size_t j = 0; j < indices.size(); ++j) {
        const std::uint8_t* p = data.image(indices[j]);
        float* o = out.col(static_cast<Eigen::Index>(j)).data();
        for (int i = 0; i < size; ++i)
            o[i] = p[i] * (1.0f / 255.0f);
    }
}

double softmaxCrossEntropy(const Mat& logits, std::span<const int> labels, Mat* grad, int* correct) {
    const Eigen::Index n = logits.cols();
    double total = 0;
    int right = 0;
    if (grad)
        grad->resize(logits.rows(), n);
    for (Eigen::Index j = 0; j < n; ++j) {
        Eigen::Index arg = 0;
        const float mx = logits.col(j).maxCoeff(&arg);
        const Vec e = (logits.col(j).array() - mx).exp().matrix();
        const double sum = e.cast<double>().sum();
        const int y = labels[static_cast<std::size_t>(j)];
        total += std::log(sum) - (logits(y, j) - mx);
        right += arg == y;
        if (grad) {
            grad->col(j) = e / static_cast<float>(sum * double(n));
            (*grad)(y, j) -= 1.0f / static_cast<float>(n);
        }
    }
    if (correct)
        *correct = right;
    return total / double(n);
}

} // namespace aimc::core::nn
