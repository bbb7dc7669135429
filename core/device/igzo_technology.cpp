#include "igzo_technology.h"

#include <cmath>
#include <cstdio>

namespace aimc::core {

IgzoTechnology::IgzoTechnology(const DeviceParams& p)
    : m_p(p), m_iOn(p.igzo_i_on_na * 1e-9), m_nUt(p.igzo_slope_n * kThermalVoltage300K),
      m_lnSigma(p.igzo_sigma_vth_mv * 1e-3 / m_nUt), m_atRead(leakage(p.t_read_s)) {}

double IgzoTechnology::leakage(double tSeconds) const {
    // ΔV_g(t) = I_leak t / C_s lowers the gate; subthreshold: I ∝ exp(-ΔV_g / (n U_T)).
    return std::exp(-(m_p.igzo_i_leak_ya * 1e-24) * tSeconds / (m_p.igzo_c_store_ff * 1e-15 * m_nUt));
}

double IgzoTechnology::sample(int level, Rng& rng) const {
    // Write-verify trims each cell to within ±tol of its target (uniform residual); without it
    // the V_th spread makes the current lognormal with mean at the target.
    const double t = target(level);
    if (m_p.igzo_verify_tol > 0)
        return t * (1.0 + m_p.igzo_verify_tol * (2.0 * rng.uniform() - 1.0)) * m_atRead;
    return t * std::exp(m_lnSigma * rng.normal() - 0.5 * m_lnSigma * m_lnSigma) * m_atRead;
}

LevelMoments IgzoTechnology::moments(int level) const {
    const double mean = target(level) * m_atRead;
    if (m_p.igzo_verify_tol > 0)
        return {mean, mean * m_p.igzo_verify_tol / std::sqrt(3.0)};
    return {mean, mean * std::sqrt(std::expm1(m_lnSigma * m_lnSigma))};
}

WritePath IgzoTechnology::writePath() const {
    return {m_p.igzo_v_write_v, true,
            "the charge is written through the IGZO write transistor; no write current flows through a "
            "storage element"};
}

std::optional<double> IgzoTechnology::retentionSeconds() const {
    // Half an LSB: the on current has lost half the on-off window.
    const double f = 1.0 - 0.5 * (1.0 - 1.0 / m_p.igzo_on_off_ratio);
    return -std::log(f) * m_p.igzo_c_store_ff * 1e-15 * m_nUt / (m_p.igzo_i_leak_ya * 1e-24);
}

double IgzoTechnology::driftFactor(int, double tSeconds) const { return leakage(tSeconds) / m_atRead; }

} // namespace aimc::core
