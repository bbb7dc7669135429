// What the Array page and `aimc irdrop` show (docs/model.md §3 outputs; Doevenspeck Fig. 15b,
// Cosemans Figs. 5-6): one chip (sim.seed) with the random weight pattern and activations of
// the parameters, solved with exact IR drop, compared with the ideal MVM.
#pragma once

#include "crossbar_solver.h"
#include "energy/discharge_time.h"

#include <memory>
#include <stop_token>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace aimc::core::array {

struct IrDropResult {
    ArrayParams array;                // as simulated (clamped by the GUI if it had to)
    std::vector<std::string> notes;   // one line per clamped key (GUI)
    int rows = 0, outputs = 0, physicalCols = 0;
    CellModel model = CellModel::Resistive;
    double vRead = 0, vClamp = 0;
    Eigen::VectorXd activations;      // N
    NodeSolution solution;            // AL/SL maps, column currents, iterations, residual
    double solveMs = 0;               // wall time of the solve alone
    // Effective weight ratio per cell: actual cell current / ideal cell current, the ideal being
    // (V_i - V_clamp) G_ij (resistive) or I_sat,ij (current source). NaN where the ideal is 0
    // (inactive rows, unused cells): no weight is read there.
    RowMatrix ratio;
    Eigen::VectorXd idealColumnCurrent; // P [A]
    Eigen::VectorXd columnRelError;     // P: (I - I_ideal) / I_ideal, NaN when I_ideal = 0
    // Logical outputs (I+ - I- when differential) and their error relative to full scale, the
    // output of a column of +1 weights with every input on (N · one LSB of current).
    Eigen::VectorXd output, idealOutput, outputErrorFs; // M
    double maxIrDropV = 0;            // max over read cells of |(V_i - V_clamp) - (a - s)|
    double minRatio = 0, meanRatio = 0;
    double columnRelErrorMax = 0;     // max |column relative error|
    double columnRelErrorRms = 0;
    double outputErrorFsMax = 0;
    int profileColumn = 0;            // the summation line with the largest rise above the clamp
    // The SL profile of profileColumn for both cell models (Cosemans Fig. 5), [V] per row;
    // the other model's solve runs only when asked for (simulateIrDrop's bothModels).
    Eigen::VectorXd profileResistive, profileCurrentSource;
    DischargeTime discharge;          // core/energy, Cosemans Fig. 6
};

// Returns nullptr when stop was requested; a result whose solution is not converged when the
// solver failed (solution.status / message say why). Throws std::invalid_argument on array
// parameters outside checkArrayParams().
std::shared_ptr<const IrDropResult> simulateIrDrop(const Params& params, std::stop_token stop = {},
                                                   bool bothModels = false);

// Files for --csv: the AL, SL and ratio maps (one line per array row), the column currents and
// the SL profile. Returns an error message naming the file, or nothing.
std::optional<std::string> writeIrDropCsv(const IrDropResult& r, const std::string& dir);

// A matrix as CSV, one line per row, 17 significant digits.
std::string matrixCsv(const RowMatrix& m);
// Writes (name, text) files into dir (created), each atomically.
std::optional<std::string> writeCsvFiles(const std::string& dir,
                                         std::span<const std::pair<const char*, std::string>> files);

} // namespace aimc::core::array
