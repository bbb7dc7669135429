// Crossbar parameters (docs/model.md §3).
#include "param_table.h"

#include <array>

namespace aimc::core {
namespace {
using namespace table_shorthand;
constexpr std::array<std::string_view, 2> kCellModels{"re", "cse"};
constexpr std::array<std::string_view, 2> kPlacements{"near", "far"};
constexpr std::array<std::string_view, 2> kSchemes{"clamp", "precharge"};

const std::array kArray{
    ParamDescriptor{.key = "array.rows", .label = AIMC_TR_NOOP("Param", "Rows"), .unit = "", .type = I, .min = 1, .max = 8192, .defaultValue = 256, .step = 1, .scale = Log, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Activation lines N (inputs) of one array."), .choices = {}, AIMC_FIELD(array.rows)},
    ParamDescriptor{.key = "array.cols", .label = AIMC_TR_NOOP("Param", "Columns"), .unit = "", .type = I, .min = 1, .max = 8192, .defaultValue = 256, .step = 1, .scale = Log, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Logical outputs M of one array (two physical columns each when differential)."), .choices = {}, AIMC_FIELD(array.cols)},
    ParamDescriptor{.key = "array.differential", .label = AIMC_TR_NOOP("Param", "Differential pairs"), .unit = "", .type = ParamType::Boolean, .min = 0, .max = 1, .defaultValue = 1, .step = 1, .scale = Lin, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Each output uses a positive and a negative physical column (off: single-ended)."), .choices = {}, AIMC_FIELD(array.differential)},
    ParamDescriptor{.key = "array.r_al_ohm", .label = AIMC_TR_NOOP("Param", "Activation-line wire R"), .unit = "Ω", .type = R, .min = 0, .max = 100, .defaultValue = 1, .step = 0.1, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Wire resistance of the activation line per cell pitch."), .choices = {}, AIMC_FIELD(array.r_al_ohm)},
    ParamDescriptor{.key = "array.r_sl_ohm", .label = AIMC_TR_NOOP("Param", "Summation-line wire R"), .unit = "Ω", .type = R, .min = 0, .max = 100, .defaultValue = 1, .step = 0.1, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Wire resistance of the summation line per cell pitch."), .choices = {}, AIMC_FIELD(array.r_sl_ohm)},
    ParamDescriptor{.key = "array.r_driver_ohm", .label = AIMC_TR_NOOP("Param", "Driver resistance"), .unit = "Ω", .type = R, .min = 0, .max = 1e5, .defaultValue = 0, .step = 1, .scale = Lin, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Output resistance of each activation-line driver."), .choices = {}, AIMC_FIELD(array.r_driver_ohm)},
    ParamDescriptor{.key = "array.v_clamp_v", .label = AIMC_TR_NOOP("Param", "Clamp voltage"), .unit = "V", .type = R, .min = -1, .max = 1, .defaultValue = 0, .step = 0.01, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Voltage at which the sense circuit holds the end of each summation line."), .choices = {}, AIMC_FIELD(array.v_clamp_v)},
    ParamDescriptor{.key = "array.weight_density", .label = AIMC_TR_NOOP("Param", "Weight density"), .unit = "", .type = R, .min = 0, .max = 1, .defaultValue = 0.5, .step = 0.01, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Fraction of non-zero ternary weights in the random test pattern."), .choices = {}, AIMC_FIELD(array.weight_density)},
    ParamDescriptor{.key = "array.activation_density", .label = AIMC_TR_NOOP("Param", "Activation density"), .unit = "", .type = R, .min = 0, .max = 1, .defaultValue = 1, .step = 0.01, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Fraction of activation lines driven (1 = all inputs on)."), .choices = {}, AIMC_FIELD(array.activation_density)},
    ParamDescriptor{.key = "array.cell_model", .label = AIMC_TR_NOOP("Param", "Cell model"), .unit = "", .type = ParamType::Choice, .min = 0, .max = 1, .defaultValue = 0, .step = 1, .scale = Lin, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "re: resistive element I = G(a - s); cse: saturating current source I = I_cell min(1, (a - s)/V_sat)."), .choices = kCellModels, AIMC_FIELD(array.cell_model)},
    ParamDescriptor{.key = "array.i_cell_ua", .label = AIMC_TR_NOOP("Param", "Cell current"), .unit = "µA", .type = R, .min = 0.001, .max = 100, .defaultValue = 0.2, .step = 0.01, .scale = Log, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Saturated current of a current-source cell in the on state."), .choices = {}, AIMC_FIELD(array.i_cell_ua)},
    ParamDescriptor{.key = "array.v_sat_v", .label = AIMC_TR_NOOP("Param", "Saturation voltage"), .unit = "V", .type = R, .min = 0.001, .max = 1, .defaultValue = 0.05, .step = 0.001, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Voltage across a current-source cell above which its current is constant."), .choices = {}, AIMC_FIELD(array.v_sat_v)},
    ParamDescriptor{.key = "array.placement", .label = AIMC_TR_NOOP("Param", "Placement"), .unit = "", .type = ParamType::Choice, .min = 0, .max = 1, .defaultValue = 0, .step = 1, .scale = Lin, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Where a smaller weight matrix sits in the array: near the drivers and sense circuits, or at the far corner."), .choices = kPlacements, AIMC_FIELD(array.placement)},
    ParamDescriptor{.key = "array.scheme", .label = AIMC_TR_NOOP("Param", "Read scheme"), .unit = "", .type = ParamType::Choice, .min = 0, .max = 1, .defaultValue = 0, .step = 1, .scale = Lin, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "clamp: voltage-encoded inputs, summation lines clamped by the sense circuit (DC); precharge: pulse-width inputs discharge precharged summation lines (Cosemans Fig. 4)."), .choices = kSchemes, AIMC_FIELD(array.scheme)},
};
} // namespace

std::span<const ParamDescriptor> arrayParamDescriptors() { return kArray; }

} // namespace aimc::core
