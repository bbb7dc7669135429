// The production IR-drop solver (docs/model.md §3): alternating line relaxation (block Gauss-Seidel
// over activation lines and summation lines, each a tridiagonal solve), with preconditioned CG
// taking over when the relaxation slows down (low-resistance cells). Both iterate on the
// summation-line voltages s with the activation lines eliminated exactly; the relaxation is
// Richardson's iteration on the Schur complement S = A_ss - G A_aa^-1 G preconditioned by the
// column solves A_ss, and CG uses the same (SPD) preconditioner, so both converge for any
// positive conductances.
//
// Stopping rule: ||r_SL||_2 <= tolerance * ||c||_2, where r_SL is the current mismatch (KCL) at
// every summation-line node with the activation lines solved exactly for the current s (the
// Schur-complement residual; the activation-line residual is then at rounding level), and c are
// the ideal cell currents (V_i - V_clamp) g_ij + I_src,ij of the IR-drop-free array. This bounds
// the column-current error directly. The usual ||b - A x|| / ||b|| of the full nodal system is
// reported too (residualFull): its ||b|| is dominated by the wire conductances (a 1 Ω wire at
// 0.1 V carries 0.1 A against 17 nA per 6 MΩ cell), so it is far weaker, and its floor is set by
// the rounding of the activation-line voltages (one ulp of 0.1 V across 1 S is 1.4e-17 A).
//
// Current-source cells I = I_sat min(1, (a - s)/V_sat) (Cosemans Fig. 4) are piecewise linear:
// Newton (active set: saturated cells are sources, the others conductances I_sat/V_sat) around
// the linear solver until no cell changes region. Rows with activation 0 are off (no current);
// active rows are driven at V_read (pulse-width encoding, the DC state while the pulse is on).
#pragma once

#include "crossbar_circuit.h"

#include <stop_token>
#include <string>
#include <vector>

namespace aimc::core::array {

enum class SolveStatus { Converged, NotConverged, Cancelled };
const char* toString(SolveStatus s);

struct SolveOptions {
    double tolerance = 1e-9;  // relative residual, see above
    int maxIterations = 20000; // line sweeps + CG iterations, per linear solve
    int maxNewton = 100;      // current-source cells
    double switchToCg = 0.15; // relaxation contraction per sweep above which CG takes over
    bool forceCg = false;     // CG from the first iteration (tests)
    bool parallel = true;     // oneTBB inside a solve (the batch runs solves in parallel instead)
    bool fullResidual = true; // also compute residualFull (one more pass; batches do not report it)
    std::stop_token stop;
};

struct NodeSolution {
    RowMatrix a, s;           // activation-line and summation-line node voltages [V], N x P
    Eigen::VectorXd columnCurrent; // P, into the sense circuit [A]
    int sweeps = 0;           // relaxation sweeps (one row + one column half-sweep each)
    int cgIterations = 0;     // CG iterations (same cost as a sweep plus vector updates)
    int newtonIterations = 0; // current-source cells: linear solves; 1 for resistive cells
    double residual = 0;      // final relative residual (definition above)
    double residualFull = 0;  // ||b - A x|| / ||b|| of the full nodal system (SolveOptions::fullResidual)
    SolveStatus status = SolveStatus::Converged;
    std::string message;      // why it failed, empty when converged
    int iterations() const { return sweeps + cgIterations; }
    bool ok() const { return status == SolveStatus::Converged; }
};

// One solve; activations in [0, 1] per row (N).
NodeSolution solveCrossbar(const CrossbarCircuit& c, const Eigen::VectorXd& activations,
                           const SolveOptions& opt = {});

// Many activation vectors (K x N, one per row of the matrix) at once: column currents K x P.
// The line factorisations are shared (resistive cells); solves run in parallel over the batch.
struct BatchResult {
    RowMatrix columnCurrents;       // K x P [A]
    std::vector<int> iterations;    // per activation vector
    double maxResidual = 0;
    SolveStatus status = SolveStatus::Converged; // worst over the batch
    std::string message;
};
BatchResult solveBatch(const CrossbarCircuit& c, const RowMatrix& activations,
                       const SolveOptions& opt = {});

// Superposition (docs/model.md §3, resistive cells only): T (N x P) such that the column currents
// are I_j = sum_i T_ij (V_i - V_clamp) for any row voltages V, from N batched unit solves [S].
struct TransferResult {
    RowMatrix t;
    BatchResult batch;
};
TransferResult computeTransferMatrix(const CrossbarCircuit& c, const SolveOptions& opt = {});

// Current-source cells, active set shared with the direct reference solver: every on cell
// saturated (gc = 0, j = I_sat); updateRegions moves cells whose a - s left their piece and
// returns how many moved (0: the piecewise-linear system is solved exactly).
void initSaturated(const CrossbarCircuit& c, const Eigen::VectorXd& activations, RowMatrix& gc,
                   RowMatrix& jSrc);
int updateRegions(const CrossbarCircuit& c, const Eigen::VectorXd& activations, const RowMatrix& a,
                  const RowMatrix& s, RowMatrix& gc, RowMatrix& jSrc);

// The cell current a -> s [A] for node voltages (a, s) on a row that is on (or off: CSE only).
double cellCurrent(const CrossbarCircuit& c, int i, int j, double a, double s, bool rowOn);

} // namespace aimc::core::array
