// IGZO 2T1C gain cell (docs/model.md §7, Cosemans Fig. 11): the weight is a charge on a storage
// capacitor that biases an IGZO read transistor in subthreshold, a current-source cell.
// Level 1 = on (device.igzo_i_on_na), level 0 = off (on / device.igzo_on_off_ratio).
#pragma once

#include "technology.h"

namespace aimc::core {

class IgzoTechnology final : public DeviceTechnology {
public:
    explicit IgzoTechnology(const DeviceParams& p);
    Technology id() const override { return Technology::Igzo2T1C; }
    CellModel nativeCellModel() const override { return CellModel::CurrentSource; }
    int levels() const override { return 2; }
    double sample(int level, Rng& rng) const override;
    LevelMoments moments(int level) const override;
    WritePath writePath() const override;
    std::optional<double> retentionSeconds() const override;
    double driftFactor(int level, double tSeconds) const override;
    bool drifts() const override { return true; }

    // σ of ln I from the threshold-voltage spread alone: σ_Vth / (n U_T).
    double lnSigmaUnverified() const { return m_lnSigma; }

private:
    double target(int level) const { return level == 1 ? m_iOn : m_iOn / m_p.igzo_on_off_ratio; }
    // Mean current at time t over its programmed value: exp(-I_leak t / (C_s n U_T)).
    double leakage(double tSeconds) const;
    DeviceParams m_p;
    double m_iOn, m_nUt, m_lnSigma, m_atRead;
};

// Thermal voltage kT/q at 300 K [V].
inline constexpr double kThermalVoltage300K = 0.025852;

} // namespace aimc::core
