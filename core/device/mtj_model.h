// The MTJ read-path model, closed forms (docs/model.md §1-2; Doevenspeck VLSI 2020 Figs. 4, 8-11).
#pragma once

#include "params/params.h"

namespace aimc::core {

// RA(t) = RA_ref exp((t - t_ref)/lambda)   [Ω·µm²]  (docs/model.md §1, Fig. 4)
double raOhmUm2(const DeviceParams& p, double thicknessNm);
inline double raOhmUm2(const DeviceParams& p) { return raOhmUm2(p, p.mgo_thickness_nm); }
// Electrical diameter eCD = nCD - ΔCD   [nm]
double ecdNm(const DeviceParams& p);
// TMR(V) = TMR0 / (1 + (V/V_h)^2) at the read voltage.
double tmrAtRead(const DeviceParams& p);
// R_P of a device with the nominal radius   [Ω]
double nominalRp(const DeviceParams& p);
// Thermal stability Δ = Δ_ref (eCD/eCD_ref)^2 and retention τ0 exp(Δ)   [s]
double deltaKt(const DeviceParams& p);
double retentionSeconds(const DeviceParams& p);

// Exact mean and standard deviation of the P and AP conductances for a Gaussian radius and a
// lognormal RA (radius truncation at 5 % of its mean, used by the sampler, is ignored here).
struct ConductanceMoments {
    double gpMean, gpSigma, gapMean, gapSigma; // [S]
};
ConductanceMoments conductanceMoments(const DeviceParams& p);

// Per-level weight variation per LSB (docs/model.md §2): index 0 = w -1, 1 = w 0, 2 = w +1.
struct WeightSigmas {
    double minus1, zero, plus1;
};
WeightSigmas analyticWeightSigmas(const ConductanceMoments& m);

// Fig. 11 inverse: the largest σ/μ (equal for P and AP) that keeps σ_w at or below target.
double maxSigmaOverMuPm1(double sigmaW, double tmr);
double maxSigmaOverMuZero(double sigmaW, double tmr);

} // namespace aimc::core
