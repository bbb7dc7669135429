// Measured devices (docs/model.md §7): a CSV with a header line, then one device per line.
//   state,resistance_ohm[,die,x,y,cd_nm]     lines starting with # are comments
// state is P or AP (LRS or HRS) for an MTJ, or a level index 0, 1, ... for a multi-level device
// (0 = the highest resistance). Each chip resamples every level's devices with replacement.
#pragma once

#include "technology.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace aimc::core {

struct MeasuredDevices {
    std::string file;                            // as given (messages, presets)
    bool mtjStates = false;                      // P/AP (or LRS/HRS) rather than level indices
    std::vector<std::string> levelNames;         // per level, weakest first ("AP", "P" or "0", "1", ...)
    std::vector<std::vector<double>> conductance; // [S] per level, in file order
    std::vector<LevelMoments> moments;           // sample mean and σ (n - 1) per level
    int devices = 0;
};

struct MeasuredLoad {
    std::shared_ptr<const MeasuredDevices> data;
    std::string error; // "<file>:<line>: <field>: <what>" when data is null
};

MeasuredLoad parseMeasuredCsv(const std::string& text, const std::string& fileLabel);
MeasuredLoad loadMeasuredCsv(const std::filesystem::path& path);

class MeasuredTechnology final : public DeviceTechnology {
public:
    explicit MeasuredTechnology(std::shared_ptr<const MeasuredDevices> data);
    Technology id() const override { return Technology::Measured; }
    CellModel nativeCellModel() const override { return CellModel::Resistive; }
    int levels() const override { return static_cast<int>(m_data->conductance.size()); }
    double sample(int level, Rng& rng) const override; // one uniform draw
    LevelMoments moments(int level) const override { return m_data->moments[static_cast<std::size_t>(level)]; }
    WritePath writePath() const override;
    std::optional<double> retentionSeconds() const override { return std::nullopt; }

private:
    std::shared_ptr<const MeasuredDevices> m_data;
};

// The MTJ model fitted to the data by moments (docs/model.md §7), with RA taken from the device
// parameters (resistances alone cannot separate RA from the area): eCD and σ_r from the P
// conductances' mean and variance, the TMR at the read voltage from the ratio of the means.
struct MtjFit {
    bool ok = false;
    std::string message;        // why there is no fit
    double raOhmUm2 = 0, ecdNm = 0, sigmaRadiusNm = 0, tmrAtRead = 0;
    double ksDistanceP = 0;     // Kolmogorov-Smirnov distance, data vs fitted model, P state
};
MtjFit fitMtj(const MeasuredDevices& data, double raOhmUm2);
// The fitted model's P(G <= g) for the P state (parallel) or the AP state, G_AP = G_P / (1 + TMR):
// what the KS distance compares the data with, and what the import preview draws.
double fittedConductanceCdf(const MtjFit& fit, bool parallel, double g);

} // namespace aimc::core
