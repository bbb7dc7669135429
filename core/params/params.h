// The model parameters: one value struct per model, gathered in Params (docs/architecture.md).
// Every field is a key in the descriptor table (param_table.h); defaults live there too,
// the initialisers below only mirror them so a default-constructed Params is valid.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace aimc::core {

enum class CellModel { Resistive = 0, CurrentSource = 1 };
enum class ConverterScaling { Walden = 0, Thermal = 1 };
enum class Placement { Near = 0, Far = 1 };
// How an MVM is read (docs/model.md §8): clamped DC summation lines (Cosemans Fig. 3) or
// pulse-width activations on precharged, discharging summation lines (Fig. 4).
enum class ReadScheme { Clamp = 0, Precharge = 1 };
// The device technology behind every cell (docs/model.md §7; core/device/technology.h).
enum class Technology { SotMram = 0, SttMram = 1, Measured = 2, Igzo2T1C = 3, ProjectionPcm = 4 };

struct MeasuredDevices; // core/device/measured_devices.h

struct DeviceParams {
    Technology technology = Technology::SotMram;
    double mgo_thickness_nm = 2.40;
    double cd_nm = 80.0;
    double cd_bias_nm = 14.0;
    double sigma_radius_nm = 3.0;
    double sigma_ra_rel = 0.0;
    double tmr = 1.5;
    double tmr_v_half_v = 0.5;
    double v_read_v = 0.1;
    double ra_ref_ohm_um2 = 20000.0;
    double ra_ref_thickness_nm = 2.40;
    double ra_decay_nm = 0.17;
    double delta_ref = 60.0;
    double delta_ref_ecd_nm = 66.0;
    double tau0_ns = 1.0;
    // Write paths (docs/model.md §7): SOT track, STT through the barrier.
    double sot_i_write_ua = 600.0;
    double sot_track_r_ohm = 800.0;
    double stt_jc_ma_cm2 = 2.0;
    double v_breakdown_v = 1.2;
    double write_margin = 0.2;
    // IGZO 2T1C gain cell.
    double igzo_i_on_na = 200.0;
    double igzo_on_off_ratio = 100.0;
    double igzo_sigma_vth_mv = 20.0;
    double igzo_slope_n = 1.5;
    double igzo_verify_tol = 0.05;
    double igzo_c_store_ff = 1.0;
    double igzo_i_leak_ya = 10.0; // yoctoampere, 1e-24 A
    double igzo_v_write_v = 1.5;
    // Projection PCM.
    int pcm_levels = 8;
    double pcm_r_on_mohm = 1.0;
    double pcm_on_off_ratio = 5.0;
    double pcm_sigma_prog_rel = 0.05;
    double pcm_nu_mean = 0.007;
    double pcm_nu_sigma = 0.003;
    double pcm_t0_s = 20.0;
    double pcm_v_write_v = 2.5;
    // Time since programming at which the devices are read (drift, leakage).
    double t_read_s = 3600.0;
    // device.technology = measured: the file (not a slider key) and its parsed devices.
    std::string measured_path;
    std::shared_ptr<const MeasuredDevices> measured;
    bool operator==(const DeviceParams&) const = default;
};

struct ArrayParams {
    int rows = 256;
    int cols = 256;
    bool differential = true;
    double r_al_ohm = 1.0;
    double r_sl_ohm = 1.0;
    double r_driver_ohm = 0.0;
    double v_clamp_v = 0.0;
    double weight_density = 0.5;
    double activation_density = 1.0;
    CellModel cell_model = CellModel::Resistive;
    double i_cell_ua = 0.2;
    double v_sat_v = 0.05;
    Placement placement = Placement::Near;
    ReadScheme scheme = ReadScheme::Clamp;
    bool operator==(const ArrayParams&) const = default;
};

struct PeripheryParams {
    int dac_bits = 5;
    int adc_bits = 5;
    double e_dac_fj = 15.0;
    double e_adc_fj = 100.0;
    ConverterScaling converter_scaling = ConverterScaling::Walden;
    double c_al_ff = 0.1;
    double c_sl_ff = 0.1;
    double vdd_v = 0.8;
    double alpha_al = 0.8;
    double dv_sl_v = 0.4;
    double e_ctrl_pj = 2.0;
    double f_mvm_mhz = 100.0;
    double cell_area_um2 = 0.1;
    double periphery_um2_per_kcell = 50.0;
    double active_fraction = 0.25;
    double c_cell_ff = 0.1;
    double t_discharge_min_ns = 0.5;
    double t_lsb_ps = 100.0;     // pulse width of one activation LSB (precharge scheme)
    double v_precharge_v = 0.8;  // summation-line precharge voltage
    double sa_offset_sigma_mv = 0.0; // binary spiking subarrays: sense-amplifier input offset σ
    double sa_r_sense_ohm = 1000.0;  // sense transimpedance: the SA input sees (I_BL - I_BLB)·R
    double t_sense_ns = 1.0;         // one sensing phase: read current flows this long
    double e_sa_fj = 5.0;            // one sense-amplifier decision
    bool operator==(const PeripheryParams&) const = default;
};

struct SimParams {
    std::uint32_t seed = 1;
    int samples = 100000;
    int chips = 5;
    int images = 10000;
    bool operator==(const SimParams&) const = default;
};

struct Params {
    DeviceParams device;
    ArrayParams array;
    PeripheryParams periphery;
    SimParams sim;
    bool operator==(const Params&) const = default;
};

} // namespace aimc::core
