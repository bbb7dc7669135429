// Device-to-device Monte Carlo (docs/model.md §1-2): samples of R_P, R_AP, G_P, G_AP and the three
// realised ternary weight levels. Deterministic for a seed whatever the number of threads.
#pragma once

#include "mtj_model.h"
#include "util/stats.h"

#include <cmath>
#include <cstdint>
#include <memory>
#include <stop_token>
#include <vector>

namespace aimc::core {

struct DeviceResult {
    // Closed forms.
    double raOhmUm2 = 0, ecdNm = 0, tmrAtRead = 0, nominalRpOhm = 0, deltaKt = 0, retentionS = 0;
    ConductanceMoments analytic{};
    WeightSigmas sigmaWAnalytic{};
    // Monte Carlo.
    int samples = 0;
    std::vector<double> rp, rap, gp, gap; // Ω and S, one per sampled device
    std::vector<double> wMinus1, wZero, wPlus1; // realised weights per LSB
    Moments rpStats, rapStats, gpStats, gapStats;
    Moments wMinus1Stats, wZeroStats, wPlus1Stats;
};

// Samples `samples` devices per distribution. Returns nullptr when stop was requested.
std::shared_ptr<const DeviceResult> simulateDevice(const DeviceParams& p, int samples,
                                                   std::uint64_t seed, std::stop_token stop = {});

// Draws one device conductance in the P state [S] (used by the array and network models too).
class DeviceSampler {
public:
    explicit DeviceSampler(const DeviceParams& p);
    template <class Rng> double sampleGp(Rng& rng) const {
        double r = m_radiusMean + m_radiusSigma * rng.normal();
        if (r < m_radiusMin) // a Gaussian radius can go non-physical; truncate
            r = m_radiusMin;
        double x = m_invRaMedian;
        if (m_lnSigma > 0)
            x *= std::exp(-m_lnSigma * rng.normal());
        return m_pi * r * r * x;
    }
    double apFactor() const { return m_apFactor; } // G_AP / G_P = 1/(1 + TMR(V))

private:
    double m_radiusMean, m_radiusSigma, m_radiusMin, m_invRaMedian, m_lnSigma, m_apFactor, m_pi;
};

} // namespace aimc::core
