// The Network page's worker side (issue 6, docs/model.md §5): loads and caches models and data sets,
// runs the chips, and computes the Fig. 13b/14b σ_w curves and the Fig. 16 R_ON sweep.
#pragma once

#include "analog/analog_inference.h"
#include "analog/ir_sweep.h"
#include "analog/network_inputs.h"
#include "params/params.h"

#include <deque>
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
    bool ronIdealDevices = false; // Fig. 16 against the ideal network instead of the same chips without IR drop
    bool operator==(const NetworkSelection&) const = default;
};

struct SigmaCurve {
    std::string name;
    double sigmaTrain = 0;
    std::vector<double> sigma, accuracy, spread; // spread: chip-to-chip std
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
    // Chips of `model` kept by device, array, IR mode and seed (the converters do not enter a chip's
    // weights), so that moving a converter slider re-evaluates the chips without rebuilding them.
    core::analog::ChipSource chipSource(const std::string& model);
    std::size_t chipsBuilt() const; // cache misses so far (tests)

private:
    struct ChipEntry {
        std::string model;
        core::Params key; // converter bits and sim settings neutralised
        core::analog::IrMode mode;
        std::uint64_t seed;
        std::shared_ptr<const core::analog::AnalogChip> chip;
    };
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, std::string>, std::shared_ptr<const core::analog::NetworkInputs>> m_inputs;
    std::map<std::string, std::shared_ptr<const std::vector<SigmaCurve>>> m_curves;
    std::map<std::string, std::shared_ptr<const core::analog::IdealReference>> m_ideal;
    std::deque<ChipEntry> m_chips; // most recent last, at most kMaxChips
    std::size_t m_chipsBuilt = 0;
};

struct NetworkPageData {
    NetworkSelection selection;
    std::string error;
    std::shared_ptr<const core::analog::NetworkInputs> inputs;
    std::optional<core::analog::AccuracyResult> accuracy;
    double deviceSigmaW = 0; // σ_w(±1) per LSB of the current device, analytic
    double ronOhm = 0;       // 1/μ_GP
    double wireOhm = 0;      // r_SL per cell pitch (shown with the R_ON sweep)
    int arrayRows = 0, arrayCols = 0;
    std::shared_ptr<const std::vector<SigmaCurve>> curves;
    std::optional<core::analog::IrSweepResult> ronSweep; // Fig. 16: paired chips, IR on against off
    std::vector<std::vector<int>> confusion; // [true][predicted], first chip
    std::vector<int> misclassified;          // test image indices, first chip
    bool coarse = false;
    bool partial = false; // curves and sweep (or the σ_w curves) still to come
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
