// Device parameters (docs/model.md §1-2). Defaults: the Doevenspeck VLSI 2020 operating point.
#include "param_table.h"

#include <array>

namespace aimc::core {
namespace {
using namespace table_shorthand;
constexpr std::array<std::string_view, 5> kTechnologies{"sot-mram", "stt-mram", "measured", "igzo-2t1c", "projection-pcm"};
constexpr unsigned kSot = technologyBit(Technology::SotMram), kStt = technologyBit(Technology::SttMram);
constexpr unsigned kMtj = kSot | kStt, kIgzo = technologyBit(Technology::Igzo2T1C);
constexpr unsigned kPcm = technologyBit(Technology::ProjectionPcm);
constexpr ParamType C = ParamType::Choice;

const std::array kDevice{
    ParamDescriptor{.key = "device.technology", .label = AIMC_TR_NOOP("Param", "Technology"), .unit = "", .type = C, .min = 0, .max = 4, .defaultValue = 0, .step = 1, .scale = Lin, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "The device behind every cell: SOT-MRAM, STT-MRAM, measured devices from a file, IGZO 2T1C gain cell or projection PCM."), .choices = kTechnologies, AIMC_FIELD(device.technology)},
    ParamDescriptor{.key = "device.mgo_thickness_nm", .label = AIMC_TR_NOOP("Param", "MgO thickness"), .unit = "nm", .type = R, .min = 0.8, .max = 3.2, .defaultValue = 2.40, .step = 0.01, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Tunnel barrier thickness t; RA grows as exp((t - t_ref)/lambda)."), .choices = {}, AIMC_FIELD(device.mgo_thickness_nm), .technologies = kMtj},
    ParamDescriptor{.key = "device.cd_nm", .label = AIMC_TR_NOOP("Param", "Nominal CD"), .unit = "nm", .type = R, .min = 20, .max = 200, .defaultValue = 80, .step = 1, .scale = Lin, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Nominal (drawn) MTJ diameter nCD."), .choices = {}, AIMC_FIELD(device.cd_nm), .technologies = kMtj},
    ParamDescriptor{.key = "device.cd_bias_nm", .label = AIMC_TR_NOOP("Param", "CD bias"), .unit = "nm", .type = R, .min = 0, .max = 40, .defaultValue = 14, .step = 0.5, .scale = Lin, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "nCD minus the electrical diameter eCD."), .choices = {}, AIMC_FIELD(device.cd_bias_nm), .technologies = kMtj},
    ParamDescriptor{.key = "device.sigma_radius_nm", .label = AIMC_TR_NOOP("Param", "Radius sigma"), .unit = "nm", .type = R, .min = 0, .max = 10, .defaultValue = 3, .step = 0.1, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Device-to-device standard deviation of the MTJ radius."), .choices = {}, AIMC_FIELD(device.sigma_radius_nm), .technologies = kMtj},
    ParamDescriptor{.key = "device.sigma_ra_rel", .label = AIMC_TR_NOOP("Param", "RA spread"), .unit = "", .type = R, .min = 0, .max = 0.5, .defaultValue = 0, .step = 0.005, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Relative lognormal spread of RA (sigma/mean), on top of the radius variation."), .choices = {}, AIMC_FIELD(device.sigma_ra_rel), .technologies = kMtj},
    ParamDescriptor{.key = "device.tmr", .label = AIMC_TR_NOOP("Param", "TMR0"), .unit = "", .type = R, .min = 0.1, .max = 4, .defaultValue = 1.5, .step = 0.05, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Zero-bias tunnel magnetoresistance as a fraction (1.5 = 150 %)."), .choices = {}, AIMC_FIELD(device.tmr), .technologies = kMtj},
    ParamDescriptor{.key = "device.tmr_v_half_v", .label = AIMC_TR_NOOP("Param", "TMR half-bias voltage"), .unit = "V", .type = R, .min = 0.05, .max = 2, .defaultValue = 0.5, .step = 0.01, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Bias V_h at which the TMR has fallen to half: TMR(V) = TMR0/(1+(V/V_h)^2)."), .choices = {}, AIMC_FIELD(device.tmr_v_half_v), .technologies = kMtj},
    ParamDescriptor{.key = "device.v_read_v", .label = AIMC_TR_NOOP("Param", "Read voltage"), .unit = "V", .type = R, .min = 0.01, .max = 1, .defaultValue = 0.1, .step = 0.01, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Read (activation) voltage across the MTJ."), .choices = {}, AIMC_FIELD(device.v_read_v)},
    ParamDescriptor{.key = "device.ra_ref_ohm_um2", .label = AIMC_TR_NOOP("Param", "RA at reference"), .unit = "Ω·µm²", .type = R, .min = 1, .max = 1e6, .defaultValue = 20000, .step = 100, .scale = SliderScale::Log, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Resistance-area product at the reference MgO thickness."), .choices = {}, AIMC_FIELD(device.ra_ref_ohm_um2), .technologies = kMtj},
    ParamDescriptor{.key = "device.ra_ref_thickness_nm", .label = AIMC_TR_NOOP("Param", "Reference thickness"), .unit = "nm", .type = R, .min = 0.8, .max = 3.2, .defaultValue = 2.40, .step = 0.01, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "MgO thickness t_ref at which RA equals the reference RA."), .choices = {}, AIMC_FIELD(device.ra_ref_thickness_nm), .technologies = kMtj},
    ParamDescriptor{.key = "device.ra_decay_nm", .label = AIMC_TR_NOOP("Param", "RA decay length"), .unit = "nm", .type = R, .min = 0.05, .max = 0.5, .defaultValue = 0.17, .step = 0.005, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Thickness lambda over which RA grows by a factor e."), .choices = {}, AIMC_FIELD(device.ra_decay_nm), .technologies = kMtj},
    ParamDescriptor{.key = "device.delta_ref", .label = AIMC_TR_NOOP("Param", "Thermal stability"), .unit = "kT", .type = R, .min = 5, .max = 200, .defaultValue = 60, .step = 1, .scale = Lin, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Thermal stability factor Delta at the reference electrical diameter."), .choices = {}, AIMC_FIELD(device.delta_ref), .technologies = kMtj},
    ParamDescriptor{.key = "device.delta_ref_ecd_nm", .label = AIMC_TR_NOOP("Param", "Stability reference eCD"), .unit = "nm", .type = R, .min = 5, .max = 200, .defaultValue = 66, .step = 1, .scale = Lin, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Electrical diameter at which Delta equals its reference; Delta scales with eCD squared."), .choices = {}, AIMC_FIELD(device.delta_ref_ecd_nm), .technologies = kMtj},
    ParamDescriptor{.key = "device.tau0_ns", .label = AIMC_TR_NOOP("Param", "Attempt time"), .unit = "ns", .type = R, .min = 0.01, .max = 100, .defaultValue = 1, .step = 0.01, .scale = SliderScale::Log, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Attempt time tau0 in the retention time tau0*exp(Delta)."), .choices = {}, AIMC_FIELD(device.tau0_ns), .technologies = kMtj},
    ParamDescriptor{.key = "device.sot_i_write_ua", .label = AIMC_TR_NOOP("Param", "SOT write current"), .unit = "µA", .type = R, .min = 10, .max = 5000, .defaultValue = 600, .step = 10, .scale = Log, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Critical switching current through the SOT track."), .choices = {}, AIMC_FIELD(device.sot_i_write_ua), .technologies = kSot},
    ParamDescriptor{.key = "device.sot_track_r_ohm", .label = AIMC_TR_NOOP("Param", "SOT track resistance"), .unit = "Ω", .type = R, .min = 10, .max = 10000, .defaultValue = 800, .step = 10, .scale = Log, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Resistance of the SOT write track; V_WR = I_write R_track."), .choices = {}, AIMC_FIELD(device.sot_track_r_ohm), .technologies = kSot},
    ParamDescriptor{.key = "device.stt_jc_ma_cm2", .label = AIMC_TR_NOOP("Param", "STT switching current density"), .unit = "MA/cm²", .type = R, .min = 0.1, .max = 50, .defaultValue = 2, .step = 0.1, .scale = Log, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Critical current density J_c through the barrier; V_WR = J_c RA."), .choices = {}, AIMC_FIELD(device.stt_jc_ma_cm2), .technologies = kStt},
    ParamDescriptor{.key = "device.v_breakdown_v", .label = AIMC_TR_NOOP("Param", "Barrier breakdown voltage"), .unit = "V", .type = R, .min = 0.3, .max = 3, .defaultValue = 1.2, .step = 0.05, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Voltage at which the MgO barrier breaks down."), .choices = {}, AIMC_FIELD(device.v_breakdown_v), .technologies = kStt},
    ParamDescriptor{.key = "device.write_margin", .label = AIMC_TR_NOOP("Param", "Breakdown margin"), .unit = "", .type = R, .min = 0, .max = 2, .defaultValue = 0.2, .step = 0.05, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Writable when V_WR (1 + margin) stays below the breakdown voltage."), .choices = {}, AIMC_FIELD(device.write_margin), .technologies = kStt},
    ParamDescriptor{.key = "device.igzo_i_on_na", .label = AIMC_TR_NOOP("Param", "Gain-cell on current"), .unit = "nA", .type = R, .min = 0.1, .max = 10000, .defaultValue = 200, .step = 1, .scale = Log, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Programmed saturated read current of an on cell."), .choices = {}, AIMC_FIELD(device.igzo_i_on_na), .technologies = kIgzo},
    ParamDescriptor{.key = "device.igzo_on_off_ratio", .label = AIMC_TR_NOOP("Param", "Gain-cell on/off ratio"), .unit = "", .type = R, .min = 1.5, .max = 1e6, .defaultValue = 100, .step = 1, .scale = Log, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "On current over off current."), .choices = {}, AIMC_FIELD(device.igzo_on_off_ratio), .technologies = kIgzo},
    ParamDescriptor{.key = "device.igzo_sigma_vth_mv", .label = AIMC_TR_NOOP("Param", "Threshold-voltage sigma"), .unit = "mV", .type = R, .min = 0, .max = 200, .defaultValue = 20, .step = 1, .scale = Lin, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Device-to-device spread of V_th; without write-verify the current is lognormal with sigma_ln = sigma_Vth/(n U_T)."), .choices = {}, AIMC_FIELD(device.igzo_sigma_vth_mv), .technologies = kIgzo},
    ParamDescriptor{.key = "device.igzo_slope_n", .label = AIMC_TR_NOOP("Param", "Subthreshold slope factor"), .unit = "", .type = R, .min = 1, .max = 3, .defaultValue = 1.5, .step = 0.05, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Ideality n of the subthreshold current I = I_0 exp((V_g - V_th)/(n U_T))."), .choices = {}, AIMC_FIELD(device.igzo_slope_n), .technologies = kIgzo},
    ParamDescriptor{.key = "device.igzo_verify_tol", .label = AIMC_TR_NOOP("Param", "Write-verify tolerance"), .unit = "", .type = R, .min = 0, .max = 0.5, .defaultValue = 0.05, .step = 0.005, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Relative tolerance to which write-verify trims each cell's current (uniform residual); 0 = no write-verify."), .choices = {}, AIMC_FIELD(device.igzo_verify_tol), .technologies = kIgzo},
    ParamDescriptor{.key = "device.igzo_c_store_ff", .label = AIMC_TR_NOOP("Param", "Storage capacitance"), .unit = "fF", .type = R, .min = 0.1, .max = 100, .defaultValue = 1, .step = 0.1, .scale = Log, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Capacitor C_s that holds the weight charge."), .choices = {}, AIMC_FIELD(device.igzo_c_store_ff), .technologies = kIgzo},
    ParamDescriptor{.key = "device.igzo_i_leak_ya", .label = AIMC_TR_NOOP("Param", "Write-transistor leakage"), .unit = "yA", .type = R, .min = 0.01, .max = 1e9, .defaultValue = 10, .step = 1, .scale = Log, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Off current of the IGZO write transistor (1 yA = 1e-24 A); it drains C_s."), .choices = {}, AIMC_FIELD(device.igzo_i_leak_ya), .technologies = kIgzo},
    ParamDescriptor{.key = "device.igzo_v_write_v", .label = AIMC_TR_NOOP("Param", "Gain-cell write voltage"), .unit = "V", .type = R, .min = 0.3, .max = 5, .defaultValue = 1.5, .step = 0.05, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Gate voltage of the write transistor during a write."), .choices = {}, AIMC_FIELD(device.igzo_v_write_v), .technologies = kIgzo},
    ParamDescriptor{.key = "device.pcm_levels", .label = AIMC_TR_NOOP("Param", "PCM levels"), .unit = "", .type = I, .min = 2, .max = 64, .defaultValue = 8, .step = 1, .scale = Lin, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "Conductance levels programmed with write-verify; a ternary pair uses the lowest and the highest."), .choices = {}, AIMC_FIELD(device.pcm_levels), .technologies = kPcm},
    ParamDescriptor{.key = "device.pcm_r_on_mohm", .label = AIMC_TR_NOOP("Param", "PCM on resistance"), .unit = "MΩ", .type = R, .min = 0.01, .max = 100, .defaultValue = 1, .step = 0.01, .scale = Log, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Resistance of the highest-conductance level at t0."), .choices = {}, AIMC_FIELD(device.pcm_r_on_mohm), .technologies = kPcm},
    ParamDescriptor{.key = "device.pcm_on_off_ratio", .label = AIMC_TR_NOOP("Param", "PCM on/off ratio"), .unit = "", .type = R, .min = 1.2, .max = 1000, .defaultValue = 5, .step = 0.1, .scale = Log, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Highest over lowest level conductance (the projection layer narrows it)."), .choices = {}, AIMC_FIELD(device.pcm_on_off_ratio), .technologies = kPcm},
    ParamDescriptor{.key = "device.pcm_sigma_prog_rel", .label = AIMC_TR_NOOP("Param", "Programming spread"), .unit = "", .type = R, .min = 0, .max = 0.5, .defaultValue = 0.05, .step = 0.005, .scale = Lin, .decimals = 3,
        .description = AIMC_TR_NOOP("Param", "Relative lognormal spread (sigma/mean) of a level after write-verify."), .choices = {}, AIMC_FIELD(device.pcm_sigma_prog_rel), .technologies = kPcm},
    ParamDescriptor{.key = "device.pcm_nu_mean", .label = AIMC_TR_NOOP("Param", "Drift exponent"), .unit = "", .type = R, .min = 0.0005, .max = 0.2, .defaultValue = 0.007, .step = 0.0005, .scale = Log, .decimals = 4,
        .description = AIMC_TR_NOOP("Param", "Mean drift exponent: R(t) = R(t0) (t/t0)^nu (projection PCM about 0.005-0.01, regular PCM 0.05-0.1)."), .choices = {}, AIMC_FIELD(device.pcm_nu_mean), .technologies = kPcm},
    ParamDescriptor{.key = "device.pcm_nu_sigma", .label = AIMC_TR_NOOP("Param", "Drift exponent sigma"), .unit = "", .type = R, .min = 0, .max = 0.1, .defaultValue = 0.003, .step = 0.0005, .scale = Lin, .decimals = 4,
        .description = AIMC_TR_NOOP("Param", "Device-to-device standard deviation of the drift exponent."), .choices = {}, AIMC_FIELD(device.pcm_nu_sigma), .technologies = kPcm},
    ParamDescriptor{.key = "device.pcm_t0_s", .label = AIMC_TR_NOOP("Param", "Drift reference time"), .unit = "s", .type = R, .min = 0.1, .max = 1000, .defaultValue = 20, .step = 1, .scale = Log, .decimals = 1,
        .description = AIMC_TR_NOOP("Param", "Time t0 after programming at which write-verify checked the level."), .choices = {}, AIMC_FIELD(device.pcm_t0_s), .technologies = kPcm},
    ParamDescriptor{.key = "device.pcm_v_write_v", .label = AIMC_TR_NOOP("Param", "PCM write voltage"), .unit = "V", .type = R, .min = 0.5, .max = 10, .defaultValue = 2.5, .step = 0.1, .scale = Lin, .decimals = 2,
        .description = AIMC_TR_NOOP("Param", "Voltage of the heater write path."), .choices = {}, AIMC_FIELD(device.pcm_v_write_v), .technologies = kPcm},
    ParamDescriptor{.key = "device.t_read_s", .label = AIMC_TR_NOOP("Param", "Time since programming"), .unit = "s", .type = R, .min = 1, .max = 3.2e9, .defaultValue = 3600, .step = 1, .scale = Log, .decimals = 0,
        .description = AIMC_TR_NOOP("Param", "When the devices are read after they were programmed (drift, leakage)."), .choices = {}, AIMC_FIELD(device.t_read_s), .technologies = kIgzo | kPcm},
};
} // namespace

std::span<const ParamDescriptor> deviceParamDescriptors() { return kDevice; }

} // namespace aimc::core
