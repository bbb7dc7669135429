// The binary spiking network (docs/model.md §10) on STT-MRAM subarrays (§10.5, Nguyen et al. 2021):
// each binary layer's ±1 matrix is tiled on subarrays of array.rows inputs and one differential
// column pair per output neuron (+1 = P on BL and AP on BLB, −1 the reverse), realised by buildChip
// (device variation, IR drop off/map/exact). One sensing phase per time step and subarray: the sense
// amplifier resolves the bit-line current difference into the count
//   x̂ = clamp(round((I_BL − I_BLB)/I_count + ε), ±rows),  I_count = V_read·(G_P − G_AP) (nominal),
// ε the amplifier's static input-referred offset (σ = sa_offset_sigma_mv / (R_sense·I_count) counts);
// the subarrays of one output are added digitally.
#pragma once

#include "analog/analog_inference.h"
#include "nn/spiking_net.h"

namespace aimc::core::analog {

// One subarray row block of a layer: inputs row0 .. row0+rows-1 for every output.
struct SenseBlock {
    int row0 = 0, rows = 0;
    nn::Mat weights; // rows x outputs effective weights [counts]
    nn::Vec offset;  // per output (sense amplifier) [counts]
};

struct SpikingChip {
    std::vector<std::vector<SenseBlock>> layers;
    int subarrays = 0;
    long long solves = 0;
    int maxIterations = 0;
    bool converged = true;
    std::string message;
};

// I_count [A] and the sense amplifier's offset σ in counts for these parameters.
double countCurrent(const Params& p);
double offsetSigmaCounts(const Params& p);

// The binary layers' weight matrices, for buildChip.
LayerWeights layerWeights(const nn::SpikingNet& net);

// Samples one chip (devices, IR drop, amplifier offsets). nullopt when stop was requested; throws
// std::invalid_argument for settings buildChip refuses.
std::optional<SpikingChip> buildSpikingChip(const nn::SpikingNet& net, const Params& p, IrMode mode,
                                            std::uint64_t chipSeed, std::stop_token stop = {});

// The MVM of a chip: per subarray the sensed count, added over subarrays.
nn::MvmFn spikingMvm(const SpikingChip& chip, std::stop_token stop = {});

struct SpikingAccuracyOptions {
    IrMode ir = IrMode::Off;
    int images = 10000;
    int chips = 5;
    int timeSteps = 0; // <= 0: the trained number
    std::uint64_t seed = 1;
};

struct SpikingAccuracyResult {
    IrMode ir = IrMode::Off;
    double digital = 0; // the same network, digital products
    std::vector<double> chipAccuracies;
    double mean = 0, std = 0;
    int images = 0, timeSteps = 0, subarrays = 0;
    double offsetSigmaCounts = 0;
    long long solves = 0;
    int maxIterations = 0;
    bool converged = true;
    std::string message;
    double seconds = 0;
};

// Accuracy over chips (chip k from chipSeed(seed, k), as for the ternary networks). nullopt when stop
// was requested; throws std::invalid_argument for unsupported settings.
std::optional<SpikingAccuracyResult> spikingChipAccuracy(const nn::SpikingNet& net, const nn::DataSplit& data,
                                                         const Params& p, const SpikingAccuracyOptions& o,
                                                         std::stop_token stop = {});

} // namespace aimc::core::analog
