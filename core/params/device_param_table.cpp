// Device parameters (docs/model.md §1-2). Defaults: the Doevenspeck VLSI 2020 operating point.
#include "param_table.h"

#include <array>

namespace aimc::core {
namespace {
using namespace table_shorthand;

const std::array kDevice{
    ParamDescriptor{.key = "device.mgo_thickness_nm", .label = AIMC_TR_NOOP("Param", "MgO thickness"), .unit = "nm", .type = R, .min = 0.8, .max = 3.2, .defaultValue = 2.40, .step = 0.01, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Tunnel barrier thickness t; RA grows as exp((t - t_ref)/lambda)."), .choices = {}, AIMC_FIELD(device.mgo_thickness_nm)},
    ParamDescriptor{.key = "device.cd_nm", .label = AIMC_TR_NOOP("Param", "Nominal CD"), .unit = "nm", .type = R, .min = 20, .max = 200, .defaultValue = 80, .step = 1, .scale = Lin, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Nominal (drawn) MTJ diameter nCD."), .choices = {}, AIMC_FIELD(device.cd_nm)},
    ParamDescriptor{.key = "device.cd_bias_nm", .label = AIMC_TR_NOOP("Param", "CD bias"), .unit = "nm", .type = R, .min = 0, .max = 40, .defaultValue = 14, .step = 0.5, .scale = Lin, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "nCD minus the electrical diameter eCD."), .choices = {}, AIMC_FIELD(device.cd_bias_nm)},
    ParamDescriptor{.key = "device.sigma_radius_nm", .label = AIMC_TR_NOOP("Param", "Radius sigma"), .unit = "nm", .type = R, .min = 0, .max = 10, .defaultValue = 3, .step = 0.1, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Device-to-device standard deviation of the MTJ radius."), .choices = {}, AIMC_FIELD(device.sigma_radius_nm)},
    ParamDescriptor{.key = "device.sigma_ra_rel", .label = AIMC_TR_NOOP("Param", "RA spread"), .unit = "", .type = R, .min = 0, .max = 0.5, .defaultValue = 0, .step = 0.005, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Relative lognormal spread of RA (sigma/mean), on top of the radius variation."), .choices = {}, AIMC_FIELD(device.sigma_ra_rel)},
    ParamDescriptor{.key = "device.tmr", .label = AIMC_TR_NOOP("Param", "TMR0"), .unit = "", .type = R, .min = 0.1, .max = 4, .defaultValue = 1.5, .step = 0.05, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Zero-bias tunnel magnetoresistance as a fraction (1.5 = 150 %)."), .choices = {}, AIMC_FIELD(device.tmr)},
    ParamDescriptor{.key = "device.tmr_v_half_v", .label = AIMC_TR_NOOP("Param", "TMR half-bias voltage"), .unit = "V", .type = R, .min = 0.05, .max = 2, .defaultValue = 0.5, .step = 0.01, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Bias V_h at which the TMR has fallen to half: TMR(V) = TMR0/(1+(V/V_h)^2)."), .choices = {}, AIMC_FIELD(device.tmr_v_half_v)},
    ParamDescriptor{.key = "device.v_read_v", .label = AIMC_TR_NOOP("Param", "Read voltage"), .unit = "V", .type = R, .min = 0.01, .max = 1, .defaultValue = 0.1, .step = 0.01, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Read (activation) voltage across the MTJ."), .choices = {}, AIMC_FIELD(device.v_read_v)},
    ParamDescriptor{.key = "device.ra_ref_ohm_um2", .label = AIMC_TR_NOOP("Param", "RA at reference"), .unit = "Ω·µm²", .type = R, .min = 1, .max = 1e6, .defaultValue = 20000, .step = 100, .scale = SliderScale::Log, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Resistance-area product at the reference MgO thickness."), .choices = {}, AIMC_FIELD(device.ra_ref_ohm_um2)},
    ParamDescriptor{.key = "device.ra_ref_thickness_nm", .label = AIMC_TR_NOOP("Param", "Reference thickness"), .unit = "nm", .type = R, .min = 0.8, .max = 3.2, .defaultValue = 2.40, .step = 0.01, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "MgO thickness t_ref at which RA equals the reference RA."), .choices = {}, AIMC_FIELD(device.ra_ref_thickness_nm)},
    ParamDescriptor{.key = "device.ra_decay_nm", .label = AIMC_TR_NOOP("Param", "RA decay length"), .unit = "nm", .type = R, .min = 0.05, .max = 0.5, .defaultValue = 0.17, .step = 0.005, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Thickness lambda over which RA grows by a factor e."), .choices = {}, AIMC_FIELD(device.ra_decay_nm)},
    ParamDescriptor{.key = "device.delta_ref", .label = AIMC_TR_NOOP("Param", "Thermal stability"), .unit = "kT", .type = R, .min = 5, .max = 200, .defaultValue = 60, .step = 1, .scale = Lin, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Thermal stability factor Delta at the reference electrical diameter."), .choices = {}, AIMC_FIELD(device.delta_ref)},
    ParamDescriptor{.key = "device.delta_ref_ecd_nm", .label = AIMC_TR_NOOP("Param", "Stability reference eCD"), .unit = "nm", .type = R, .min = 5, .max = 200, .defaultValue = 66, .step = 1, .scale = Lin, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Electrical diameter at which Delta equals its reference; Delta scales with eCD squared."), .choices = {}, AIMC_FIELD(device.delta_ref_ecd_nm)},
    ParamDescriptor{.key = "device.tau0_ns", .label = AIMC_TR_NOOP("Param", "Attempt time"), .unit = "ns", .type = R, .min = 0.01, .max = 100, .defaultValue = 1, .step = 0.01, .scale = SliderScale::Log, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Attempt time tau0 in the retention time tau0*exp(Delta)."), .choices = {}, AIMC_FIELD(device.tau0_ns)},
};
} // namespace

std::span<const ParamDescriptor> deviceParamDescriptors() { return kDevice; }

} // namespace aimc::core
