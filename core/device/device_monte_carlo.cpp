#include "device_monte_carlo.h"

#include "util/rng.h"

#include <cmath>
#include <numbers>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

namespace aimc::core {

DeviceSampler::DeviceSampler(const DeviceParams& p)
    : m_radiusMean(0.5 * ecdNm(p) * 1e-3), m_radiusSigma(p.sigma_radius_nm * 1e-3),
      m_radiusMin(0.05 * m_radiusMean), m_apFactor(1.0 / (1.0 + tmrAtRead(p))),
      m_pi(std::numbers::pi) {
    const double sl2 = std::log(1.0 + p.sigma_ra_rel * p.sigma_ra_rel);
    m_lnSigma = std::sqrt(sl2);
    // ln RA ~ N(ln RA - σ²/2, σ²): E[RA] = RA(t). x = 1/RA = exp(-ln RA).
    m_invRaMedian = std::exp(-(std::log(raOhmUm2(p)) - 0.5 * sl2));
}

std::shared_ptr<const DeviceResult> simulateDevice(const DeviceParams& p, int samples,
                                                   std::uint64_t seed, std::stop_token stop) {
    auto res = std::make_shared<DeviceResult>();
    res->raOhmUm2 = raOhmUm2(p);
    res->ecdNm = ecdNm(p);
    res->tmrAtRead = tmrAtRead(p);
    res->nominalRpOhm = nominalRp(p);
    res->deltaKt = deltaKt(p);
    res->retentionS = retentionSeconds(p);
    res->analytic = conductanceMoments(p);
    res->sigmaWAnalytic = analyticWeightSigmas(res->analytic);
    res->samples = samples;

    const auto n = static_cast<std::size_t>(samples);
    for (auto* v : {&res->rp, &res->rap, &res->gp, &res->gap, &res->wMinus1, &res->wZero,
                    &res->wPlus1})
        v->resize(n);
    const DeviceSampler sampler(p);
    const double k = sampler.apFactor();
    const double lsb = res->analytic.gpMean - res->analytic.gapMean;
    constexpr std::size_t kChunk = 4096; // fixed chunks, one stream each: thread-count independent
    const std::size_t chunks = (n + kChunk - 1) / kChunk;
    constexpr std::uint64_t kPurpose = 0xde51ce;

    tbb::parallel_for(tbb::blocked_range<std::size_t>(0, chunks), [&](const auto& range) {
        for (std::size_t c = range.begin(); c != range.end(); ++c) {
            if (stop.stop_requested())
                return;
            Rng rng(streamKey(seed, kPurpose, c));
            const std::size_t end = std::min(n, (c + 1) * kChunk);
            for (std::size_t i = c * kChunk; i < end; ++i) {
                // Six independent devices: (P, AP) for +1, (AP, P) for -1, (AP, AP) for 0.
                const double gP = sampler.sampleGp(rng), gAP = k * sampler.sampleGp(rng);
                const double gAPm = k * sampler.sampleGp(rng), gPm = sampler.sampleGp(rng);
                const double gA = k * sampler.sampleGp(rng), gB = k * sampler.sampleGp(rng);
                res->gp[i] = gP;
                res->gap[i] = gAP;
                res->rp[i] = 1.0 / gP;
                res->rap[i] = 1.0 / gAP;
                res->wPlus1[i] = (gP - gAP) / lsb;
                res->wMinus1[i] = (gAPm - gPm) / lsb;
                res->wZero[i] = (gA - gB) / lsb;
            }
        }
    });
    if (stop.stop_requested())
        return nullptr;
    res->rpStats = moments(res->rp);
    res->rapStats = moments(res->rap);
    res->gpStats = moments(res->gp);
    res->gapStats = moments(res->gap);
    res->wMinus1Stats = moments(res->wMinus1);
    res->wZeroStats = moments(res->wZero);
    res->wPlus1Stats = moments(res->wPlus1);
    return res;
}

} // namespace aimc::core
