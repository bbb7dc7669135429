// Device-to-device Monte Carlo (docs/model.md §1-2, §7): samples of the on and off devices of any
// technology (MTJ: G_P, G_AP and R_P, R_AP) and the three realised ternary weight levels. Deterministic for a seed whatever the number of threads.
#pragma once

#include "mtj_model.h"
#include "technology.h"
#include "util/stats.h"

#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

namespace aimc::core {

struct DeviceResult {
    Technology technology = Technology::SotMram;
    bool strengthIsCurrent = false; // on/off values are currents [A] (current-source cells), else conductances [S]
    int levels = 2;
    WritePath write;
    std::optional<double> retentionS; // empty where the technology cannot tell
    // MTJ closed forms (zero for other technologies).
    double raOhmUm2 = 0, ecdNm = 0, tmrAtRead = 0, nominalRpOhm = 0, deltaKt = 0;
    // Moments of the on (gp*) and off (gap*) level: analytic, or the data's for measured devices.
    ConductanceMoments analytic{};
    WeightSigmas sigmaWAnalytic{};
    // Monte Carlo.
    int samples = 0;
    std::vector<double> rp, rap; // Ω, resistive technologies only: 1/gp, 1/gap
    std::vector<double> gp, gap; // on and off strength, one per sampled device
    std::vector<double> wMinus1, wZero, wPlus1; // realised weights per LSB
    Moments rpStats, rapStats, gpStats, gapStats;
    Moments wMinus1Stats, wZeroStats, wPlus1Stats;
};

// Samples `samples` devices per distribution. Returns nullptr when stop was requested.
// Throws std::invalid_argument when the technology cannot be built (checkTechnology()).
std::shared_ptr<const DeviceResult> simulateDevice(const DeviceParams& p, int samples,
                                                   std::uint64_t seed, std::stop_token stop = {});

// The on/off moments of a technology in the MTJ's naming (gp = on, gap = off).
ConductanceMoments onOffMoments(const DeviceTechnology& t);
inline ConductanceMoments onOffMoments(const DeviceParams& p) { return onOffMoments(*makeTechnology(p)); }
// The on current of a current-source cell [A]: the technology's own (IGZO gain cell), or
// array.i_cell_ua for a resistive technology driven as a current source.
double cellOnCurrentA(const Params& p);

} // namespace aimc::core
