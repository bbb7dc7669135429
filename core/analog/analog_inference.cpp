#include "analog_inference.h"

#include "array/precharge.h"
#include "util/rng.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <numeric>

namespace aimc::core::analog {
namespace {
constexpr std::uint64_t kPurposeChip = 0xc41b;

void quantize(nn::Mat& x, float fullScale, int bits) {
    if (bits <= 0 || fullScale <= 0)
        return;
    const float levels = static_cast<float>((1 << (bits - 1)) - 1); // signed ADC: ±(2^(b-1) - 1)
    const float step = fullScale / levels;
    x.array() = (x.array() * (1.0f / step)).round().max(-levels).min(levels) * step; // vectorised
}

// The DAC of every layer at `bits` (periphery.dac_bits): the codes get finer or coarser and the
// per-channel scale absorbs the new step, so y = scale·(codes·W) + offset keeps its meaning.
nn::TernaryNet withDacBits(const nn::TernaryNet& net, int bits) {
    nn::TernaryNet out = net;
    for (auto& L : out.layers) {
        const float oldStep = L.input.step();
        L.input.bits = bits;
        L.scale *= L.input.step() / oldStep;
    }
    return out;
}

// The precharge scheme's readout of one tile (docs/model.md §8): each physical column's linear
// sum through its line's discharge, the pair's difference back in LSB x code units.
void prechargeResistive(nn::Mat& s, double kappa) {
    const float k = static_cast<float>(kappa);
    s.array() = (1.0f - (-k * s.array()).exp()) / k;
}

// Current-source cells: exact while the line stays above V_sat; a line that falls below it is
// followed interval by interval (one t_LSB each, the rows with code >= k on in interval k).
void prechargeCurrentSource(const nn::Mat& codes, const nn::Mat& strengths, nn::Mat& s, const PrechargeReadout& r) {
    const double threshold = (r.vPre - r.vSat) / r.voltsPerUnit;
    if (!(s.size() && s.maxCoeff() > threshold))
        return;
    const int top = static_cast<int>(std::lround(codes.maxCoeff()));
    std::vector<nn::Mat> slopes; // per interval: the saturated drop [V] of every line
    for (int k = 1; k <= top; ++k)
        slopes.push_back(((codes.array() >= static_cast<float>(k)).cast<float>().matrix() * strengths) *
                         static_cast<float>(r.voltsPerUnit));
    for (Eigen::Index b = 0; b < s.rows(); ++b)
        for (Eigen::Index j = 0; j < s.cols(); ++j) {
            if (!(s(b, j) > threshold))
                continue;
            double v = r.vPre;
            for (const nn::Mat& drop : slopes) // normalised: dt = 1 interval, C = 1
                v = array::currentSourceStep(v, drop(b, j), 1.0, 1.0, r.vSat);
            s(b, j) = static_cast<float>((r.vPre - v) / r.voltsPerUnit);
        }
}

void prechargeTile(const nn::Mat& codes, const Tile& t, const PrechargeReadout& r, nn::Mat& out) {
    nn::Mat pos = codes * t.positive, neg = codes * t.negative;
    if (r.resistive) {
        prechargeResistive(pos, r.kappa);
        prechargeResistive(neg, r.kappa);
    } else {
        prechargeCurrentSource(codes, t.positive, pos, r);
        prechargeCurrentSource(codes, t.negative, neg, r);
    }
    out = pos - neg;
}

} // namespace

std::pair<double, double> meanStd(const std::vector<double>& v) {
    if (v.empty())
        return {0, 0};
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / v.size();
    double ss = 0;
    for (double x : v)
        ss += (x - mean) * (x - mean);
    return {mean, v.size() > 1 ? std::sqrt(ss / (v.size() - 1)) : 0.0};
}

std::uint64_t chipSeed(std::uint64_t seed, int k) { return streamKey(seed, kPurposeChip, static_cast<std::uint64_t>(k)); }

std::optional<AnalogChip> obtainChip(const ChipSource& source, const nn::TernaryNet& net, const Params& p, IrMode mode,
                                     std::uint64_t seed, std::stop_token stop) {
    return source ? source(net, p, mode, seed, stop) : buildChip(net, p, mode, seed, stop);
}

void calibrateAdc(const nn::TernaryNet& net, AnalogChip& chip, const nn::Dataset& calibration,
                  int images) {
    std::mutex mutex;
    const nn::MvmFn record = [&](int layer, const nn::Mat& codes, nn::Mat& sums) {
        auto& L = chip.layers[layer];
        sums.setZero(codes.rows(), L.outputs);
        nn::Mat partial;
        for (Tile& t : L.tiles) {
            partial.noalias() = codes.middleCols(t.row0, t.rows) * t.weights;
            const float peak = partial.size() ? partial.cwiseAbs().maxCoeff() : 0.0f;
            {
                const std::lock_guard lock(mutex);
                t.adcFullScale = std::max(t.adcFullScale, peak);
            }
            sums.middleCols(t.col0, t.cols) += partial;
        }
    };
    nn::evaluate(net, calibration, images, record);
}

void copyAdcFullScale(const AnalogChip& from, AnalogChip& to) {
    for (std::size_t l = 0; l < to.layers.size(); ++l)
        for (std::size_t t = 0; t < to.layers[l].tiles.size(); ++t)
            to.layers[l].tiles[t].adcFullScale = from.layers[l].tiles[t].adcFullScale;
}

nn::MvmFn analogMvm(const AnalogChip& chip, int adcBits, std::stop_token stop) {
    return [&chip, adcBits, stop](int layer, const nn::Mat& codes, nn::Mat& sums) {
        if (stop.stop_requested())
            throw Cancelled{};
        const AnalogLayer& L = chip.layers[layer];
        sums.setZero(codes.rows(), L.outputs);
        nn::Mat partial;
        for (const Tile& t : L.tiles) {
            if (chip.precharge.enabled)
                prechargeTile(codes.middleCols(t.row0, t.rows), t, chip.precharge, partial);
            else
                partial.noalias() = codes.middleCols(t.row0, t.rows) * t.weights;
            quantize(partial, t.adcFullScale, adcBits);
            sums.middleCols(t.col0, t.cols) += partial;
        }
    };
}

std::optional<IdealReference> idealReference(const nn::TernaryNet& trained, const nn::DataSplit& data,
                                             const Params& p, const AccuracyOptions& o,
                                             std::stop_token stop) {
    IdealReference ref;
    ref.net = withDacBits(trained, p.periphery.dac_bits);
    try {
        ref.chip = idealChip(ref.net, p);
        calibrateAdc(ref.net, ref.chip, data.train.size() ? data.train : data.test, o.calibrationImages);
        const auto e = nn::evaluate(ref.net, data.test, o.images, analogMvm(ref.chip, p.periphery.adc_bits, stop));
        ref.accuracy = e.accuracy;
        ref.images = e.images;
        ref.accuracyNoAdc = nn::evaluate(ref.net, data.test, o.images, analogMvm(ref.chip, 0, stop)).accuracy;
    } catch (const Cancelled&) {
        return std::nullopt;
    }
    return ref;
}

std::optional<AccuracyResult> chipAccuracy(const nn::TernaryNet& trained, const nn::DataSplit& data,
                                           const Params& p, const AccuracyOptions& o,
                                           std::stop_token stop,
                                           const std::function<void(const ChipProgress&)>& progress) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto ref = idealReference(trained, data, p, o, stop);
    if (!ref)
        return std::nullopt;
    auto r = chipAccuracy(*ref, data, p, o, stop, progress);
    if (r) // the whole run, reference included
        r->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

std::optional<AccuracyResult> chipAccuracy(const IdealReference& ideal, const nn::DataSplit& data,
                                           const Params& p, const AccuracyOptions& o,
                                           std::stop_token stop,
                                           const std::function<void(const ChipProgress&)>& progress) {
    const auto t0 = std::chrono::steady_clock::now();
    const nn::TernaryNet& net = ideal.net;
    AccuracyResult r;
    r.ir = o.ir;
    r.ideal = ideal.accuracy;
    r.idealNoAdc = ideal.accuracyNoAdc;
    r.images = ideal.images;
    const int adcBits = p.periphery.adc_bits;
    try {
        ChipProgress prog{0, o.chips, {}};
        for (int k = 0; k < o.chips; ++k) {
            auto chip = obtainChip(o.chipSource, net, p, o.ir, chipSeed(o.seed, k), stop);
            if (!chip)
                return std::nullopt;
            r.solves += chip->solves;
            r.maxIterations = std::max(r.maxIterations, chip->maxIterations);
            if (!chip->converged) {
                r.converged = false;
                r.message = chip->message;
                break;
            }
            copyAdcFullScale(ideal.chip, *chip);
            auto e = nn::evaluate(net, data.test, o.images, analogMvm(*chip, adcBits, stop));
            if (k == 0)
                r.predictions = std::move(e.predictions);
            r.chipAccuracies.push_back(e.accuracy);
            prog.chip = k + 1;
            prog.accuracies = r.chipAccuracies;
            if (progress)
                progress(prog);
        }
    } catch (const Cancelled&) {
        return std::nullopt;
    }
    std::tie(r.mean, r.std) = meanStd(r.chipAccuracies);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

} // namespace aimc::core::analog
