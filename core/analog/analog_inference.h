// Accuracy of a ternary network run through simulated arrays (docs/model.md §5): DAC codes in, each
// array tile's partial sums through its ADC (full scale calibrated on training images), partial
// sums added digitally. Reported as mean ± std over chip instances, streaming partial results.
#pragma once

#include "analog/analog_chip.h"
#include "nn/dataset.h"

#include <functional>
#include <utility>
#include <vector>
#include <stop_token>

namespace aimc::core::analog {

// Thrown out of an evaluation when stop is requested (caught by the functions below).
struct Cancelled {};

// Sets every tile's ADC full scale to the largest |partial sum| the tile produces on `images`
// calibration images (the ideal chip's tiles define it; copy it to other chips).
void calibrateAdc(const nn::TernaryNet& net, AnalogChip& chip, const nn::Dataset& calibration,
                  int images);
void copyAdcFullScale(const AnalogChip& from, AnalogChip& to);

// The MVM of a chip: per tile codes·W_eff, then the ADC (adcBits <= 0: no ADC).
nn::MvmFn analogMvm(const AnalogChip& chip, int adcBits, std::stop_token stop = {});

// Where chipAccuracy and irErrorSweep get a chip from (default: buildChip). A cache can return a chip it
// built before for the same network, device, array, mode and seed: the ADC full scales are set afterwards,
// so chips stay valid when only a converter setting moves. nullopt when stop was requested.
using ChipSource = std::function<std::optional<AnalogChip>(const nn::TernaryNet& net, const Params& p, IrMode mode,
                                                           std::uint64_t seed, std::stop_token stop)>;
// buildChip through `source` when it is set.
std::optional<AnalogChip> obtainChip(const ChipSource& source, const nn::TernaryNet& net, const Params& p, IrMode mode,
                                     std::uint64_t seed, std::stop_token stop);

struct AccuracyOptions {
    IrMode ir = IrMode::Off;
    int images = 10000;
    int chips = 5;
    int calibrationImages = 200;
    std::uint64_t seed = 1;
    ChipSource chipSource; // optional
};

struct ChipProgress {
    int chip = 0;           // chips finished so far
    int chips = 0;
    std::vector<double> accuracies; // of the finished chips
};

struct AccuracyResult {
    double ideal = 0;          // digital ternary with the same DAC/ADC quantization
    double idealNoAdc = 0;     // digital ternary, DAC only (no ADC)
    std::vector<double> chipAccuracies;
    double mean = 0, std = 0;
    int images = 0;
    IrMode ir = IrMode::Off;
    std::vector<int> predictions;  // of the first chip (confusion matrix, misclassified images)
    long long solves = 0;
    int maxIterations = 0;
    bool converged = true;
    std::string message;
    double seconds = 0;
};

// The device-independent part: the ideal chip with calibrated ADCs and the ideal accuracies.
// It depends only on the network, the data, the converters, the array size and the image count,
// so callers that vary device parameters (the Network page) compute it once and pass it in.
struct IdealReference {
    nn::TernaryNet net; // at periphery.dac_bits
    AnalogChip chip;    // ternary weights, ADC full scales calibrated
    double accuracy = 0, accuracyNoAdc = 0;
    int images = 0;
};
std::optional<IdealReference> idealReference(const nn::TernaryNet& trained, const nn::DataSplit& data,
                                             const Params& p, const AccuracyOptions& o,
                                             std::stop_token stop = {});

// Chip k's seed for the run seed (chip k of every run with this seed has the same devices).
std::uint64_t chipSeed(std::uint64_t seed, int k);
// Mean and sample standard deviation (0 for fewer than two values).
std::pair<double, double> meanStd(const std::vector<double>& v);

// Runs every chip; `progress` (optional) is called after each chip from the calling thread.
// Returns nullopt when stop was requested. Throws std::invalid_argument for unsupported settings.
std::optional<AccuracyResult> chipAccuracy(const nn::TernaryNet& net, const nn::DataSplit& data,
                                           const Params& p, const AccuracyOptions& o,
                                           std::stop_token stop = {},
                                           const std::function<void(const ChipProgress&)>& progress = {});
// The same with a precomputed reference (from idealReference with the same p and o).
std::optional<AccuracyResult> chipAccuracy(const IdealReference& ideal, const nn::DataSplit& data,
                                           const Params& p, const AccuracyOptions& o,
                                           std::stop_token stop = {},
                                           const std::function<void(const ChipProgress&)>& progress = {});

} // namespace aimc::core::analog
