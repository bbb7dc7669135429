// CIFAR binary batches and folders of images (OpenCV), plus resolving a data set by name or path.
#include "nn/dataset.h"

#include "io/file_read.h"

#include <algorithm>
#include <cstdlib>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace aimc::core::nn {
namespace fs = std::filesystem;

Dataset readCifarFiles(const std::vector<fs::path>& files, bool cifar100) {
    constexpr int kSide = 32, kPlane = kSide * kSide;
    const std::size_t labelBytes = cifar100 ? 2 : 1;
    const std::size_t record = labelBytes + 3 * kPlane;
    Dataset d;
    d.channels = 3;
    d.height = d.width = kSide;
    d.classes = cifar100 ? 100 : 10;
    for (const auto& f : files) {
        auto read = readRegularFile(f);
        if (!read.text)
            throw DataError(read.error);
        const std::string& bytes = *read.text;
        if (bytes.empty() || bytes.size() % record != 0)
            throw DataError(f.string() + ": truncated: " + std::to_string(bytes.size()) +
                            " bytes is not a whole number of " + std::to_string(record) +
                            "-byte CIFAR records");
        for (std::size_t r = 0; r < bytes.size(); r += record) {
            const auto label = static_cast<std::uint8_t>(bytes[r + labelBytes - 1]);
            if (label >= d.classes)
                throw DataError(f.string() + ": record " + std::to_string(r / record) + " has label " +
                                std::to_string(label) + ", expected < " + std::to_string(d.classes));
            d.labels.push_back(label);
            d.pixels.insert(d.pixels.end(), bytes.begin() + std::ptrdiff_t(r + labelBytes),
                            bytes.begin() + std::ptrdiff_t(r + record));
        }
    }
    return d;
}

Dataset readImageFolder(const fs::path& dir, const ImageFolderOptions& o) {
    if (o.channels != 1 && o.channels != 3)
        throw DataError(dir.string() + ": images must be read as 1 (grey) or 3 (RGB) channels");
    std::vector<fs::path> classDirs;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_directory())
            classDirs.push_back(e.path());
    if (ec)
        throw DataError(dir.string() + ": cannot list folder (" + ec.message() + ")");
    std::sort(classDirs.begin(), classDirs.end());
    if (classDirs.size() < 2 || classDirs.size() > 256)
        throw DataError(dir.string() + ": expected 2 to 256 class sub-folders, found " +
                        std::to_string(classDirs.size()));
    Dataset d;
    d.channels = o.channels;
    d.height = o.height;
    d.width = o.width;
    d.classes = static_cast<int>(classDirs.size());
    const int plane = o.height * o.width;
    for (int c = 0; c < d.classes; ++c) {
        d.classNames.push_back(classDirs[c].filename().string());
        std::vector<fs::path> files;
        for (const auto& e : fs::directory_iterator(classDirs[c]))
            if (e.is_regular_file())
                files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const auto& f : files) {
            cv::Mat m = cv::imread(f.string(), o.channels == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
            if (m.empty())
                throw DataError(f.string() + ": unreadable image (not a format OpenCV can decode)");
            if (m.rows != o.height || m.cols != o.width)
                cv::resize(m, m, cv::Size(o.width, o.height), 0, 0, cv::INTER_AREA);
            if (o.channels == 3)
                cv::cvtColor(m, m, cv::COLOR_BGR2RGB);
            const std::size_t base = d.pixels.size();
            d.pixels.resize(base + std::size_t(plane) * o.channels);
            for (int y = 0; y < o.height; ++y)
                for (int x = 0; x < o.width; ++x)
                    for (int ch = 0; ch < o.channels; ++ch)
                        d.pixels[base + std::size_t(ch) * plane + y * o.width + x] =
                            m.ptr<std::uint8_t>(y)[x * o.channels + ch];
            d.labels.push_back(static_cast<std::uint8_t>(c));
        }
    }
    if (d.labels.empty())
        throw DataError(dir.string() + ": no images in the class folders");
    return d;
}

