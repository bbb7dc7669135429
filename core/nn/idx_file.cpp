// IDX reader (LeCun's MNIST format): magic 0x00 0x00 <type> <ndim>, ndim big-endian uint32 sizes,
// then the payload. Only unsigned bytes (type 0x08) occur in the image data sets we read.
#include "nn/dataset.h"

#include <zlib.h>

namespace aimc::core::nn {
namespace {

// gzread reads gzip and plain files alike, so one path serves .gz and uncompressed IDX files.
std::vector<std::uint8_t> readMaybeGzip(const std::filesystem::path& path) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f)
        throw DataError(path.string() + ": cannot open file");
    std::vector<std::uint8_t> out;
    std::uint8_t buf[1 << 16];
    for (;;) {
        const int n = gzread(f, buf, sizeof buf);
        if (n < 0) {
            int code = 0;
            std::string msg = gzerror(f, &code);
            gzclose(f);
            throw DataError(path.string() + ": corrupt or truncated gzip data (" + msg + ")");
        }
        if (n == 0)
            break;
        out.insert(out.end(), buf, buf + n);
    }
    int code = 0;
    const char* msg = gzerror(f, &code);
    // A gzip stream cut short reads as end of file with Z_BUF_ERROR pending.
    if (code != Z_OK && code != Z_STREAM_END) {
        std::string m = msg;
        gzclose(f);
        throw DataError(path.string() + ": corrupt or truncated gzip data (" + m + ")");
    }
    gzclose(f);
    return out;
}

std::uint32_t bigEndian32(const std::uint8_t* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

} // namespace

IdxArray readIdxFile(const std::filesystem::path& path) {
    std::vector<std::uint8_t> bytes = readMaybeGzip(path);
    const std::string file = path.string();
    if (bytes.size() < 4)
        throw DataError(file + ": truncated IDX header (" + std::to_string(bytes.size()) + " bytes)");
    if (bytes[0] != 0 || bytes[1] != 0 || bytes[3] < 1 || bytes[3] > 4)
        throw DataError(file + ": wrong magic number (not an IDX file)");
    if (bytes[2] != 0x08)
        throw DataError(file + ": IDX element type 0x" + std::to_string(bytes[2]) +
                        " is not unsigned byte (0x08)");
    const int ndim = bytes[3];
    const std::size_t header = 4 + 4 * static_cast<std::size_t>(ndim);
    if (bytes.size() < header)
        throw DataError(file + ": truncated IDX header");
    IdxArray a;
    std::size_t count = 1;
    for (int d = 0; d < ndim; ++d) {
        const std::uint32_t n = bigEndian32(bytes.data() + 4 + 4 * d);
        if (n == 0 || n > (1u << 28))
            throw DataError(file + ": implausible IDX dimension " + std::to_string(n));
        a.dims.push_back(static_cast<int>(n));
        count *= n;
    }
    const std::size_t have = bytes.size() - header;
    if (have < count)
        throw DataError(file + ": truncated: header promises " + std::to_string(count) +
                        " bytes of data, file has " + std::to_string(have));
    if (have > count)
        throw DataError(file + ": " + std::to_string(have - count) +
                        " unexpected bytes after the data");
    a.data.assign(bytes.begin() + static_cast<std::ptrdiff_t>(header), bytes.end());
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
