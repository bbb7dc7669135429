// IDX reader (LeCun's MNIST format): magic 0x00 0x00 <type> <ndim>, ndim big-endian uint32 sizes,
// then the payload. Only unsigned bytes (type 0x08) occur in the image data sets we read.
#include "nn/dataset.h"

#include "io/file_read.h"
#include "util/checked_size.h"

#include <algorithm>
#include <zlib.h>

namespace aimc::core::nn {
namespace {

// Far above any IDX data set (MNIST's training images: 47 MB), and what one read may allocate.
constexpr std::uint64_t kMaxIdxPayload = std::uint64_t(1) << 30;

std::uint32_t bigEndian32(const std::uint8_t* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

// gzread reads gzip and plain files alike, so one path serves .gz and uncompressed IDX files.
class GzReader {
public:
    explicit GzReader(const std::filesystem::path& path) : m_file(path.string()) {
        m_gz = gzopen(path.c_str(), "rb");
        if (!m_gz)
            throw DataError(m_file + ": cannot open file");
    }
    ~GzReader() { gzclose(m_gz); }
    GzReader(const GzReader&) = delete;
    GzReader& operator=(const GzReader&) = delete;
    bool compressed() const { return gzdirect(m_gz) == 0; }

    // Up to n bytes appended to out (fewer at the end of the data); throws on corrupt gzip data.
    std::size_t read(std::vector<std::uint8_t>& out, std::size_t n) {
        std::size_t got = 0;
        std::uint8_t buf[1 << 16];
        while (got < n) {
            const int k = gzread(m_gz, buf, static_cast<unsigned>(std::min(sizeof buf, n - got)));
            if (k < 0)
                corrupt();
            if (k == 0)
                break;
            out.insert(out.end(), buf, buf + k);
            got += static_cast<std::size_t>(k);
        }
        int code = 0;
        gzerror(m_gz, &code);
        // A gzip stream cut short reads as end of file with Z_BUF_ERROR pending.
        if (code != Z_OK && code != Z_STREAM_END)
            corrupt();
        return got;
    }

private:
    [[noreturn]] void corrupt() {
        int code = 0;
        const std::string msg = gzerror(m_gz, &code);
        throw DataError(m_file + ": corrupt or truncated gzip data (" + msg + ")");
    }
    std::string m_file;
    gzFile m_gz = nullptr;
};

} // namespace

IdxArray readIdxFile(const std::filesystem::path& path) {
    const std::string file = path.string();
    std::uint64_t fileSize = 0;
    if (auto err = checkRegularFile(path, kMaxInputFileBytes, &fileSize))
        throw DataError(*err);
    GzReader in(path);
    std::vector<std::uint8_t> bytes;
    if (in.read(bytes, 4) < 4)
        throw DataError(file + ": truncated IDX header (" + std::to_string(bytes.size()) + " bytes)");
    if (bytes[0] != 0 || bytes[1] != 0 || bytes[3] < 1 || bytes[3] > 4)
        throw DataError(file + ": wrong magic number (not an IDX file)");
    if (bytes[2] != 0x08)
        throw DataError(file + ": IDX element type 0x" + std::to_string(bytes[2]) +
                        " is not unsigned byte (0x08)");
    const int ndim = bytes[3];
    const std::size_t header = 4 + 4 * static_cast<std::size_t>(ndim);
    if (in.read(bytes, header - 4) < header - 4)
        throw DataError(file + ": truncated IDX header");
    IdxArray a;
    std::uint64_t count = 1;
    for (int d = 0; d < ndim; ++d) {
        const std::uint32_t n = bigEndian32(bytes.data() + 4 + 4 * d);
        if (n == 0 || n > (1u << 28))
            throw DataError(file + ": implausible IDX dimension " + std::to_string(n));
        a.dims.push_back(static_cast<int>(n));
        const auto product = checkedProduct({count, n}, kMaxIdxPayload);
        if (!product)
            throw DataError(file + ": header dimensions promise more than " + std::to_string(kMaxIdxPayload >> 20) +
                            " MiB of data");
        count = *product;
    }
    // A plain file's size is known before anything is allocated; a gzip stream is read no
    // further than the header promises (plus one byte to detect trailing data).
    if (!in.compressed() && fileSize - header < count)
        throw DataError(file + ": truncated: header promises " + std::to_string(count) +
                        " bytes of data, file has " + std::to_string(fileSize - header));
    a.data.reserve(in.compressed() ? 0 : count);
    const std::size_t have = in.read(a.data, count + 1);
    if (have < count)
        throw DataError(file + ": truncated: header promises " + std::to_string(count) +
                        " bytes of data, file has " + std::to_string(have));
    if (have > count)
        throw DataError(file + ": unexpected bytes after the data");
    return a;
}

Dataset readIdxPair(const std::filesystem::path& images, const std::filesystem::path& labels) {
    IdxArray im = readIdxFile(images);
    IdxArray lb = readIdxFile(labels);
    if (im.dims.size() != 3 && im.dims.size() != 4)
        throw DataError(images.string() + ": expected an image file (3 or 4 dimensions), found " +
                        std::to_string(im.dims.size()));
    if (lb.dims.size() != 1)
        throw DataError(labels.string() + ": expected a label file (1 dimension), found " +
                        std::to_string(lb.dims.size()));
    if (im.dims[0] != lb.dims[0])
        throw DataError(images.string() + " has " + std::to_string(im.dims[0]) + " images but " +
                        labels.string() + " has " + std::to_string(lb.dims[0]) + " labels");
    const auto imageValues = checkedProduct({std::uint64_t(im.dims[1]), std::uint64_t(im.dims[2]),
                                             std::uint64_t(im.dims.size() == 4 ? im.dims[3] : 1)},
                                            kMaxImageValues);
    if (!imageValues)
        throw DataError(images.string() + ": images of more than " + std::to_string(kMaxImageValues) +
                        " values are not supported");
    Dataset d;
    d.height = im.dims[1];
    d.width = im.dims[2];
    d.channels = im.dims.size() == 4 ? im.dims[3] : 1;
    if (d.channels > 1) { // IDX stores H, W, C: reorder to C, H, W
        const int hw = d.height * d.width, c = d.channels, n = im.dims[0];
        d.pixels.resize(im.data.size());
        for (int i = 0; i < n; ++i)
            for (int p = 0; p < hw; ++p)
                for (int ch = 0; ch < c; ++ch)
                    d.pixels[(std::size_t(i) * c + ch) * hw + p] = im.data[(std::size_t(i) * hw + p) * c + ch];
    } else {
        d.pixels = std::move(im.data);
    }
    d.labels = std::move(lb.data);
    int maxLabel = 0;
    for (auto l : d.labels)
        maxLabel = std::max<int>(maxLabel, l);
    d.classes = maxLabel + 1;
    return d;
}

} // namespace aimc::core::nn
