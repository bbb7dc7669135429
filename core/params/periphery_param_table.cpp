// Periphery and energy parameters (docs/model.md §4). Defaults: Cosemans IEDM 2019 "fairy-tale" values.
#include "param_table.h"

#include <array>

namespace aimc::core {
namespace {
using namespace table_shorthand;
constexpr std::array<std::string_view, 2> kScalings{"walden", "thermal"};

const std::array kPeriphery{
    ParamDescriptor{.key = "periphery.dac_bits", .label = AIMC_TR_NOOP("Param", "DAC bits"), .unit = "bit", .type = I, .min = 1, .max = 12, .defaultValue = 5, .step = 1, .scale = Lin, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Input (activation) converter resolution."), .choices = {}, AIMC_FIELD(periphery.dac_bits)},
    ParamDescriptor{.key = "periphery.adc_bits", .label = AIMC_TR_NOOP("Param", "ADC bits"), .unit = "bit", .type = I, .min = 1, .max = 12, .defaultValue = 5, .step = 1, .scale = Lin, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Output converter resolution."), .choices = {}, AIMC_FIELD(periphery.adc_bits)},
    ParamDescriptor{.key = "periphery.e_dac_fj", .label = AIMC_TR_NOOP("Param", "DAC energy (5 b)"), .unit = "fJ", .type = R, .min = 0.1, .max = 10000, .defaultValue = 15, .step = 0.1, .scale = Log, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Energy of one 5-bit DAC conversion."), .choices = {}, AIMC_FIELD(periphery.e_dac_fj)},
    ParamDescriptor{.key = "periphery.e_adc_fj", .label = AIMC_TR_NOOP("Param", "ADC energy (5 b)"), .unit = "fJ", .type = R, .min = 0.1, .max = 100000, .defaultValue = 100, .step = 1, .scale = Log, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Energy of one 5-bit ADC conversion."), .choices = {}, AIMC_FIELD(periphery.e_adc_fj)},
    ParamDescriptor{.key = "periphery.converter_scaling", .label = AIMC_TR_NOOP("Param", "Converter scaling"), .unit = "", .type = ParamType::Choice, .min = 0, .max = 1, .defaultValue = 0, .step = 1, .scale = Lin, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "How converter energy grows with bits: walden 2^(b-5), thermal 4^(b-5)."), .choices = kScalings, AIMC_FIELD(periphery.converter_scaling)},
    ParamDescriptor{.key = "periphery.c_al_ff", .label = AIMC_TR_NOOP("Param", "Activation-line capacitance"), .unit = "fF", .type = R, .min = 0.001, .max = 10, .defaultValue = 0.1, .step = 0.01, .scale = Log, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Activation-line capacitance per cell."), .choices = {}, AIMC_FIELD(periphery.c_al_ff)},
    ParamDescriptor{.key = "periphery.c_sl_ff", .label = AIMC_TR_NOOP("Param", "Summation-line capacitance"), .unit = "fF", .type = R, .min = 0.001, .max = 10, .defaultValue = 0.1, .step = 0.01, .scale = Log, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Summation-line capacitance per cell."), .choices = {}, AIMC_FIELD(periphery.c_sl_ff)},
    ParamDescriptor{.key = "periphery.vdd_v", .label = AIMC_TR_NOOP("Param", "Supply voltage"), .unit = "V", .type = R, .min = 0.3, .max = 3.3, .defaultValue = 0.8, .step = 0.01, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Supply voltage V_dd of the line drivers."), .choices = {}, AIMC_FIELD(periphery.vdd_v)},
    ParamDescriptor{.key = "periphery.alpha_al", .label = AIMC_TR_NOOP("Param", "Activation-line activity"), .unit = "", .type = R, .min = 0, .max = 1, .defaultValue = 0.8, .step = 0.01, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Average switching activity of the activation lines."), .choices = {}, AIMC_FIELD(periphery.alpha_al)},
    ParamDescriptor{.key = "periphery.dv_sl_v", .label = AIMC_TR_NOOP("Param", "Summation-line swing"), .unit = "V", .type = R, .min = 0.01, .max = 3.3, .defaultValue = 0.4, .step = 0.01, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Voltage swing of a summation line during one MVM."), .choices = {}, AIMC_FIELD(periphery.dv_sl_v)},
    ParamDescriptor{.key = "periphery.e_ctrl_pj", .label = AIMC_TR_NOOP("Param", "Control energy"), .unit = "pJ", .type = R, .min = 0, .max = 1000, .defaultValue = 2, .step = 0.1, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Fixed control and timing energy per MVM."), .choices = {}, AIMC_FIELD(periphery.e_ctrl_pj)},
    ParamDescriptor{.key = "periphery.f_mvm_mhz", .label = AIMC_TR_NOOP("Param", "MVM rate"), .unit = "MHz", .type = R, .min = 0.001, .max = 10000, .defaultValue = 100, .step = 1, .scale = Log, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Matrix-vector multiplications per second of one array."), .choices = {}, AIMC_FIELD(periphery.f_mvm_mhz)},
    ParamDescriptor{.key = "periphery.cell_area_um2", .label = AIMC_TR_NOOP("Param", "Cell area"), .unit = "µm²", .type = R, .min = 0.001, .max = 100, .defaultValue = 0.1, .step = 0.01, .scale = Log, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Area of one memory cell."), .choices = {}, AIMC_FIELD(periphery.cell_area_um2)},
    ParamDescriptor{.key = "periphery.periphery_um2_per_kcell", .label = AIMC_TR_NOOP("Param", "Periphery area"), .unit = "µm²/kcell", .type = R, .min = 0, .max = 10000, .defaultValue = 50, .step = 1, .scale = Lin, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Periphery area per thousand cells."), .choices = {}, AIMC_FIELD(periphery.periphery_um2_per_kcell)},
    ParamDescriptor{.key = "periphery.active_fraction", .label = AIMC_TR_NOOP("Param", "Active cell fraction"), .unit = "", .type = R, .min = 0.001, .max = 1, .defaultValue = 0.25, .step = 0.01, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Fraction p of cells on a summation line that conduct during the discharge."), .choices = {}, AIMC_FIELD(periphery.active_fraction)},
    ParamDescriptor{.key = "periphery.c_cell_ff", .label = AIMC_TR_NOOP("Param", "Cell capacitance on the summation line"), .unit = "fF", .type = R, .min = 0.001, .max = 10, .defaultValue = 0.1, .step = 0.01, .scale = Log, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Capacitance each cell adds to its summation line (discharge-time model)."), .choices = {}, AIMC_FIELD(periphery.c_cell_ff)},
    ParamDescriptor{.key = "periphery.t_discharge_min_ns", .label = AIMC_TR_NOOP("Param", "Shortest usable discharge time"), .unit = "ns", .type = R, .min = 0.001, .max = 1000, .defaultValue = 0.5, .step = 0.01, .scale = Log, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Below this summation-line discharge time the control and pulse-width timing cannot keep up (Cosemans Fig. 6 targets about 1 ns); the configuration is then flagged too fast."), .choices = {}, AIMC_FIELD(periphery.t_discharge_min_ns)},
    ParamDescriptor{.key = "periphery.t_lsb_ps", .label = AIMC_TR_NOOP("Param", "Pulse width per LSB"), .unit = "ps", .type = R, .min = 1, .max = 10000, .defaultValue = 100, .step = 1, .scale = Log, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Precharge scheme: an activation code x drives its line for x times this width."), .choices = {}, AIMC_FIELD(periphery.t_lsb_ps)},
    ParamDescriptor{.key = "periphery.v_precharge_v", .label = AIMC_TR_NOOP("Param", "Precharge voltage"), .unit = "V", .type = R, .min = 0.05, .max = 3, .defaultValue = 0.8, .step = 0.01, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Precharge scheme: the summation lines start at this voltage; the ADC reads how far they fall."), .choices = {}, AIMC_FIELD(periphery.v_precharge_v)},
    ParamDescriptor{.key = "periphery.sa_offset_sigma_mv", .label = AIMC_TR_NOOP("Param", "Sense-amplifier offset σ"), .unit = "mV", .type = R, .min = 0, .max = 100, .defaultValue = 0, .step = 0.1, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Binary spiking subarrays: standard deviation of each sense amplifier's static input-referred offset (one draw per amplifier and chip)."), .choices = {}, AIMC_FIELD(periphery.sa_offset_sigma_mv)},
    ParamDescriptor{.key = "periphery.sa_r_sense_ohm", .label = AIMC_TR_NOOP("Param", "Sense transimpedance"), .unit = "Ω", .type = R, .min = 1, .max = 1e7, .defaultValue = 1000, .step = 1, .scale = Log, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Binary spiking subarrays: the sense amplifier sees the bit-line current difference times this resistance, so an offset of σ mV is σ/(R·I_count) counts."), .choices = {}, AIMC_FIELD(periphery.sa_r_sense_ohm)},
    ParamDescriptor{.key = "periphery.t_sense_ns", .label = AIMC_TR_NOOP("Param", "Sensing time"), .unit = "ns", .type = R, .min = 0.01, .max = 1000, .defaultValue = 1, .step = 0.01, .scale = Log, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Binary spiking subarrays: how long the read current flows in one sensing phase (one time step)."), .choices = {}, AIMC_FIELD(periphery.t_sense_ns)},
    ParamDescriptor{.key = "periphery.e_sa_fj", .label = AIMC_TR_NOOP("Param", "Sense-amplifier energy"), .unit = "fJ", .type = R, .min = 0, .max = 10000, .defaultValue = 5, .step = 0.1, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Binary spiking subarrays: energy of one sense-amplifier decision (one column pair, one sensing phase)."), .choices = {}, AIMC_FIELD(periphery.e_sa_fj)},
};
} // namespace

std::span<const ParamDescriptor> peripheryParamDescriptors() { return kPeriphery; }

} // namespace aimc::core
