// The result objects of `aimc device/energy/irdrop/accuracy --json`, one function each, called by
// those commands and by every sweep point, so that a sweep row equals the single command bit for bit.
#pragma once

#include "analog/analog_chip.h"
#include "analog/network_inputs.h"
#include "params/params.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>

namespace aimc::core::array {
struct IrDropResult;
}

namespace aimc::core::sweep {

enum class Metric { Device, Energy, Irdrop, Accuracy };
inline constexpr Metric kMetrics[] = {Metric::Device, Metric::Energy, Metric::Irdrop, Metric::Accuracy};
std::string_view metricName(Metric m);
std::optional<Metric> parseMetric(std::string_view name);

struct MetricReport {
    nlohmann::ordered_json json;      // what the command prints (may be partial when error is set)
    std::optional<std::string> error; // the command fails with this message after printing json
    bool cancelled = false;
};

MetricReport deviceReport(const Params& params, std::stop_token stop = {});
MetricReport energyReport(const Params& params);
// One sensing phase of a binary spiking subarray (energy/spiking_energy.h), beside the record's TOPS/W.
MetricReport spikingEnergyReport(const Params& params);
MetricReport irdropReport(const Params& params, std::stop_token stop = {});
// The report of a finished solve (the command also writes its maps).
MetricReport irdropReport(const array::IrDropResult& r, const Params& params);

// The array path of `aimc accuracy` (--preset/--set/--ir).
struct AccuracyRequest {
    std::string model, dataset; // as given (printed in the report)
    analog::IrMode ir = analog::IrMode::Exact;
    int images = 0, chips = 0;  // <= 0: params.sim.images / params.sim.chips
    long long seed = -1;        // < 0: params.sim.seed
    int timeSteps = 0;          // spiking models: <= 0 the trained number
};
// Spiking models (in.isSpiking()) run on binary STT-MRAM subarrays (docs/model.md §10.5) and also
// report time_steps, the digital reference and the subarray energy (energy/spiking_energy.h).
MetricReport accuracyReport(const analog::NetworkInputs& in, const Params& params, const AccuracyRequest& req,
                            std::stop_token stop = {});

// Every key a metric's report can hold, in report order; the sweep's CSV columns. Timing keys
// (wall-clock figures that differ between runs) are listed apart and left out of sweep rows.
std::span<const std::string_view> metricKeys(Metric m);
bool isTimingKey(Metric m, std::string_view key);

} // namespace aimc::core::sweep