fs::path dataRoot() {
    if (const char* env = std::getenv("AIMC_DATA_DIR"); env && *env)
        return fs::path(env);
    return fs::path(AIMC_SOURCE_DATA_DIR);
}

namespace {

// "stem" or "stem.gz" in dir; empty when neither exists.
fs::path findIdx(const fs::path& dir, const std::string& stem) {
    for (const auto& name : {stem, stem + ".gz", stem + ".idx", std::string()})
        if (!name.empty() && fs::exists(dir / name))
            return dir / name;
    return {};
}

DataSplit loadFolder(const fs::path& dir, const ImageFolderOptions& folder) {
    DataSplit s;
    s.source = dir.string();
    const fs::path trImg = findIdx(dir, "train-images-idx3-ubyte"), trLab = findIdx(dir, "train-labels-idx1-ubyte");
    const fs::path teImg = findIdx(dir, "t10k-images-idx3-ubyte"), teLab = findIdx(dir, "t10k-labels-idx1-ubyte");
    if (!trImg.empty() || !teImg.empty()) {
        for (const auto& [p, stem] : {std::pair{trImg, "train-images-idx3-ubyte"}, {trLab, "train-labels-idx1-ubyte"},
                                      {teImg, "t10k-images-idx3-ubyte"}, {teLab, "t10k-labels-idx1-ubyte"}})
            if (p.empty())
                throw DataError((dir / stem).string() + "[.gz]: missing IDX file");
        s.train = readIdxPair(trImg, trLab);
        s.test = readIdxPair(teImg, teLab);
        if (s.train.imageSize() != s.test.imageSize())
            throw DataError(teImg.string() + ": image size differs from " + trImg.string());
        s.train.classes = s.test.classes = std::max(s.train.classes, s.test.classes);
        return s;
    }
    if (fs::exists(dir / "test_batch.bin")) {
        std::vector<fs::path> train;
        for (int i = 1; i <= 5; ++i)
            if (fs::exists(dir / ("data_batch_" + std::to_string(i) + ".bin")))
                train.push_back(dir / ("data_batch_" + std::to_string(i) + ".bin"));
        if (train.empty())
            throw DataError((dir / "data_batch_1.bin").string() + ": missing CIFAR-10 training batch");
        s.train = readCifarFiles(train, false);
        s.test = readCifarFiles({dir / "test_batch.bin"}, false);
        return s;
    }
    if (fs::exists(dir / "train.bin") && fs::exists(dir / "test.bin")) {
        s.train = readCifarFiles({dir / "train.bin"}, true);
        s.test = readCifarFiles({dir / "test.bin"}, true);
        return s;
    }
    if (fs::is_directory(dir / "train") && fs::is_directory(dir / "test")) {
        s.train = readImageFolder(dir / "train", folder);
        s.test = readImageFolder(dir / "test", folder);
        if (s.train.classNames != s.test.classNames)
            throw DataError((dir / "test").string() + ": class folders differ from " + (dir / "train").string());
        return s;
    }
    throw DataError(dir.string() + ": no data set found (expected IDX files, CIFAR .bin batches, "
                                   "or train/ and test/ folders of class sub-folders)");
}

} // namespace

DataResult loadDataset(const std::string& nameOrPath, const ImageFolderOptions& folder) {
    DataResult r;
    fs::path dir;
    if (nameOrPath == "mnist")
        dir = dataRoot() / "mnist";
    else if (nameOrPath == "fashion-mnist")
        dir = "/usr/share/datasets/fashion-mnist";
    else
        dir = nameOrPath;
    if (!fs::is_directory(dir)) {
        r.error = dir.string() + ": data set folder not found" +
                  (dir.string() == nameOrPath ? std::string() : " (for '" + nameOrPath + "'; run scripts/fetch-data.sh)");
        return r;
    }
    try {
        r.data = loadFolder(dir, folder);
        r.data->name = nameOrPath;
    } catch (const std::exception& e) {
        r.error = e.what();
    }
    return r;
}

} // namespace aimc::core::nn
