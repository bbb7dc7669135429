// Pulse-width activations on precharged summation lines (docs/model.md §8, Cosemans Fig. 4): the
// closed forms of one line's discharge, shared by the one-MVM transient and the network path.
// Between pulse ends the set of driven rows is fixed, so each line follows a closed form:
//   resistive cells:       dV/dt = -(g/C) V                 -> V <- V exp(-g dt / C)
//   current-source cells:  dV/dt = -(I/C) min(1, V / V_sat) -> linear, then exponential
// where g (I) is the sum of the driven cells' conductances (saturated currents) on that line and
// the activation lines sit at 0 V.
#pragma once

#include "params/params.h"

#include <optional>
#include <span>
#include <string>

namespace aimc::core::array {

// C_SL of one whole summation line: array.rows x periphery.c_sl_ff (the energy model's term).
double summationLineCapacitance(const Params& p);

// Empty when the precharge settings are meaningful, otherwise a message naming the key: the
// longest pulse must fit in one MVM period and the precharge must be above V_sat.
std::optional<std::string> checkPrechargeParams(const Params& p);

// V after `dt` seconds from `v` with conductance sum g [S] (resistive cells).
inline double resistiveStep(double v, double g, double dt, double cSl);
// V after `dt` seconds from `v` with saturated current sum i [A] (current-source cells).
double currentSourceStep(double v, double i, double dt, double cSl, double vSat);

// End voltage over intervals with durations dt[k] and sums s[k] (g or I) per interval.
double resistiveEndVoltage(double vPre, double cSl, std::span<const double> g, std::span<const double> dt);
double currentSourceEndVoltage(double vPre, double vSat, double cSl, std::span<const double> i,
                               std::span<const double> dt);

} // namespace aimc::core::array

#include <cmath>

inline double aimc::core::array::resistiveStep(double v, double g, double dt, double cSl) {
    return v * std::exp(-g * dt / cSl);
}
