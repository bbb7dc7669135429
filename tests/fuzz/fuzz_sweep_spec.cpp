// Sweep specs (core/sweep/sweep_spec): any text gives a spec or a message naming the file.
#include "fuzz_input.h"
#include "sweep/sweep_spec.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto r = aimc::core::sweep::parseSweepSpec(aimc::fuzz::text(data, size), "fuzz.json");
    if (!r.spec && r.error.rfind("fuzz.json", 0) != 0)
        std::abort();
    return 0;
}
