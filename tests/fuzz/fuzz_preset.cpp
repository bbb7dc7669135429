// Preset JSON (core/io/preset): any text gives a preset or a message naming the file.
#include "fuzz_input.h"
#include "io/preset.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto r = aimc::core::parsePreset(aimc::fuzz::text(data, size), "fuzz.json");
    if (!r.preset && r.error.rfind("fuzz.json", 0) != 0)
        std::abort(); // every refusal names the file
    if (r.preset) { // what loads also saves and loads back to the same parameters
        const auto again = aimc::core::parsePreset(aimc::core::presetToJson(*r.preset), "again.json");
        if (!again.preset || !(again.preset->params == r.preset->params))
            std::abort();
    }
    return 0;
}
