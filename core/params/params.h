// The model parameters: one value struct per model, gathered in Params (docs/architecture.md).
// Every field is a key in the descriptor table (param_table.h); defaults live there too,
// the initialisers below only mirror them so a default-constructed Params is valid.
#pragma once

#include <cstdint>

namespace aimc::core {

enum class CellModel { Resistive = 0, CurrentSource = 1 };
enum class ConverterScaling { Walden = 0, Thermal = 1 };
enum class Placement { Near = 0, Far = 1 };

struct DeviceParams {
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
