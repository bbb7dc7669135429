// What the Energy page's worker computes (docs/model.md §4): the report for the current parameters, the
// paper's three Fig. 7 sizes, the sweeps, the Fig. 8 curves and the published points, so the GUI
// thread only copies numbers into plots.
#pragma once

#include "energy/energy_model.h"
#include "energy/energy_sweeps.h"
#include "energy/published_points.h"
#include "energy/reference_networks.h"
#include "params/params.h"

#include <memory>
#include <string>
#include <vector>

namespace aimc::widgets {

struct WeightsAreaCurve {
    double cellAreaUm2 = 0;
    bool current = false;           // the configured cell area (solid line)
    std::vector<double> weights;    // per EnergyPageData::chipAreasMm2
};

struct EnergyPageData {
    core::Params params;
    core::EnergyReport current;
    // Cosemans Fig. 7 assumptions (the shipped fairy-tale preset) at N = M = 4096, 1024, 128.
    std::vector<int> paperSizes;
    std::vector<core::EnergyReport> paper;
    std::string paperError;         // why the paper bars are missing, if they are
    core::EnergySweep sizeSweep;    // N = M, current periphery
    core::EnergySweep bitsWalden, bitsThermal;
    std::vector<double> chipAreasMm2;
    std::vector<WeightsAreaCurve> weightsCurves;
    std::vector<core::ReferenceNetwork> networks; // drawn on the Fig. 8 chart
    std::string networksError;
    std::vector<core::PublishedPoint> published;
    std::string publishedError;
};

// The shipped preset whose values are Cosemans' Fig. 7 assumptions.
inline constexpr const char* kFig7PresetName = "fairy-tale-22nm-iedm2019";

std::shared_ptr<const EnergyPageData> computeEnergyPageData(const core::Params& params);

} // namespace aimc::widgets
