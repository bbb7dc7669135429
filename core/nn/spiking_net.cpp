// Folding and inference of the binary spiking network (docs/model.md §10).
#include "nn/spiking_net.h"

#include "nn/network.h"
#include "nn/spiking_layers.h"
#include "util/rng.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace aimc::core::nn {
namespace {
constexpr std::uint64_t kPurposeChipNoise = 0xB519;

Mat binaryWeights(const Mat& shadow) { return (shadow.array() >= 0.0f).select(Mat::Ones(shadow.rows(), shadow.cols()), -1.0f); }
} // namespace

SpikingNet foldSpiking(const Network& net) {
    SpikingNet r;
    const ArchSpec& spec = net.spec();
    r.input = spec.input;
    r.classes = spec.classes;
    r.timeSteps = spec.snn.timeSteps;
    const auto& layers = net.layers();
    const auto& specs = spec.layers;
    const float theta = spec.snn.threshold;
    auto where = [&](std::size_t i) { return "layer " + std::to_string(i) + " (" + specs[i].kind + ")"; };
    if (specs.empty() || specs[0].kind != "encode")
        throw std::invalid_argument("a spiking network starts with the input encoding");
    std::size_t i = 1;
    auto expect = [&](const char* kind) {
        if (i >= specs.size() || specs[i].kind != kind)
            throw std::invalid_argument((i < specs.size() ? where(i) : std::string("the end of the list")) + ": expected " +
                                        kind + " here for the folded spiking engine");
        return layers[i++].get();
    };
    while (i < specs.size()) {
        const std::size_t inputLayer = i - 1; // the layer whose output feeds this weighted layer
        SpikingLayer L;
        Layer* w = layers[i].get();
        if (specs[i].kind == "bconv") {
            auto* c = static_cast<TernaryConv2d*>(w);
            L.kind = MvmLayer::Kind::Conv;
            L.geometry = c->geometry();
            L.weights = binaryWeights(c->weights().shadow());
        } else if (specs[i].kind == "bfc") {
            auto* f = static_cast<TernaryLinear*>(w);
            if (f->hasBias())
                throw std::invalid_argument(where(i) + ": a binary layer with a bias cannot be folded");
            L.kind = MvmLayer::Kind::Fc;
            L.geometry = ConvGeometry{{w->inputShape().size(), 1, 1}, w->outputShape().c, 1, 0};
            L.weights = binaryWeights(f->weights().shadow());
        } else {
            throw std::invalid_argument(where(i) + ": expected a binary layer (bconv or bfc)");
        }
        ++i;
        Vec a, b;
        static_cast<BatchNorm*>(expect("batchnorm"))->folded(a, b);
        if (i < specs.size() && specs[i].kind == "tmean") {
            L.spiking = false;
            L.scale = a;
            L.offset = b;
            r.layers.push_back(std::move(L));
            if (++i != specs.size())
                throw std::invalid_argument(where(i) + ": nothing may follow the mean over time");
            return r;
        }
        if (i < specs.size() && specs[i].kind == "add") {
            if (static_cast<std::size_t>(specs[i].from) != inputLayer || !(w->inputShape() == w->outputShape()))
                throw std::invalid_argument(where(i) + ": the folded engine supports identity shortcuts from the "
                                            "weighted layer's own input only");
            L.residual = true;
            ++i;
        }
        expect("if");
        const Eigen::Index C = a.size();
        L.threshold.resize(C);
        L.leak.resize(C);
        L.skipGain.resize(C);
        L.sign.resize(C);
        for (Eigen::Index c = 0; c < C; ++c) {
            // Dynamic threshold (sign-aware): a·v' ≥ θ ⇔ v' ≥ θ/a for a > 0, v' ≤ θ/a for a < 0.
            const float ac = std::abs(a[c]) < 1e-12f ? 1e-12f : a[c];
            L.threshold[c] = theta / ac;
            L.leak[c] = b[c] / ac;
            L.skipGain[c] = 1.0f / ac;
            L.sign[c] = ac > 0 ? 1.0f : -1.0f;
        }
        if (i < specs.size() && specs[i].kind == "maxpool")
            L.pool = static_cast<MaxPool*>(layers[i++].get())->window();
        r.layers.push_back(std::move(L));
    }
    throw std::invalid_argument("a spiking network must end with bfc → batchnorm → tmean");
}

MvmFn digitalMvm(const SpikingNet& net) {
    return [&net](int layer, const Mat& codes, Mat& sums) { sums.noalias() = codes * net.layers[layer].weights; };
}

SpikingNet withWeightNoise(const SpikingNet& net, double sigmaW, std::uint64_t chipKey) {
    SpikingNet noisy = net;
    for (std::size_t l = 0; l < noisy.layers.size(); ++l)
        addWeightNoise(noisy.layers[l].weights, sigmaW, streamKey(chipKey, kPurposeChipNoise, l));
    return noisy;
}

