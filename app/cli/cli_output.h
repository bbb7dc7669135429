// How a subcommand prints its result object: pretty JSON with --json, else "key = value" lines.
#pragma once

#include <iostream>
#include <nlohmann/json.hpp>

namespace aimc::cli {

inline void printResult(const nlohmann::ordered_json& j, bool asJson) {
    if (asJson) {
        std::cout << j.dump(2) << "\n";
        return;
    }
    for (const auto& [k, v] : j.items())
        std::cout << k << " = " << v.dump() << "\n";
}

} // namespace aimc::cli
