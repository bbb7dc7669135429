// Simulation controls: seeds and sample counts.
#include "param_table.h"

#include <array>

namespace aimc::core {
namespace {
using namespace table_shorthand;

const std::array kSim{
    ParamDescriptor{.key = "sim.seed", .label = AIMC_TR_NOOP("Param", "Seed"), .unit = "", .type = I, .min = 0, .max = 4294967295.0, .defaultValue = 1, .step = 1, .scale = Lin, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Random seed of the chip instance; the same seed gives the same devices on any number of threads."), .choices = {}, AIMC_FIELD(sim.seed)},
    ParamDescriptor{.key = "sim.samples", .label = AIMC_TR_NOOP("Param", "Monte Carlo samples"), .unit = "", .type = I, .min = 1000, .max = 10000000, .defaultValue = 100000, .step = 1000, .scale = Log, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Devices sampled per distribution in the device Monte Carlo."), .choices = {}, AIMC_FIELD(sim.samples)},
    ParamDescriptor{.key = "sim.chips", .label = AIMC_TR_NOOP("Param", "Chip instances"), .unit = "", .type = I, .min = 1, .max = 100, .defaultValue = 5, .step = 1, .scale = Lin, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Chip instances (seeds) over which accuracy is averaged."), .choices = {}, AIMC_FIELD(sim.chips)},
    ParamDescriptor{.key = "sim.images", .label = AIMC_TR_NOOP("Param", "Test images"), .unit = "", .type = I, .min = 10, .max = 100000, .defaultValue = 10000, .step = 10, .scale = Log, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Test-set images evaluated (the first N)."), .choices = {}, AIMC_FIELD(sim.images)},
};
} // namespace

std::span<const ParamDescriptor> simParamDescriptors() { return kSim; }

} // namespace aimc::core
