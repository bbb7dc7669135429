#include "precharge.h"

#include <cmath>
#include <sstream>

namespace aimc::core::array {

double summationLineCapacitance(const Params& p) { return p.array.rows * p.periphery.c_sl_ff * 1e-15; }

std::optional<std::string> checkPrechargeParams(const Params& p) {
    const double longest = ((1 << p.periphery.dac_bits) - 1) * p.periphery.t_lsb_ps * 1e-12;
    const double period = 1.0 / (p.periphery.f_mvm_mhz * 1e6);
    if (longest > period) {
        std::ostringstream os;
        os << "periphery.t_lsb_ps = " << p.periphery.t_lsb_ps << " ps: the longest pulse (2^" << p.periphery.dac_bits
           << " - 1 LSB = " << longest * 1e9 << " ns) is longer than the MVM period 1/periphery.f_mvm_mhz = "
           << period * 1e9 << " ns";
        return os.str();
    }
    if (p.array.cell_model == CellModel::CurrentSource && !(p.periphery.v_precharge_v > p.array.v_sat_v)) {
        std::ostringstream os;
        os << "periphery.v_precharge_v = " << p.periphery.v_precharge_v
           << " V is not above array.v_sat_v = " << p.array.v_sat_v
           << " V: the current-source cells would never be in saturation";
        return os.str();
    }
    return std::nullopt;
}

double currentSourceStep(double v, double i, double dt, double cSl, double vSat) {
    if (i <= 0 || dt <= 0)
        return v;
    if (v > vSat) { // saturated: a constant current removes charge linearly
        const double reach = (v - vSat) * cSl / i;
        if (reach >= dt)
            return v - i * dt / cSl;
        v = vSat;
        dt -= reach;
    }
    // below V_sat every cell is a conductance I_sat / V_sat: exponential
    return v * std::exp(-i * dt / (vSat * cSl));
}

double resistiveEndVoltage(double vPre, double cSl, std::span<const double> g, std::span<const double> dt) {
    double exponent = 0; // the product of exponentials, summed once: exact to rounding
    for (std::size_t k = 0; k < g.size(); ++k)
        exponent += g[k] * dt[k];
    return vPre * std::exp(-exponent / cSl);
}

double currentSourceEndVoltage(double vPre, double vSat, double cSl, std::span<const double> i,
                               std::span<const double> dt) {
    double v = vPre;
    for (std::size_t k = 0; k < i.size(); ++k)
        v = currentSourceStep(v, i[k], dt[k], cSl, vSat);
    return v;
}

} // namespace aimc::core::array
