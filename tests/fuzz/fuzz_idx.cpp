// IDX files, plain or gzip (core/nn/idx_file): the input is written as a file and read back; the
// first byte picks an image/label pair or a single file.
#include "fuzz_input.h"
#include "nn/dataset.h"

#include <zlib.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace aimc;
    fuzz::clean();
    if (size == 0)
        return 0;
    const std::string body = fuzz::text(data + 1, size - 1);
    std::filesystem::path file = fuzz::writeFile("a-idx", body);
    if (data[0] & 1) { // the same bytes gzip-compressed
        file = fuzz::workDir() / "a-idx.gz";
        gzFile g = gzopen(file.c_str(), "wb1");
        gzwrite(g, body.data(), static_cast<unsigned>(body.size()));
        gzclose(g);
    }
    try {
        if (data[0] & 2) {
            // Images and labels from the two halves.
            const auto half = body.size() / 2;
            const auto im = fuzz::writeFile("im-idx", body.substr(0, half));
            const auto lb = fuzz::writeFile("lb-idx", body.substr(half));
            core::nn::readIdxPair(im, lb);
        } else {
            core::nn::readIdxFile(file);
        }
    } catch (const core::nn::DataError&) {
    }
    return 0;
}
