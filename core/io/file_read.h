// Reading input files that a user (or an adversary) names: only regular files, of bounded size.
// A FIFO would block for ever, /dev/zero never ends, a directory reads as nothing; each is refused
// with a message that names the file before a byte is read.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace aimc::core {

// Larger than any input we read (MNIST training images: 47 MB; CIFAR-10: 30 MB a batch).
inline constexpr std::uint64_t kMaxInputFileBytes = std::uint64_t(1) << 30;

// Nothing if `path` is a regular file of at most maxBytes; else "<path>: <why>". Sets `size`.
std::optional<std::string> checkRegularFile(const std::filesystem::path& path, std::uint64_t maxBytes,
                                            std::uint64_t* size = nullptr);

struct FileText {
    std::optional<std::string> text;
    std::string error; // names the file
};
// The whole file, after checkRegularFile; stops at maxBytes if the file grows while read.
FileText readRegularFile(const std::filesystem::path& path, std::uint64_t maxBytes = kMaxInputFileBytes);

} // namespace aimc::core
