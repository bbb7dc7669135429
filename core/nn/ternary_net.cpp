#include "nn/ternary_net.h"

#include "nn/network.h"
#include "util/rng.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace aimc::core::nn {
namespace {
constexpr std::uint64_t kPurposeChipNoise = 0xC419;
} // namespace

Shape MvmLayer::outputShape() const {
    const Shape s = kind == Kind::Conv ? geometry.out() : Shape{outputs(), 1, 1};
    return pool > 0 ? pooledShape(s, pool) : s;
}

TernaryNet foldNetwork(const Network& net) {
    TernaryNet t;
    t.input = net.spec().input;
    t.classes = net.spec().classes;
    const ActQuantizer* pendingDac = nullptr;
    MvmLayer* cur = nullptr;
    const auto& layers = net.layers();
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const Layer* l = layers[i].get();
        const std::string where = "layer " + std::to_string(i) + " (" + l->kind() + ")";
        auto weighted = [&](MvmLayer::Kind kind, const ConvGeometry& g, const Mat& shadow) {
            if (!pendingDac)
                throw std::invalid_argument(where + " has no input quantizer before it");
            MvmLayer m;
            m.kind = kind;
            m.geometry = g;
            Ternarized q = ternarize(shadow);
            m.ternary = std::move(q.t);
            m.alpha = q.alpha;
            m.input = *pendingDac;
            m.scale = Vec::Constant(m.outputs(), q.alpha * pendingDac->step());
            m.offset = Vec::Zero(m.outputs());
            pendingDac = nullptr;
            t.layers.push_back(std::move(m));
            cur = &t.layers.back();
        };
        // The layer list says what each layer is (docs/model.md §10): dispatch on its kind.
        const std::string& kind = net.spec().layers[i].kind;
        const bool tail = cur && cur->pool == 0; // batch-norm, ReLU and pooling fold into the current layer
        if (kind == "conv") {
            const auto* c = static_cast<const TernaryConv2d*>(l);
            weighted(MvmLayer::Kind::Conv, c->geometry(), c->weights().shadow());
        } else if (kind == "fc") {
            const auto* f = static_cast<const TernaryLinear*>(l);
            weighted(MvmLayer::Kind::Fc, ConvGeometry{{l->inputShape().size(), 1, 1}, f->outputShape().c, 1, 0},
                     f->weights().shadow());
            if (f->hasBias())
                cur->offset = f->bias();
        } else if (kind == "actquant") {
            pendingDac = &static_cast<const ActQuant*>(l)->quantizer();
        } else if (kind == "batchnorm" && tail) {
            if (cur->relu)
                throw std::invalid_argument(where + ": batch-norm after ReLU cannot be folded");
            Vec s, o;
            static_cast<const BatchNorm*>(l)->folded(s, o);
            cur->offset = s.cwiseProduct(cur->offset) + o;
            cur->scale = s.cwiseProduct(cur->scale);
        } else if (kind == "relu" && tail) {
            cur->relu = true;
        } else if (kind == "maxpool" && tail) {
            cur->pool = static_cast<const MaxPool*>(l)->window();
        } else if (kind == "batchnorm" || kind == "relu" || kind == "maxpool") {
            throw std::invalid_argument(where + " cannot be folded at this position");
        } else {
            throw std::invalid_argument(where + " is not supported by the ternary inference engine");
        }
    }
    if (t.layers.empty() || pendingDac)
        throw std::invalid_argument("network does not end in a weighted layer");
    return t;
}

MvmFn digitalMvm(const TernaryNet& net) {
    return [&net](int layer, const Mat& codes, Mat& sums) { sums.noalias() = codes * net.layers[layer].ternary; };
}

void addWeightNoise(Mat& w, double sigmaW, std::uint64_t key) {
    Rng rng(key);
    for (Eigen::Index i = 0; i < w.size(); ++i)
        w.data()[i] += static_cast<float>(sigmaW * rng.normal());
}

TernaryNet withWeightNoise(const TernaryNet& net, double sigmaW, std::uint64_t chipKey) {
    TernaryNet noisy = net;
    for (std::size_t l = 0; l < noisy.layers.size(); ++l)
        addWeightNoise(noisy.layers[l].ternary, sigmaW, streamKey(chipKey, kPurposeChipNoise, l));
    return noisy;
}

