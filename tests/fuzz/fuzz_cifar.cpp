// CIFAR binary batches (core/nn/dataset_files): CIFAR-10 or -100 by the first byte.
#include "fuzz_input.h"
#include "nn/dataset.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace aimc;
    fuzz::clean();
    if (size == 0)
        return 0;
    const auto f = fuzz::writeFile("batch.bin", fuzz::text(data + 1, size - 1));
    try {
        const auto d = core::nn::readCifarFiles({f}, data[0] & 1);
        if (d.pixels.size() != std::size_t(d.size()) * std::size_t(d.imageSize()))
            std::abort();
    } catch (const core::nn::DataError&) {
    }
    return 0;
}
