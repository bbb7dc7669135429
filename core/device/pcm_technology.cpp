#include "pcm_technology.h"

#include <algorithm>
#include <cmath>

namespace aimc::core {

PcmTechnology::PcmTechnology(const DeviceParams& p)
    : m_p(p), m_gOn(1.0 / (p.pcm_r_on_mohm * 1e6)), m_gOff(m_gOn / p.pcm_on_off_ratio),
      m_lnSigma(std::sqrt(std::log1p(p.pcm_sigma_prog_rel * p.pcm_sigma_prog_rel))),
      m_logRead(logTime(p.t_read_s)) {}

double PcmTechnology::logTime(double tSeconds) const {
    return std::log(std::max(tSeconds, m_p.pcm_t0_s) / m_p.pcm_t0_s);
}

double PcmTechnology::meanDrift(double logT) const {
    // E[exp(-ν L)] for Gaussian ν: exp(-ν̄ L + σ_ν² L² / 2).
    return std::exp(-m_p.pcm_nu_mean * logT + 0.5 * m_p.pcm_nu_sigma * m_p.pcm_nu_sigma * logT * logT);
}

double PcmTechnology::programmed(int level) const {
    return m_gOff + (m_gOn - m_gOff) * level / (m_p.pcm_levels - 1);
}

double PcmTechnology::sample(int level, Rng& rng) const {
    const double prog = std::exp(m_lnSigma * rng.normal() - 0.5 * m_lnSigma * m_lnSigma); // mean 1
    const double nu = m_p.pcm_nu_mean + m_p.pcm_nu_sigma * rng.normal();
    return programmed(level) * prog * std::exp(-nu * m_logRead);
}

LevelMoments PcmTechnology::moments(int level) const {
    const double g = programmed(level), L = m_logRead, s2 = m_p.pcm_nu_sigma * m_p.pcm_nu_sigma;
    const double mean = g * meanDrift(L);
    // E[G²] = g² E[X²] E[exp(-2νL)], X lognormal with mean 1: E[X²] = 1 + σ_rel².
    const double m2 = g * g * (1.0 + m_p.pcm_sigma_prog_rel * m_p.pcm_sigma_prog_rel) *
                      std::exp(-2.0 * m_p.pcm_nu_mean * L + 2.0 * s2 * L * L);
    return {mean, std::sqrt(std::max(0.0, m2 - mean * mean))};
}

WritePath PcmTechnology::writePath() const {
    return {m_p.pcm_v_write_v, true,
            "written through a separate heater path with an OTS selector (Cosemans Fig. 14); the read "
            "path needs no high-voltage selector"};
}

std::optional<double> PcmTechnology::retentionSeconds() const {
    // The top level's mean drifts down by half a level spacing: (t/t0)^-ν̄ = 1 - spacing/(2 G_on).
    const double f = 1.0 - 0.5 * (m_gOn - m_gOff) / (m_p.pcm_levels - 1) / m_gOn;
    return m_p.pcm_t0_s * std::exp(-std::log(f) / m_p.pcm_nu_mean);
}

double PcmTechnology::driftFactor(int, double tSeconds) const {
    return meanDrift(logTime(tSeconds)) / meanDrift(m_logRead);
}

} // namespace aimc::core
