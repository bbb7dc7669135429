// Internal to core/io, core/sweep and core/nn (includes nlohmann/json): the one way our readers turn
// JSON text into a value. Hostile files must not crash us: nlohmann's dump() and our own readers
// recurse, so nesting is bounded while parsing (a SAX pass, no recursion), and every exception the
// parser can raise (syntax, 1e400 out of range) becomes a message that names the key it was under.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace aimc::core {

// Deeper than any file we write (presets: 3, sweep specs and decks: 5, model headers: 4).
inline constexpr std::size_t kMaxJsonDepth = 64;

struct JsonParseError {
    std::size_t byte = 0; // offset of the offending character (0 when unknown)
    std::string message;  // "params.device.cd_nm: number 1e400 is out of range", no file name
};

// Parses `text` into `out`; on failure `out` is left null.
std::optional<JsonParseError> parseJsonText(std::string_view text, nlohmann::json& out);
std::optional<JsonParseError> parseJsonText(std::string_view text, nlohmann::ordered_json& out);

// A short, bounded description of a value for an error message: scalars as written, strings
// quoted and cut at 60 characters, containers by kind and size (never dump()ed: that recurses).
std::string describeJson(const nlohmann::json& v);
std::string describeJson(const nlohmann::ordered_json& v);

} // namespace aimc::core
