// The crossbar's nodal system split into its two families of lines (docs/model.md §3), for a fixed set
// of cell conductances gc and cell source currents J (cell current a -> s: gc (a - s) + J):
//   rows:    A_aa a = w_d V e_0 + gc.s - J     (one tridiagonal system per activation line)
//   columns: A_ss s = gc.a + J                 (one tridiagonal system per summation line)
// with every voltage measured from V_clamp. Both families are factorised once (Thomas LU, stored
// as inverse pivots); the solvers in crossbar_solver.cpp combine the half-sweeps into the line
// relaxation (block Gauss-Seidel) and into CG on the Schur complement
// S = A_ss - gc A_aa^-1 gc, preconditioned by A_ss. Internal to core/array.
#pragma once

#include "crossbar_circuit.h"

#include <Eigen/Core>
#include <algorithm>
#include <tbb/parallel_for.h>
#include <vector>

namespace aimc::core::array {

// Loop over [0, n) in fixed blocks, fn(begin, end); oneTBB when parallel.
template <class Fn> void forBlocks(bool parallel, int n, int block, Fn&& fn) {
    const int blocks = (n + block - 1) / block;
    const auto body = [&](int b) { fn(b * block, std::min(n, (b + 1) * block)); };
    if (parallel && blocks > 1)
        tbb::parallel_for(0, blocks, body);
    else
        for (int b = 0; b < blocks; ++b)
            body(b);
}

// Sum of fn(begin, end) over fixed blocks, added in block order: the same bits for any number
// of threads, so iteration counts and results do not depend on the machine.
template <class Fn> double sumBlocks(bool parallel, int n, int block, Fn&& fn) {
    std::vector<double> partial(static_cast<std::size_t>((n + block - 1) / block), 0.0);
    forBlocks(parallel, n, block, [&](int b0, int b1) { partial[b0 / block] = fn(b0, b1); });
    double sum = 0;
    for (double x : partial)
        sum += x;
    return sum;
}

class LineSystem {
public:
    static constexpr int kLanes = 4; // activation lines solved side by side
    // gc: N x P cell conductances [S]. parallel: use oneTBB inside each half-sweep.
    LineSystem(const CrossbarCircuit& c, const RowMatrix& gc, bool parallel);

    int rows() const { return m_n; }
    int cols() const { return m_p; }
    bool summationLinesIdeal() const { return m_colFixed; }
    const RowMatrix& gc() const { return m_gc; }

    // out = A_aa^-1 (w_d v e_0 + gc.x - j). v (row drive, from V_clamp) and j may be null
    // (homogeneous: the linear part used by CG).
    void solveRows(const Eigen::VectorXd* v, const RowMatrix* j, const RowMatrix& x,
                   RowMatrix& out) const;
    // solveRows(v, nullptr, 0, out) for x = 0, touching only the driven rows (v_i != 0); the same bits.
    void solveRowsFromZero(const Eigen::VectorXd& v, const RowMatrix& zero, RowMatrix& out) const;
    // One relaxation half-sweep on the columns: f = gc.a + j, s <- A_ss^-1 f.
    // Returns ||f - A_ss s_old||^2, the Schur residual of the incoming s.
    double relaxColumns(const RowMatrix* j, const RowMatrix& a, RowMatrix& s) const;
    // z = A_ss^-1 r; returns r.z.
    double solveColumns(const RowMatrix& r, RowMatrix& z) const;
    // r = gc.a + j - A_ss s; returns ||r||^2.
    double columnResidual(const RowMatrix* j, const RowMatrix& a, const RowMatrix& s,
                          RowMatrix& r) const;
    // q = A_ss p - gc.y (= S p when y = A_aa^-1 gc.p); returns p.q.
    double schurApply(const RowMatrix& p, const RowMatrix& y, RowMatrix& q) const;
    // Cell currents summed per summation line [A] (P).
    Eigen::VectorXd columnCurrents(const RowMatrix& a, const RowMatrix& s, const RowMatrix* j) const;
    // ||c||^2 of the ideal cell currents v_i gc_ij + j_ij (the residual's yardstick).
    double idealCurrentSquared(const Eigen::VectorXd& v, const RowMatrix* j) const;
    // ||b||^2 of the full nodal system (driver injections and cell sources).
    double rhsNormSquared(const Eigen::VectorXd& v, const RowMatrix* j) const;
    // ||b - A x||^2 over the activation-line nodes (the summation-line part is columnResidual).
    double rowResidualSquared(const Eigen::VectorXd& v, const RowMatrix* j, const RowMatrix& a,
                               const RowMatrix& s) const;

    bool parallel() const { return m_parallel; }

private:
    // Summation node (i, j)'s wire conductance to its neighbours: the row above (none for row 0) and the
    // row below, which for the last row is the clamp through r_SL + rSlTail.
    double neighbourConductance(int i) const { return (i > 0 ? m_wSl : 0.0) + (i + 1 < m_n ? m_wSl : m_wEnd); }
    enum class RowMode { Chain, Lumped, Fixed }; // r_AL > 0; r_AL = 0 with a driver R; ideal
    void backSubstitute(int j0, int j1, RowMatrix& z) const; // columns [j0, j1), in place
    // Sum over every summation node of fn(i, j, (A_ss x)_ij).
    template <class Fn> double columnStencil(const RowMatrix& x, Fn&& fn) const;
    template <class Rhs> void rowSolveIdeal(int i, Rhs&& rhs, double drive, double* out) const;
    template <bool HasSource>
    void solveChain(int i0, int i1, const Eigen::VectorXd* v, const RowMatrix* j, const RowMatrix& x,
                    RowMatrix& out) const;
    const RowMatrix& m_gc;
    int m_n, m_p;
    bool m_parallel;
    int m_colBlock;        // summation lines per block
    RowMode m_rowMode;
    bool m_colFixed;       // r_SL = 0: every summation node sits at the clamp
    double m_wAl = 0, m_wSl = 0, m_wDrv = 0; // [S]
    double m_wEnd = 0;     // [S] last summation node to the clamp
    RowMatrix m_rowInv;    // Chain: inverse pivots, eliminated from the open end
    Eigen::VectorXd m_lumpInv; // Lumped: 1 / (w_d + sum gc)
    RowMatrix m_colInv;    // inverse pivots, eliminated from the open end (row 0)
};

} // namespace aimc::core::array
