// One validation of a Params for every path that makes one (docs/architecture.md "Parameters"):
// the GUI's edits, the CLI's --preset/--set/--measured, presets, sweep points and deck steps. It
// checks each key's range (values can also be set programmatically) and the constraints between
// keys that no single range can express.
#pragma once

#include "params.h"

#include <optional>
#include <string>

namespace aimc::core {

// The smallest electrical MTJ diameter eCD = nCD - bias we model (docs/model.md §1): below it
// the area, R_P and Δ (which scale with eCD²) lose meaning; at 0 they are 0 and NaN.
inline constexpr double kMinEcdNm = 1.0;

struct ParamIssue {
    std::string key;     // the key to change (of a pair, the one most likely just edited)
    std::string message; // names the key(s), the values and what is required
};

std::optional<ParamIssue> validateParams(const Params& params);

} // namespace aimc::core
