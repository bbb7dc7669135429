// The crossbar as a circuit (docs/model.md §3): N activation lines (rows) x P physical summation
// lines (columns), wire resistance per cell pitch, driver and clamp, one cell per crossing.
// Topology, exactly as docs/model.md §3 states it (the solvers and the SPICE export all follow it):
//   row i:    V_i - r_driver - r_AL - a(i,0) - r_AL - a(i,1) - ... - a(i,P-1)   (open end)
//   column j: s(0,j) - r_SL - s(1,j) - ... - s(N-1,j) - r_SL - V_clamp          (sense circuit)
//   cell (i,j) between a(i,j) and s(i,j); an unused cell (g = 0, i_sat = 0) draws no current.
#pragma once

#include "params/params.h"

#include <Eigen/Core>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace aimc::core::array {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using WeightMatrix = Eigen::Matrix<std::int8_t, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// The sizes the solver accepts (memory: about ten N x P double maps are live during a solve).
inline constexpr int kMaxRows = 2048;
inline constexpr int kMaxOutputs = 2048;

struct CrossbarCircuit {
    int rows = 0;          // N
    int outputs = 0;       // M logical outputs
    int physicalCols = 0;  // P = 2M (differential) or M
    bool differential = true;
    double rAl = 1, rSl = 1, rDriver = 0; // [Ω]; 0 = ideal wire
    double rSlTail = 0;    // [Ω] extra wire from the last row's SL node to the clamp, in series with
                           // r_SL (an unused part of the line folded away, see usedBlock); needs r_SL > 0
    double vClamp = 0;     // [V]
    double vRead = 0.1;    // [V], activation 1 drives V_read
    CellModel model = CellModel::Resistive;
    double vSat = 0.05;    // [V], current-source cells
    RowMatrix g;           // N x P cell strength: conductance [S], or the saturated current [A] of a
                           // current-source technology (IGZO); 0 = unused
    RowMatrix iSat;        // N x P saturated current [A] (current-source cells; 0 = unused)
    double iPerStrength = 1; // iSat = iPerStrength g
    WeightMatrix weights;  // N x M ternary weights (differential) or {0, 1} (single-ended)
    double gpMean = 0, gapMean = 0; // analytic μ_GP, μ_GAP [S]: one LSB = gpMean - gapMean

    // Output k's physical columns: 2k (+) and 2k+1 (-) when differential, k otherwise.
    int positiveCol(int k) const { return differential ? 2 * k : k; }
};

// Empty when the array parameters can be simulated, otherwise a message naming the key.
std::optional<std::string> checkArrayParams(const ArrayParams& p);
// The nearest simulable parameters; `notes` receives one line per clamped key (GUI note).
ArrayParams clampArrayParams(const ArrayParams& p, std::vector<std::string>& notes);

// Samples one chip: device strengths (the device.technology, docs/model.md §1, §7) for every cell and a random
// weight pattern with array.weight_density non-zeros (docs/model.md §2: +1 = (P, AP), -1 = (AP, P),
// 0 = (AP, AP); single-ended: 1 = P, 0 = AP). Current-source cells carry
// i_sat = I_cell * G / μ_GP: a P-state device gives I_cell on average, an AP device
// I_cell / (1 + TMR), and the device-to-device spread carries over.
// Deterministic for the seed with any thread count (one RNG stream per row).
CrossbarCircuit buildCircuit(const Params& p, std::uint64_t chipSeed);

// Same, with a given weight matrix (N x M) instead of the random pattern.
CrossbarCircuit buildCircuit(const Params& p, std::uint64_t chipSeed, const WeightMatrix& weights);

// The part of a crossbar that carries current when every cell outside the block rows
// [row0, row0 + rows) x physical columns [col0, col0 + cols) is unused (g = 0, i_sat = 0), as a
// circuit of its own, exactly equivalent for the block's rows and columns (docs/model.md §3
// topology): the activation-line wire left of the block carries the row current to the block, so it
// folds into the driver (r_driver + col0 r_AL); the summation-line wire below the block folds into
// rSlTail; the wire right of and above the block ends open and carries nothing. Throws
// std::invalid_argument when a cell outside the block is used.
CrossbarCircuit usedBlock(const CrossbarCircuit& c, int row0, int rows, int col0, int cols);

// Activations in [0, 1] per row: all 1 at density 1, otherwise a random subset of rows at 1.
Eigen::VectorXd sampleActivations(int rows, double density, std::uint64_t seed);

// Row drive voltages V_i = activation x V_read (voltage encoding, docs/model.md §3). Current-source
// cells are gated instead (Cosemans Fig. 4, pulse-width encoding): a row with activation > 0 is
// driven at V_read and its cells are on, a row at 0 is off; see crossbar_solver.h.
Eigen::VectorXd rowVoltages(const CrossbarCircuit& c, const Eigen::VectorXd& activations);

} // namespace aimc::core::array
