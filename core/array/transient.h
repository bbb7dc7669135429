// The transient of one MVM under the precharge scheme (docs/model.md §8): activation codes become
// pulses of code x t_LSB on the rows, every summation line starts at V_pre and is discharged by
// its cells while their rows' pulses are on; the ADC reads V_pre - V_SL at the end. Event-driven
// over the distinct pulse ends, closed form within each interval (precharge.h). With resistive
// cells and wire resistance the activation-line IR drop is quasi-static: one DC line solve per
// interval gives each line's effective conductance (the coupling through lines at different
// voltages is second order and neglected). Saturated current-source cells are ideal sources, so
// the IR drop does not change their current.
#pragma once

#include "crossbar_circuit.h"
#include "crossbar_solver.h"

#include <optional>
#include <span>
#include <vector>

namespace aimc::core::array {

struct TransientResult {
    double cSlF = 0, tLsbS = 0, vPrecharge = 0;
    std::vector<int> codes;          // per row
    std::vector<double> pulseEnds;   // the distinct pulse ends [s], ascending
    Eigen::VectorXd dvSl;            // V_pre - V_SL(end) per physical column [V]
    Eigen::VectorXd dvIdeal;         // the linear prediction: V_pre sum G T / C, or sum I T / C
    double relErrorMax = 0, relErrorRms = 0; // (dv - ideal) / max |ideal|, over used columns
    std::optional<double> saturatedFractionEnd; // current-source cells: lines still above V_sat
    double energySlJ = 0;            // sum C_SL V_pre dv: the charge the precharge restores
    std::vector<double> times;       // waveform samples [s]
    RowMatrix waveforms;             // times x physical columns, V_SL [V]
    long long solves = 0;            // DC line solves (resistive cells with wire resistance)
    bool converged = true;
    std::string message;
};

// codes.size() == c.rows; codes in [0, 2^dac_bits - 1]. Parameters: periphery.t_lsb_ps,
// v_precharge_v, c_sl_ff (C_SL = rows x c_sl_ff), array.v_sat_v.
TransientResult simulateTransient(const CrossbarCircuit& c, std::span<const int> codes, const Params& p,
                                  const SolveOptions& opt = {});

// The transfer curve of the precharge scheme (docs/model.md §8): the array's differential output
// V+ - V- against the ideal (linear) one for `inputs` random code vectors on one chip, for one
// cell model, with ideal wires (the compression alone); and the least-squares line through the
// origin with the rms deviation from it over the full scale.
struct TransferCurve {
    CellModel model = CellModel::Resistive;
    std::vector<double> ideal, actual; // [V], one point per logical output and input
    double slope = 0;                  // least-squares actual ~ slope x ideal
    double deviationRms = 0;           // rms of actual - slope ideal over max |ideal|
};
TransferCurve prechargeTransferCurve(const Params& p, CellModel model, int inputs, std::uint64_t seed);

// Codes for a random MVM: array.activation_density of the rows get a uniform non-zero code.
std::vector<int> sampleCodes(int rows, int bits, double density, std::uint64_t seed);

} // namespace aimc::core::array
