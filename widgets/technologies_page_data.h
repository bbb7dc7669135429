// What the Technologies page's worker computes (issue 9): Doevenspeck Table I live — core's
// technologyRows() on the current array, and (full pass) the current network's accuracy on each
// technology's arrays with a small test subset, so the GUI thread only fills the table.
#pragma once

#include "device/technology_table.h"

#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace aimc::widgets {

class NetworkCache;

// The live accuracy runs a subset: a few hundred images on two chips per technology.
inline constexpr int kTechnologyImages = 300;
inline constexpr int kTechnologyChips = 2;

struct TechnologyAccuracy {
    bool irModeled = true; // false: current-source cells, IR drop off (their network path is linear only)
    double mean = 0, std = 0, ideal = 0;
};

struct TechnologiesPageData {
    core::Technology current = core::Technology::SotMram;
    std::vector<core::TechnologyRow> rows;
    // One per row when the network ran (full pass with a model), empty otherwise; nullopt for a
    // row that could not be built.
    std::vector<std::optional<TechnologyAccuracy>> accuracy;
    std::string model, dataset; // what the accuracy column ran
    std::string networkError;   // the model or data set could not be loaded
    int images = 0, chips = 0;
    double accuracySeconds = 0; // wall time of the accuracy column
};

// model empty: no accuracy column. Returns nullptr when stop was requested.
std::shared_ptr<const TechnologiesPageData> computeTechnologiesPageData(
    const core::Params& params, const std::string& model, const std::string& dataset, bool withAccuracy,
    const std::shared_ptr<NetworkCache>& cache, std::stop_token stop);

} // namespace aimc::widgets
