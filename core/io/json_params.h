// Internal to core/io (includes nlohmann/json): reads one JSON value as a parameter, the one rule
// shared by presets and decks. Not part of the public headers (core links nlohmann privately).
#pragma once

#include "params/param_table.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace aimc::core {

// Reads `v` as the descriptor's type and checks its range; the error text names the key.
std::optional<std::string> jsonToParamValue(const ParamDescriptor& d, const nlohmann::json& v,
                                            double& out);

// Reads an object {key: value, ...} into `params`; the error names the key, value and range.
std::optional<std::string> applyJsonParams(const nlohmann::json& object, Params& params);

// Reads a list of parameter keys (the lecture panel's pinned sliders): strings, known, unique.
std::optional<std::string> jsonToKeyList(const nlohmann::json& list, std::vector<std::string>& out);

} // namespace aimc::core
