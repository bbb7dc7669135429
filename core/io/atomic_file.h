#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace aimc::core {

// Writes to a temporary file beside the target, flushes it and renames it over the target,
// so a crash or a full disk never leaves a half-written file. Returns an error or nothing.
std::optional<std::string> writeFileAtomic(const std::filesystem::path& path,
                                           std::string_view contents);
// Reads a whole file; nullopt when it cannot be opened.
std::optional<std::string> readFile(const std::filesystem::path& path);

} // namespace aimc::core
