#include "device_monte_carlo.h"

#include "ternary_encoding.h"
#include "util/rng.h"

#include <cmath>
#include <numbers>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

namespace aimc::core {

ConductanceMoments onOffMoments(const DeviceTechnology& t) {
    const LevelMoments on = t.moments(t.onLevel()), off = t.moments(t.offLevel());
    return {on.mean, on.sigma, off.mean, off.sigma};
}

double cellOnCurrentA(const Params& p) {
    const auto tech = makeTechnology(p.device);
    if (tech->nativeCellModel() == CellModel::CurrentSource)
        return tech->moments(tech->onLevel()).mean;
    return p.array.i_cell_ua * 1e-6;
}

std::shared_ptr<const DeviceResult> simulateDevice(const DeviceParams& p, int samples,
                                                   std::uint64_t seed, std::stop_token stop) {
    const auto tech = makeTechnology(p);
    auto res = std::make_shared<DeviceResult>();
    res->technology = p.technology;
    res->strengthIsCurrent = tech->nativeCellModel() == CellModel::CurrentSource;
    res->levels = tech->levels();
    res->write = tech->writePath();
    res->retentionS = tech->retentionSeconds();
    if (p.technology == Technology::SotMram || p.technology == Technology::SttMram) {
        res->raOhmUm2 = raOhmUm2(p);
        res->ecdNm = ecdNm(p);
        res->tmrAtRead = tmrAtRead(p);
        res->nominalRpOhm = nominalRp(p);
        res->deltaKt = deltaKt(p);
    }
    res->analytic = onOffMoments(*tech);
    res->sigmaWAnalytic = analyticWeightSigmas(res->analytic);
    res->samples = samples;

    const auto n = static_cast<std::size_t>(samples);
    for (auto* v : {&res->gp, &res->gap, &res->wMinus1, &res->wZero, &res->wPlus1})
        v->resize(n);
    if (!res->strengthIsCurrent) {
        res->rp.resize(n);
        res->rap.resize(n);
    }
    const int on = tech->onLevel(), off = tech->offLevel();
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
                // Six independent devices, one pair per level in the order +1, -1, 0.
                double w[3];
                int idx = 0;
                for (int weight : {1, -1, 0}) {
                    const PairLevels pair = ternaryPair(weight, on, off);
                    const double gPos = tech->sample(pair.positive, rng);
                    const double gNeg = tech->sample(pair.negative, rng);
                    if (weight == 1) {
                        res->gp[i] = gPos;
                        res->gap[i] = gNeg;
                    }
                    w[idx++] = (gPos - gNeg) / lsb;
                }
                res->wPlus1[i] = w[0];
                res->wMinus1[i] = w[1];
                res->wZero[i] = w[2];
                if (!res->strengthIsCurrent) {
                    res->rp[i] = 1.0 / res->gp[i];
                    res->rap[i] = 1.0 / res->gap[i];
                }
            }
        }
    });
    if (stop.stop_requested())
        return nullptr;
    if (!res->strengthIsCurrent) {
        res->rpStats = moments(res->rp);
        res->rapStats = moments(res->rap);
    }
    res->gpStats = moments(res->gp);
    res->gapStats = moments(res->gap);
    res->wMinus1Stats = moments(res->wMinus1);
    res->wZeroStats = moments(res->wZero);
    res->wPlus1Stats = moments(res->wPlus1);
    return res;
}

} // namespace aimc::core
