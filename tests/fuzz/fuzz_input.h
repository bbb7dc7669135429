// Shared by the libFuzzer targets (tests/fuzz, scripts/fuzz.sh): the readers that take a path get
// the fuzz input as a file in a private temporary folder.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace aimc::fuzz {

inline std::string text(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

// A folder of this process, removed and made again by each call of clean().
inline const std::filesystem::path& workDir() {
    static const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                             ("aimc-fuzz-" + std::to_string(::getpid()));
    return dir;
}
inline void clean() {
    std::error_code ec;
    std::filesystem::remove_all(workDir(), ec);
    std::filesystem::create_directories(workDir(), ec);
}
inline std::filesystem::path writeFile(const std::filesystem::path& name, const std::string& bytes) {
    const auto p = workDir() / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
}

} // namespace aimc::fuzz
