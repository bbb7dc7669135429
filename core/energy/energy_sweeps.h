// The Energy page's sweeps (Cosemans IEDM 2019 Section IV: "with fewer inputs N, ADC energy is
// amortized over fewer MACs"; converter precision; Fig. 8 weights versus chip area).
#pragma once

#include "energy/energy_model.h"

#include <span>
#include <vector>

namespace aimc::core {

struct EnergySweep {
    std::vector<double> x;         // the swept value (N = M, or ADC bits)
    std::vector<double> topsPerW;
    std::vector<double> fjPerMac;
};

// Square arrays N = M = sizes[i]; every other parameter as given.
EnergySweep sweepArraySize(const Params& params, std::span<const int> sizes);
// N = M from 16 to 8192 in steps of √2 (rounded), the range of array.rows.
std::vector<int> defaultArraySizes();

// ADC resolution bits = minBits..maxBits with the given scaling law; every other parameter as given.
EnergySweep sweepAdcBits(const Params& params, int minBits, int maxBits, ConverterScaling scaling);

// n values from lo to hi (> 0), evenly spaced in log10.
std::vector<double> logSpace(double lo, double hi, int n);

// Fig. 8: stored weights for each chip area [mm²] at the given cell area [µm²] (periphery and
// differential setting from params).
std::vector<double> weightsForChipAreas(const Params& params, double cellAreaUm2,
                                        std::span<const double> areasMm2);

} // namespace aimc::core