namespace {

// One chunk of n images through T time steps; returns the summed logits (classes × n).
Mat runChunk(const SpikingNet& net, const MvmFn& mvm, const Mat& spikesIn, int T, std::vector<double>* counts) {
    const int n = static_cast<int>(spikesIn.cols());
    const auto nl = net.layers.size();
    std::vector<Mat> u(nl); // membrane potential u' per layer: (n·patches) × channels
    Mat logits = Mat::Zero(net.classes, n), codes, sums, act, next;
    for (int t = 0; t < T; ++t) {
        act = spikesIn;
        for (std::size_t l = 0; l < nl; ++l) {
            const SpikingLayer& L = net.layers[l];
            const int C = L.outputs();
            const int P = L.kind == MvmLayer::Kind::Conv ? L.geometry.patches() : 1;
            if (L.kind == MvmLayer::Kind::Conv) {
                codes.resize(Eigen::Index(n) * P, L.inputs());
                for (int b = 0; b < n; ++b)
                    im2colT(act.col(b).data(), L.geometry, codes.data() + Eigen::Index(b) * P, codes.rows());
            } else {
                codes = act.transpose();
            }
            mvm(static_cast<int>(l), codes, sums); // (n·P) × C integer counts of one sensing phase
            if (!L.spiking) {
                logits += ((sums * L.scale.asDiagonal()).rowwise() + L.offset.transpose()).transpose();
                break;
            }
            if (t == 0)
                u[l].setZero(sums.rows(), C);
            Mat& v = u[l];
            v += sums;
            v.rowwise() += L.leak.transpose();
            if (L.residual) // the input spike of the same (channel, position): act is (C, H, W) per image
                for (int b = 0; b < n; ++b)
                    v.middleRows(Eigen::Index(b) * P, P) +=
                        Eigen::Map<const Mat>(act.col(b).data(), P, C) * L.skipGain.asDiagonal();
            const Shape ns = L.neuronShape();
            next.resize(ns.size(), n);
            for (int b = 0; b < n; ++b) {
                auto vb = v.middleRows(Eigen::Index(b) * P, P);
                Eigen::Map<Mat> s(next.col(b).data(), P, C);
                for (int c = 0; c < C; ++c) {
                    s.col(c) = ((vb.col(c).array() - L.threshold[c]) * L.sign[c] >= 0.0f).cast<float>().matrix();
                    vb.col(c) -= L.threshold[c] * s.col(c);
                }
            }
            if (counts)
                (*counts)[l] += next.sum();
            if (L.pool > 0) {
                const Shape os = L.outputShape();
                act.resize(os.size(), n);
                for (int b = 0; b < n; ++b)
                    maxPool(next.col(b).data(), ns, L.pool, act.col(b).data(), nullptr);
            } else {
                act.swap(next);
            }
        }
    }
    return logits;
}

} // namespace

Mat spikingLogits(const SpikingNet& net, const Mat& pixels, int timeSteps, const MvmFn& mvmIn) {
    const int T = timeSteps > 0 ? timeSteps : net.timeSteps;
    const Mat spikes = (pixels.array() >= SpikeEncode::kPixelThreshold).cast<float>().matrix();
    return runChunk(net, mvmIn ? mvmIn : digitalMvm(net), spikes, T, nullptr) / static_cast<float>(T);
}

EvalResult evaluate(const SpikingNet& net, const Dataset& data, int images, int timeSteps, const MvmFn& mvmIn,
                    FiringRates* rates) {
    const MvmFn mvm = mvmIn ? mvmIn : digitalMvm(net);
    const int T = timeSteps > 0 ? timeSteps : net.timeSteps;
    const int n = images <= 0 ? data.size() : std::min(images, data.size());
    std::vector<std::vector<double>> chunkCounts(chunkCount(n, kEvalChunkImages),
                                                 std::vector<double>(net.layers.size(), 0.0));
    const EvalResult r = evaluateByChunks(data, images, [&](int chunk, const Mat& pixels) {
        const Mat spikes = (pixels.array() >= SpikeEncode::kPixelThreshold).cast<float>().matrix();
        return runChunk(net, mvm, spikes, T, rates ? &chunkCounts[chunk] : nullptr);
    });
    if (rates) {
        rates->timeSteps = T;
        rates->spikes.assign(net.layers.size() - 1, 0.0);
        rates->neurons.clear();
        for (std::size_t l = 0; l + 1 < net.layers.size(); ++l) {
            for (const auto& c : chunkCounts)
                rates->spikes[l] += c[l];
            rates->neurons.push_back(net.layers[l].neuronShape().size());
        }
    }
    return r;
}

ChipAccuracies evaluateChips(const SpikingNet& net, const Dataset& data, int images, int timeSteps, double sigmaW,
                             int chips, std::uint64_t seed) {
    ChipAccuracies r;
    const int n = sigmaW > 0 ? chips : 1;
    for (int k = 0; k < n; ++k) {
        const EvalResult e = evaluate(sigmaW > 0 ? withWeightNoise(net, sigmaW, streamKey(seed, kPurposeChipNoise, k)) : net,
                                      data, images, timeSteps);
        r.images = e.images;
        r.accuracies.push_back(e.accuracy);
    }
    if (sigmaW <= 0) // every chip is the ideal network
        r.accuracies.assign(std::max(chips, 1), r.accuracies.front());
    return r;
}

} // namespace aimc::core::nn
