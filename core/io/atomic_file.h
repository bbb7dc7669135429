#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace aimc::core {

// Writes to a temporary file beside the target, flushes it and renames it over the target,
// so a crash or a full disk never leaves a half-written file. Returns an error or nothing.
// On any failure the temporary file is removed; temporary files of earlier runs that were
// killed (their process is gone) are removed by the next write of the same target.
std::optional<std::string> writeFileAtomic(const std::filesystem::path& path,
                                           std::string_view contents);
// "<path>.tmp-<this process id>", the temporary file writeFileAtomic uses.
std::filesystem::path atomicTempPath(const std::filesystem::path& path);

} // namespace aimc::core
