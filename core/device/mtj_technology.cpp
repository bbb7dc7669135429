#include "mtj_technology.h"

#include <cstdio>
#include <numbers>

namespace aimc::core {

MtjSampler::MtjSampler(const DeviceParams& p)
    : m_radiusMean(0.5 * ecdNm(p) * 1e-3), m_radiusSigma(p.sigma_radius_nm * 1e-3),
      m_radiusMin(0.05 * m_radiusMean), m_apFactor(1.0 / (1.0 + tmrAtRead(p))),
      m_pi(std::numbers::pi) {
    const double sl2 = std::log(1.0 + p.sigma_ra_rel * p.sigma_ra_rel);
    m_lnSigma = std::sqrt(sl2);
    // ln RA ~ N(ln RA - σ²/2, σ²): E[RA] = RA(t). x = 1/RA = exp(-ln RA).
    m_invRaMedian = std::exp(-(std::log(raOhmUm2(p)) - 0.5 * sl2));
}

MtjTechnology::MtjTechnology(const DeviceParams& p)
    : m_p(p), m_sampler(p), m_moments(conductanceMoments(p)) {}

LevelMoments MtjTechnology::moments(int level) const {
    return level == 1 ? LevelMoments{m_moments.gpMean, m_moments.gpSigma}
                      : LevelMoments{m_moments.gapMean, m_moments.gapSigma};
}

std::optional<double> MtjTechnology::retentionSeconds() const { return core::retentionSeconds(m_p); }

namespace {
std::string volts(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g V", v);
    return buf;
}
// 1 MA/cm² = 1e6 A / 1e8 µm² = 0.01 A/µm².
double jcAPerUm2(const DeviceParams& p) { return p.stt_jc_ma_cm2 * 0.01; }
double sttWriteLimit(const DeviceParams& p) { return p.v_breakdown_v / (1.0 + p.write_margin); }
} // namespace

WritePath SotMramTechnology::writePath() const {
    const double v = m_p.sot_i_write_ua * 1e-6 * m_p.sot_track_r_ohm;
    return {v, true, "write current through the SOT track (" + volts(v) + "), not through the barrier: "
                     "V_WR does not depend on RA"};
}

WritePath SttMramTechnology::writePath() const {
    const double v = jcAPerUm2(m_p) * raOhmUm2(m_p);
    const double limit = sttWriteLimit(m_p);
    if (v <= limit)
        return {v, true, "V_WR = J_c·RA = " + volts(v) + " stays below the breakdown limit " + volts(limit)};
    return {v, false, "cannot be written: V_WR = J_c·RA = " + volts(v) + " exceeds the barrier's breakdown limit " +
                          volts(limit) + " (V_bd/(1 + margin)); thin the barrier to RA ≤ " +
                          std::to_string(static_cast<int>(sttMaxWritableRa(m_p))) + " Ω·µm²"};
}

double sttMaxWritableRa(const DeviceParams& p) { return sttWriteLimit(p) / jcAPerUm2(p); }

} // namespace aimc::core
