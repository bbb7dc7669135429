// Network model files (core/nn/model_file): any bytes give a model or a message naming the file.
#include "fuzz_input.h"
#include "nn/model_file.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto r = aimc::core::nn::parseModel(aimc::fuzz::text(data, size), "fuzz.aimcnn");
    if (!r.model && r.error.rfind("fuzz.aimcnn", 0) != 0)
        std::abort();
    return 0;
}
