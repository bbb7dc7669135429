// Projection PCM (docs/model.md §7, Cosemans Figs. 13-14): device.pcm_levels conductance levels
// equally spaced from G_on / ratio (level 0) to G_on = 1 / R_on (the top level), a lognormal
// programming spread after write-verify, and drift G(t) = G(t0) (t/t0)^-ν with ν ~ N(ν̄, σ_ν)
// per device, read at device.t_read_s after programming.
#pragma once

#include "technology.h"

namespace aimc::core {

class PcmTechnology final : public DeviceTechnology {
public:
    explicit PcmTechnology(const DeviceParams& p);
    Technology id() const override { return Technology::ProjectionPcm; }
    CellModel nativeCellModel() const override { return CellModel::Resistive; }
    int levels() const override { return m_p.pcm_levels; }
    double sample(int level, Rng& rng) const override;
    LevelMoments moments(int level) const override;
    WritePath writePath() const override;
    std::optional<double> retentionSeconds() const override;
    double driftFactor(int level, double tSeconds) const override;
    bool drifts() const override { return true; }

    double programmed(int level) const; // G of the level at t0 [S]

private:
    double logTime(double tSeconds) const; // ln(t/t0), 0 before t0
    double meanDrift(double logT) const;   // E[(t/t0)^-ν]
    DeviceParams m_p;
    double m_gOn, m_gOff, m_lnSigma, m_logRead;
};

} // namespace aimc::core
