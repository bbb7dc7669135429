#include "spiking_chip.h"

#include "device/device_monte_carlo.h"
#include "util/rng.h"

#include <chrono>
#include <stdexcept>

namespace aimc::core::analog {
namespace {
constexpr std::uint64_t kPurposeSaOffset = 0x5a0f;

// The chip's tiles of one layer gathered by row block: every output of a block sensed at once.
std::vector<SenseBlock> senseBlocks(const AnalogLayer& L) {
    std::vector<SenseBlock> blocks;
    for (const Tile& t : L.tiles) {
        if (blocks.empty() || blocks.back().row0 != t.row0) {
            blocks.push_back({t.row0, t.rows, nn::Mat::Zero(t.rows, L.outputs), nn::Vec::Zero(L.outputs)});
        }
        blocks.back().weights.middleCols(t.col0, t.cols) = t.weights;
    }
    return blocks;
}
} // namespace

double countCurrent(const Params& p) {
    const auto m = onOffMoments(p.device);
    return p.device.v_read_v * (m.gpMean - m.gapMean);
}

double offsetSigmaCounts(const Params& p) {
    return p.periphery.sa_offset_sigma_mv * 1e-3 / (p.periphery.sa_r_sense_ohm * countCurrent(p));
}

LayerWeights layerWeights(const nn::SpikingNet& net) {
    LayerWeights w;
    for (const auto& L : net.layers)
        w.push_back(&L.weights);
    return w;
}

std::optional<SpikingChip> buildSpikingChip(const nn::SpikingNet& net, const Params& p, IrMode mode,
                                            std::uint64_t chipSeed, std::stop_token stop) {
    if (p.array.scheme != ReadScheme::Clamp)
        throw std::invalid_argument("array.scheme = precharge: the binary spiking subarrays sense clamped bit-line "
                                    "currents (set array.scheme=clamp)");
    auto analog = buildChip(layerWeights(net), p, mode, chipSeed, stop);
    if (!analog)
        return std::nullopt;
    SpikingChip chip;
    chip.solves = analog->solves;
    chip.maxIterations = analog->maxIterations;
    chip.converged = analog->converged;
    chip.message = analog->message;
    if (!chip.converged)
        return chip;
    chip.subarrays = analog->arrays; // one per (row block, column pair group)
    const double sigma = offsetSigmaCounts(p);
    for (std::size_t l = 0; l < analog->layers.size(); ++l) {
        auto blocks = senseBlocks(analog->layers[l]);
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            if (sigma > 0) { // one static offset per sense amplifier (column pair) and chip
                Rng rng(streamKey(streamKey(chipSeed, kPurposeSaOffset, l), kPurposeSaOffset, b));
                for (Eigen::Index k = 0; k < blocks[b].offset.size(); ++k)
                    blocks[b].offset[k] = static_cast<float>(sigma * rng.normal());
            }
        }
        chip.layers.push_back(std::move(blocks));
    }
    return chip;
}

nn::MvmFn spikingMvm(const SpikingChip& chip, std::stop_token stop) {
    return [&chip, stop](int layer, const nn::Mat& codes, nn::Mat& sums) {
        if (stop.stop_requested())
            throw Cancelled{};
        const auto& blocks = chip.layers[static_cast<std::size_t>(layer)];
        sums.setZero(codes.rows(), blocks.front().weights.cols());
        nn::Mat sensed;
        for (const SenseBlock& b : blocks) {
            sensed.noalias() = codes.middleCols(b.row0, b.rows) * b.weights;
            const float limit = static_cast<float>(b.rows);
            sensed.rowwise() += b.offset.transpose();
            sums.array() += sensed.array().round().max(-limit).min(limit);
        }
    };
}

std::optional<SpikingAccuracyResult> spikingChipAccuracy(const nn::SpikingNet& net, const nn::DataSplit& data,
                                                         const Params& p, const SpikingAccuracyOptions& o,
                                                         std::stop_token stop) {
    const auto t0 = std::chrono::steady_clock::now();
    SpikingAccuracyResult r;
    r.ir = o.ir;
    r.timeSteps = o.timeSteps > 0 ? o.timeSteps : net.timeSteps;
    r.offsetSigmaCounts = offsetSigmaCounts(p);
    try {
        const auto digital = nn::evaluate(net, data.test, o.images, r.timeSteps);
        r.digital = digital.accuracy;
        r.images = digital.images;
        for (int k = 0; k < o.chips; ++k) {
            auto chip = buildSpikingChip(net, p, o.ir, chipSeed(o.seed, k), stop);
            if (!chip)
                return std::nullopt;
            r.solves += chip->solves;
            r.maxIterations = std::max(r.maxIterations, chip->maxIterations);
            r.subarrays = chip->subarrays;
            if (!chip->converged) {
                r.converged = false;
                r.message = chip->message;
                break;
            }
            r.chipAccuracies.push_back(nn::evaluate(net, data.test, o.images, r.timeSteps, spikingMvm(*chip, stop)).accuracy);
        }
    } catch (const Cancelled&) {
        return std::nullopt;
    }
    std::tie(r.mean, r.std) = meanStd(r.chipAccuracies);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

} // namespace aimc::core::analog
