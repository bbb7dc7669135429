// The Network page's worker side (issue 6, docs/model.md §5): loads and caches models and data sets,
// runs the chips, and computes the Fig. 13b/14b σ_w curves and the Fig. 16 R_ON sweep.
#pragma once

#include "analog/analog_inference.h"
#include "analog/network_inputs.h"
#include "params/params.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace aimc::widgets {

struct NetworkSelection {
    std::string model;   // path
    std::string dataset; // name or path
    core::analog::IrMode ir = core::analog::IrMode::Exact;
    bool ronSweep = true;
    bool operator==(const NetworkSelection&) const = default;
};

struct SigmaCurve {
    std::string name;
    double sigmaTrain = 0;
    std::vector<double> sigma, accuracy, spread; // spread: chip-to-chip std
};

struct RonPoint {
    double ronOhm = 0, accuracy = 0;
};

// Loaded inputs and the σ_w curves, shared by the page's jobs (thread-safe).
class NetworkCache {
public:
    // Loads (or returns the cached) model + data set; error text on failure.
    std::shared_ptr<const core::analog::NetworkInputs> inputs(const std::string& model,
                                                              const std::string& dataset,
                                                              std::string& error);
    std::shared_ptr<const std::vector<SigmaCurve>> curves(const std::string& dataset) const;
    // The ideal reference for these inputs, converters, array size and image count (computed on
    // first use; device parameters do not enter it, so slider steps on the device reuse it).
    std::shared_ptr<const core::analog::IdealReference> ideal(const core::analog::NetworkInputs& in,
                                                              const std::string& model, const core::Params& p,
                                                              const core::analog::AccuracyOptions& o,
                                                              std::stop_token stop);
    void setCurves(const std::string& dataset, std::shared_ptr<const std::vector<SigmaCurve>> c);

private:
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, std::string>, std::shared_ptr<const core::analog::NetworkInputs>> m_inputs;
    std::map<std::string, std::shared_ptr<const std::vector<SigmaCurve>>> m_curves;
    std::map<std::string, std::shared_ptr<const core::analog::IdealReference>> m_ideal;
};

struct NetworkPageData {
    NetworkSelection selection;
    std::string error;
    std::shared_ptr<const core::analog::NetworkInputs> inputs;
    std::optional<core::analog::AccuracyResult> accuracy;
    double deviceSigmaW = 0; // σ_w(±1) per LSB of the current device, analytic
    double ronOhm = 0;       // 1/μ_GP
    double wireOhm = 0;      // r_AL = r_SL per cell pitch (shown with the R_ON sweep)
    std::shared_ptr<const std::vector<SigmaCurve>> curves;
    std::vector<RonPoint> ronSweep;
    std::vector<std::vector<int>> confusion; // [true][predicted], first chip
    std::vector<int> misclassified;          // test image indices, first chip
    bool coarse = false;
    bool partial = false; // the accuracy only: curves and sweep still to come
};

struct NetworkProgress {
    enum class Stage { Chips, SigmaCurves, RonSweep };
    Stage stage = Stage::Chips;
    int done = 0, total = 0;
    double meanSoFar = 0; // Chips: the accuracy of the chips finished so far
};

// quality: coarse = a few hundred images and one chip, no sweeps (a preview within ~0.3 s).
// `partial` (optional) receives the accuracy result before the slower σ_w curves and R_ON sweep.
std::shared_ptr<const NetworkPageData> computeNetworkPageData(
    const core::Params& params, const NetworkSelection& selection, bool coarse,
    const std::shared_ptr<NetworkCache>& cache, std::stop_token stop,
    const std::function<void(const NetworkProgress&)>& progress,
    const std::function<void(std::shared_ptr<const NetworkPageData>)>& partial = {});

} // namespace aimc::widgets
