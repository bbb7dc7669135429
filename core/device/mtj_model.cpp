#include "mtj_model.h"

#include <cmath>
#include <numbers>

namespace aimc::core {

double raOhmUm2(const DeviceParams& p, double thicknessNm) {
    return p.ra_ref_ohm_um2 * std::exp((thicknessNm - p.ra_ref_thickness_nm) / p.ra_decay_nm);
}

double ecdNm(const DeviceParams& p) { return p.cd_nm - p.cd_bias_nm; }

double tmrAtRead(const DeviceParams& p) {
    const double x = p.v_read_v / p.tmr_v_half_v;
    return p.tmr / (1.0 + x * x);
}

double nominalRp(const DeviceParams& p) {
    const double rUm = 0.5 * ecdNm(p) * 1e-3;
    return raOhmUm2(p) / (std::numbers::pi * rUm * rUm);
}

double deltaKt(const DeviceParams& p) {
    const double ratio = ecdNm(p) / p.delta_ref_ecd_nm;
    return p.delta_ref * ratio * ratio;
}

double retentionSeconds(const DeviceParams& p) { return p.tau0_ns * 1e-9 * std::exp(deltaKt(p)); }

ConductanceMoments conductanceMoments(const DeviceParams& p) {
    // G = π r² X with r ~ N(μ, σ) and X = 1/RA lognormal, independent.
    const double mu = 0.5 * ecdNm(p) * 1e-3, s = p.sigma_radius_nm * 1e-3; // µm
    const double er2 = mu * mu + s * s;
    const double varR2 = 4 * mu * mu * s * s + 2 * s * s * s * s;
    const double sl2 = std::log(1.0 + p.sigma_ra_rel * p.sigma_ra_rel);
    const double ml = std::log(raOhmUm2(p)) - 0.5 * sl2; // so that E[RA] = RA(t)
    const double ex = std::exp(-ml + 0.5 * sl2), ex2 = std::exp(-2 * ml + 2 * sl2);
    const double varX = ex * ex * std::expm1(sl2);
    const double gMean = std::numbers::pi * er2 * ex;
    // Var(AB) = Var(A) E[B²] + E[A]² Var(B) for independent A, B: no cancellation at σ = 0.
    const double gVar = std::numbers::pi * std::numbers::pi * (varR2 * ex2 + er2 * er2 * varX);
    const double k = 1.0 / (1.0 + tmrAtRead(p)); // G_AP = G_P / (1 + TMR(V))
    const double gSigma = std::sqrt(std::max(gVar, 0.0));
    return {gMean, gSigma, gMean * k, gSigma * k};
}

WeightSigmas analyticWeightSigmas(const ConductanceMoments& m) {
    const double lsb = m.gpMean - m.gapMean;
    const double pm = std::hypot(m.gpSigma, m.gapSigma) / lsb;
    return {pm, std::numbers::sqrt2 * m.gapSigma / lsb, pm};
}

double maxSigmaOverMuPm1(double sigmaW, double tmr) {
    const double k = 1.0 / (1.0 + tmr);
    return sigmaW * (1.0 - k) / std::sqrt(1.0 + k * k);
}

double maxSigmaOverMuZero(double sigmaW, double tmr) {
    const double k = 1.0 / (1.0 + tmr);
    return sigmaW * (1.0 - k) / (std::numbers::sqrt2 * k);
}

} // namespace aimc::core