namespace {

// Runs one chunk of images (columns of act, values in the previous layer's units) through the net.
void runChunk(const TernaryNet& net, const MvmFn& mvm, Mat& act, Mat& codes, Mat& sums, Mat& next) {
    const int n = static_cast<int>(act.cols());
    for (int l = 0; l < static_cast<int>(net.layers.size()); ++l) {
        const MvmLayer& L = net.layers[l];
        const int C = L.outputs();
        // DAC: integer codes of the layer input
        act = act.unaryExpr([&L](float x) { return L.input.code(x); });
        if (L.kind == MvmLayer::Kind::Conv) {
            const int P = L.geometry.patches();
            codes.resize(Eigen::Index(n) * P, L.inputs());
            for (int b = 0; b < n; ++b)
                im2colT(act.col(b).data(), L.geometry, codes.data() + Eigen::Index(b) * P, codes.rows());
            mvm(l, codes, sums);
            const Shape out = L.outputShape();
            next.resize(out.size(), n);
            Mat img(P, C);
            for (int b = 0; b < n; ++b) {
                img = (sums.middleRows(Eigen::Index(b) * P, P) * L.scale.asDiagonal()).rowwise() + L.offset.transpose();
                if (L.relu)
                    img = img.cwiseMax(0.0f);
                if (L.pool > 0)
                    maxPool(img.data(), L.geometry.out(), L.pool, next.col(b).data(), nullptr);
                else
                    next.col(b) = Eigen::Map<const Vec>(img.data(), img.size());
            }
        } else {
            codes = act.transpose();
            mvm(l, codes, sums);
            next = ((sums * L.scale.asDiagonal()).rowwise() + L.offset.transpose()).transpose();
            if (L.relu)
                next = next.cwiseMax(0.0f);
        }
        act.swap(next);
    }
}

} // namespace

EvalResult evaluateByChunks(const Dataset& data, int images, const std::function<Mat(int, const Mat&)>& logitsOf) {
    EvalResult r;
    r.images = images <= 0 ? data.size() : std::min(images, data.size());
    r.predictions.assign(r.images, -1);
    forEachChunk(
        r.images,
        [&](int chunk, int b0, int b1) {
            std::vector<int> idx(b1 - b0);
            std::iota(idx.begin(), idx.end(), b0);
            Mat pixels;
            loadImages(data, idx, pixels);
            const Mat logits = logitsOf(chunk, pixels);
            for (int b = b0; b < b1; ++b) {
                Eigen::Index arg = 0;
                logits.col(b - b0).maxCoeff(&arg);
                r.predictions[b] = static_cast<int>(arg);
            }
        },
        kEvalChunkImages);
    for (int i = 0; i < r.images; ++i)
        r.correct += r.predictions[i] == data.labels[i];
    r.accuracy = r.images ? double(r.correct) / r.images : 0.0;
    return r;
}

EvalResult evaluate(const TernaryNet& net, const Dataset& data, int images, const MvmFn& mvmIn) {
    const MvmFn mvm = mvmIn ? mvmIn : digitalMvm(net);
    return evaluateByChunks(data, images, [&](int, const Mat& pixels) {
        Mat act = pixels, codes, sums, next;
        runChunk(net, mvm, act, codes, sums, next);
        return act;
    });
}

ChipAccuracies evaluateChips(const TernaryNet& net, const Dataset& data, int images, double sigmaW, int chips,
                             std::uint64_t seed) {
    ChipAccuracies r;
    if (sigmaW <= 0) { // every chip is the ideal network: evaluate once
        const EvalResult e = evaluate(net, data, images);
        r.images = e.images;
        r.accuracies.assign(std::max(chips, 1), e.accuracy);
        return r;
    }
    for (int k = 0; k < chips; ++k) {
        const EvalResult e = evaluate(withWeightNoise(net, sigmaW, streamKey(seed, kPurposeChipNoise, k)), data, images);
        r.images = e.images;
        r.accuracies.push_back(e.accuracy);
    }
    return r;
}

} // namespace aimc::core::nn
