// Labelled image data sets for the networks (docs/model.md §5): IDX (MNIST, Fashion-MNIST; plain or
// gzip), the CIFAR-10/100 binary format, and a folder of images with one sub-folder per class.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace aimc::core::nn {

// The values of one image (C·H·W) a reader accepts: far above any data set (CIFAR: 3072), and it
// keeps every int product of image sizes in range.
inline constexpr int kMaxImageValues = 1 << 24;

// Images are 8-bit, stored image after image in channel-major (C, H, W) order.
struct Dataset {
    int channels = 1;
    int height = 0;
    int width = 0;
    int classes = 0;
    std::vector<std::uint8_t> pixels;
    std::vector<std::uint8_t> labels;
    std::vector<std::string> classNames; // folder data sets; empty otherwise

    int size() const { return static_cast<int>(labels.size()); }
    int imageSize() const { return channels * height * width; }
    const std::uint8_t* image(int i) const {
        return pixels.data() + static_cast<std::size_t>(i) * static_cast<std::size_t>(imageSize());
    }
};

struct DataSplit {
    std::string name;   // "mnist", "fashion-mnist" or the path given
    std::string source; // the folder the files came from
    Dataset train;
    Dataset test;
};

// Either the data or a message that names the file and what is wrong with it.
struct DataResult {
    std::optional<DataSplit> data;
    std::string error;
};

// Shape wanted from a folder of images (decoded, converted to grey or RGB, resized).
struct ImageFolderOptions {
    int channels = 1;
    int height = 28;
    int width = 28;
};

// Readers; each throws DataError naming the file.
struct DataError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
// IDX file (plain or gzip, detected from the content): dims and the unsigned-byte payload.
struct IdxArray {
    std::vector<int> dims;
    std::vector<std::uint8_t> data;
};
IdxArray readIdxFile(const std::filesystem::path& path);
// An images file and a labels file into a data set; counts and shapes are checked.
Dataset readIdxPair(const std::filesystem::path& images, const std::filesystem::path& labels);
// CIFAR binary batches: 1 label byte (CIFAR-10) or coarse+fine label bytes (CIFAR-100, fine used).
Dataset readCifarFiles(const std::vector<std::filesystem::path>& files, bool cifar100);
// dir/<class>/<image files>, classes in sorted order of their folder names.
Dataset readImageFolder(const std::filesystem::path& dir, const ImageFolderOptions& options);

// The data folder of the repository (git-ignored; filled by scripts/fetch-data.sh):
// $AIMC_DATA_DIR, else <source tree>/data.
std::filesystem::path dataRoot();
// By name ("mnist", "fashion-mnist") or path: a folder of IDX files, a CIFAR binary folder, or a
// folder with train/ and test/ image sub-folders.
DataResult loadDataset(const std::string& nameOrPath, const ImageFolderOptions& folder = {});

} // namespace aimc::core::nn
