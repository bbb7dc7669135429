// The MTJ technologies (docs/model.md §1, §7): SOT-MRAM and STT-MRAM share the read model (a
// Gaussian radius, lognormal RA, TMR(V)); they differ in the write path. Level 1 = P (on),
// level 0 = AP (off).
#pragma once

#include "mtj_model.h"
#include "technology.h"

#include <cmath>

namespace aimc::core {

// Draws one device conductance in the P state [S].
class MtjSampler {
public:
    explicit MtjSampler(const DeviceParams& p);
    double sampleGp(Rng& rng) const {
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

class MtjTechnology : public DeviceTechnology {
public:
    explicit MtjTechnology(const DeviceParams& p);
    CellModel nativeCellModel() const override { return CellModel::Resistive; }
    int levels() const override { return 2; }
    double sample(int level, Rng& rng) const override {
        return level == 1 ? m_sampler.sampleGp(rng) : m_sampler.apFactor() * m_sampler.sampleGp(rng);
    }
    LevelMoments moments(int level) const override;
    std::optional<double> retentionSeconds() const override;

protected:
    DeviceParams m_p;
    MtjSampler m_sampler;
    ConductanceMoments m_moments;
};

// Write current through the SOT track: V_WR = I_write R_track, independent of RA.
class SotMramTechnology final : public MtjTechnology {
public:
    using MtjTechnology::MtjTechnology;
    Technology id() const override { return Technology::SotMram; }
    WritePath writePath() const override;
};

// Write current through the barrier: V_WR = J_c RA, which must stay below breakdown.
class SttMramTechnology final : public MtjTechnology {
public:
    using MtjTechnology::MtjTechnology;
    Technology id() const override { return Technology::SttMram; }
    WritePath writePath() const override;
};

// The largest RA an STT-MRAM stack can have and still be written [Ω·µm²].
double sttMaxWritableRa(const DeviceParams& p);

} // namespace aimc::core
