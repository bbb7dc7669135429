// The CSV tables of resources/ (core/io/csv_table: published accelerators, reference networks) and
// measured-device files (core/device/measured_devices); the first byte picks the reader.
#include "energy/published_points.h"
#include "energy/reference_networks.h"
#include "device/measured_devices.h"
#include "fuzz_input.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace aimc;
    if (size == 0)
        return 0;
    const std::string t = fuzz::text(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0: {
        const auto r = core::parsePublishedPoints(t, "fuzz.csv");
        (void)r;
        break;
    }
    case 1: {
        const auto r = core::parseReferenceNetworks(t, "fuzz.csv");
        (void)r;
        break;
    }
    default: {
        const auto r = core::parseMeasuredCsv(t, "fuzz.csv");
        if (!r.data && r.error.find("fuzz.csv") == std::string::npos)
            std::abort();
    }
    }
    return 0;
}
