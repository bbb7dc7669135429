// SPICE netlist of the crossbar (docs/model.md §3 topology, node for node) for an external check
// with ngspice: resistors and DC sources, current-source cells as behavioural sources
// I = I_sat min(1, V(a,s)/V_sat). Zero-resistance wires become 0 V sources (SPICE's short), so
// ideal lines need no node merging. Runs as `ngspice -b FILE`: an operating point, then every
// node voltage printed with 15 digits ("a_3_7 = ..." for AL node (3,7), "s_3_7" for SL).
#pragma once

#include "crossbar_circuit.h"

#include <span>
#include <string>

namespace aimc::core::array {
// A number as the netlist writes it (17 significant digits: read back exactly).
std::string spiceNumber(double x);
}

namespace aimc::core::array {

std::string spiceNetlist(const CrossbarCircuit& c, const Eigen::VectorXd& activations);

// The precharge transient (docs/model.md §8, transient.h) as `.tran`: each row's cells gated by a
// PWL pulse of code x t_LSB, activation lines at 0 V, every summation line ending in its own
// C_SL precharged to vPre (uic). ngspice prints "vend_<j> = ..." for the end voltage of line j.
std::string spiceTransientNetlist(const CrossbarCircuit& c, std::span<const int> codes, double tLsbS, double vPre,
                                  double cSlF);

} // namespace aimc::core::array
