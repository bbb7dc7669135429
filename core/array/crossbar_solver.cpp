#include "crossbar_solver.h"

#include "cell_law.h"

#include "line_system.h"

#include <cmath>
#include <optional>
#include <stdexcept>
#include <tbb/parallel_for.h>

namespace aimc::core::array {
namespace {
constexpr int kRowBlock = 8;

struct LinearOutcome {
    int sweeps = 0, cg = 0;
    double residual = 0, residualFull = 0; // relative, see crossbar_solver.h
    SolveStatus status = SolveStatus::Converged;
    std::string message;
};

class LinearSolver {
public:
    LinearSolver(const LineSystem& ls, const Eigen::VectorXd& v, const RowMatrix* j,
                 const SolveOptions& opt)
        : m_ls(ls), m_v(v), m_j(j), m_opt(opt), m_bnorm(std::sqrt(ls.idealCurrentSquared(v, j))),
          m_target(opt.tolerance * m_bnorm) {}

    // Starts from s (a is recomputed); leaves the solution in (a, s). sZero: s is 0 (a cold start),
    // so the first row solve only touches the driven rows (a unit input: one row instead of N).
    LinearOutcome run(RowMatrix& a, RowMatrix& s, bool sZero = false) {
        RowMatrix r(a.rows(), a.cols());
        if (m_bnorm == 0 || m_ls.summationLinesIdeal()) {
            // No cell current at all, or every summation node at the clamp: one row sweep is exact.
            s.setZero();
            m_out.sweeps = 1;
            return finish(a, s, r) ? m_out : fail("residual above tolerance", a, s, r);
        }
        bool useCg = m_opt.forceCg;
        double previous = 0;
        while (!useCg) {
            if (m_opt.stop.stop_requested())
                return cancelled();
            if (sZero && !m_j && m_out.sweeps == 0)
                m_ls.solveRowsFromZero(m_v, s, a);
            else
                m_ls.solveRows(&m_v, m_j, s, a);
            const double res = std::sqrt(m_ls.relaxColumns(m_j, a, s));
            ++m_out.sweeps;
            // res belongs to the incoming s; the new s is about res * (res / previous), so check
            // it as soon as that prediction meets the target (finish() decides on the true one).
            const bool predicted = previous > 0 && res * (res / previous) <= m_target;
            if ((res <= m_target || predicted) && finish(a, s, r))
                return m_out;
            if (!std::isfinite(res))
                return fail("relaxation produced a non-finite residual", a, s, r);
            if (budgetSpent())
                return fail("iteration limit reached", a, s, r);
            // Relaxation contracts by a fixed factor per sweep; CG's rate is about the square
            // root of it, so hand over as soon as the factor is poor.
            if (m_out.sweeps >= 2 && res > m_opt.switchToCg * previous)
                useCg = true;
            previous = res;
        }
        return conjugateGradient(a, s, r);
    }

private:
    LinearOutcome conjugateGradient(RowMatrix& a, RowMatrix& s, RowMatrix& r) {
        const auto n = a.rows(), p = a.cols();
        RowMatrix z(n, p), dir(n, p), y(n, p), q(n, p);
        const bool par = m_ls.parallel();
        while (true) { // restarts when the recursive residual drifts from the true one
            m_ls.solveRows(&m_v, m_j, s, a);
            double rr = m_ls.columnResidual(m_j, a, s, r);
            if (std::sqrt(rr) <= m_target && finish(a, s, r))
                return m_out;
            double rz = m_ls.solveColumns(r, z);
            dir = z;
            while (true) {
                if (m_opt.stop.stop_requested())
                    return cancelled();
                if (budgetSpent())
                    return fail("iteration limit reached", a, s, r);
                m_ls.solveRows(nullptr, nullptr, dir, y); // y = A_aa^-1 G p
                const double pq = m_ls.schurApply(dir, y, q);
                if (!(pq > 0) || !(rz > 0))
                    return fail("CG breakdown (the system is not positive definite)", a, s, r);
                const double alpha = rz / pq;
                rr = sumBlocks(par, static_cast<int>(n), kRowBlock, [&](int i0, int i1) {
                    double sum = 0;
                    for (int i = i0; i < i1; ++i) {
                        s.row(i) += alpha * dir.row(i);
                        a.row(i) += alpha * y.row(i);
                        r.row(i) -= alpha * q.row(i);
                        sum += r.row(i).squaredNorm();
                    }
                    return sum;
                });
                ++m_out.cg;
                if (std::sqrt(rr) <= m_target) {
                    if (finish(a, s, r))
                        return m_out;
                    break; // restart from the true residual
                }
                const double rzNew = m_ls.solveColumns(r, z);
                const double beta = rzNew / rz;
                rz = rzNew;
                forBlocks(par, static_cast<int>(n), kRowBlock, [&](int i0, int i1) {
                    for (int i = i0; i < i1; ++i)
                        dir.row(i) = z.row(i) + beta * dir.row(i);
                });
            }
        }
    }

    // The true residual decides, not the iteration's own estimate: a is re-solved from s (the
    // activation lines exactly), then the summation-line equations are checked.
    bool finish(RowMatrix& a, const RowMatrix& s, RowMatrix& r) {
        m_ls.solveRows(&m_v, m_j, s, a);
        const double schur = std::sqrt(m_ls.columnResidual(m_j, a, s, r));
        m_out.residual = m_bnorm > 0 ? schur / m_bnorm : schur;
        if (m_opt.fullResidual) {
            const double bFull = std::sqrt(m_ls.rhsNormSquared(m_v, m_j));
            const double full = std::sqrt(m_ls.rowResidualSquared(m_v, m_j, a, s) + schur * schur);
            m_out.residualFull = bFull > 0 ? full / bFull : full;
        }
        return schur <= m_target;
    }
    bool budgetSpent() const { return m_out.sweeps + m_out.cg >= m_opt.maxIterations; }
    LinearOutcome fail(std::string why, RowMatrix& a, const RowMatrix& s, RowMatrix& r) {
        finish(a, s, r);
        m_out.status = SolveStatus::NotConverged;
        m_out.message = std::move(why);
        return m_out;
    }
    LinearOutcome cancelled() {
        m_out.status = SolveStatus::Cancelled;
        m_out.message = "cancelled";
        return m_out;
    }

    const LineSystem& m_ls;
    const Eigen::VectorXd& m_v;
    const RowMatrix* m_j;
    const SolveOptions& m_opt;
    double m_bnorm, m_target;
    LinearOutcome m_out;
};

void absorb(NodeSolution& sol, const LinearOutcome& o) {
    sol.sweeps += o.sweeps;
    sol.cgIterations += o.cg;
    sol.residual = o.residual;
    sol.residualFull = o.residualFull;
    sol.status = o.status;
    sol.message = o.message;
}

// Resistive cells, drive v measured from the clamp; (a, s) also from the clamp.
NodeSolution solveResistive(const LineSystem& ls, const Eigen::VectorXd& v, const SolveOptions& opt) {
    NodeSolution sol;
    sol.a.resize(ls.rows(), ls.cols());
    sol.s = RowMatrix::Zero(ls.rows(), ls.cols());
    absorb(sol, LinearSolver(ls, v, nullptr, opt).run(sol.a, sol.s, true));
    sol.newtonIterations = 1;
    sol.columnCurrent = ls.columnCurrents(sol.a, sol.s, nullptr);
    return sol;
}

// Current-source cells: active-set Newton on the piecewise-linear cell law.
NodeSolution solveCurrentSource(const CrossbarCircuit& c, const Eigen::VectorXd& x,
                                const Eigen::VectorXd& v, const SolveOptions& opt) {
    const int n = c.rows, p = c.physicalCols;
    NodeSolution sol;
    sol.a.resize(n, p);
    sol.s = RowMatrix::Zero(n, p);
    RowMatrix gc, jSrc;
    initSaturated(c, x, gc, jSrc);
    for (int k = 0; k < opt.maxNewton; ++k) {
        const LineSystem ls(c, gc, opt.parallel);
        absorb(sol, LinearSolver(ls, v, &jSrc, opt).run(sol.a, sol.s));
        sol.newtonIterations = k + 1;
        if (!sol.ok())
            return sol;
        const int changed = updateRegions(c, x, sol.a, sol.s, gc, jSrc);
        if (changed == 0) {
            sol.columnCurrent = ls.columnCurrents(sol.a, sol.s, &jSrc); // no cell moved
            return sol;
        }
    }
    sol.status = SolveStatus::NotConverged;
    sol.message = "Newton iteration for the current-source cells did not settle";
    return sol;
}

void checkActivations(const CrossbarCircuit& c, Eigen::Index size) {
    if (size != c.rows)
        throw std::invalid_argument("activation vector has " + std::to_string(size) +
                                    " entries, the array has " + std::to_string(c.rows) + " rows");
}

// Batched resistive solves for drives V (K x N, from the clamp), sharing the factorisation.
BatchResult batchResistive(const CrossbarCircuit& c, const RowMatrix& drives, const SolveOptions& opt) {
    const LineSystem ls(c, c.g, false);
    SolveOptions inner = opt;
    inner.parallel = false; // parallel over the batch instead: no nested contention
    inner.fullResidual = false; // not in BatchResult
    BatchResult res;
    const auto k = drives.rows();
    res.columnCurrents.resize(k, c.physicalCols);
    res.iterations.assign(static_cast<std::size_t>(k), 0);
    std::vector<NodeSolution> meta(static_cast<std::size_t>(k));
    tbb::parallel_for(Eigen::Index(0), k, [&](Eigen::Index r) {
        const Eigen::VectorXd v = drives.row(r).transpose();
        NodeSolution sol = solveResistive(ls, v, inner);
        res.columnCurrents.row(r) = sol.columnCurrent.transpose();
        sol.a.resize(0, 0);
        sol.s.resize(0, 0);
        meta[static_cast<std::size_t>(r)] = std::move(sol);
    });
    for (std::size_t r = 0; r < meta.size(); ++r) {
        res.iterations[r] = meta[r].iterations();
        res.maxResidual = std::max(res.maxResidual, meta[r].residual);
        if (static_cast<int>(meta[r].status) > static_cast<int>(res.status)) {
            res.status = meta[r].status;
            res.message = "activation vector " + std::to_string(r) + ": " + meta[r].message;
        }
    }
    return res;
}
} // namespace

void initSaturated(const CrossbarCircuit& c, const Eigen::VectorXd& activations, RowMatrix& gc,
                   RowMatrix& jSrc) {
    gc = RowMatrix::Zero(c.rows, c.physicalCols);
    jSrc = RowMatrix::Zero(c.rows, c.physicalCols);
    for (int i = 0; i < c.rows; ++i)
        if (activations[i] > 0)
            jSrc.row(i) = c.iSat.row(i);
}

int updateRegions(const CrossbarCircuit& c, const Eigen::VectorXd& activations, const RowMatrix& a,
                  const RowMatrix& s, RowMatrix& gc, RowMatrix& jSrc) {
    // Hysteresis of 1e-12 V_sat at the kink: both pieces agree there, and it stops rounding
    // from flipping a cell back and forth.
    const double tol = 1e-12 * c.vSat;
    int changed = 0;
    for (int i = 0; i < c.rows; ++i) {
        if (!(activations[i] > 0))
            continue;
        for (int j = 0; j < c.physicalCols; ++j) {
            const double is = c.iSat(i, j);
            if (is <= 0)
                continue;
            const double d = a(i, j) - s(i, j);
            const bool saturated = gc(i, j) == 0;
            if (saturated && d < c.vSat - tol) {
                gc(i, j) = is / c.vSat;
                jSrc(i, j) = 0;
                ++changed;
            } else if (!saturated && d > c.vSat + tol) {
                gc(i, j) = 0;
                jSrc(i, j) = is;
                ++changed;
            }
        }
    }
    return changed;
}

const char* toString(SolveStatus s) {
    switch (s) {
    case SolveStatus::Converged: return "converged";
    case SolveStatus::NotConverged: return "not converged";
    case SolveStatus::Cancelled: return "cancelled";
    }
    return "?";
}

double cellCurrent(const CrossbarCircuit& c, int i, int j, double a, double s, bool rowOn) {
    return cellLaw(c.model).current(c, i, j, a - s, rowOn);
}

NodeSolution solveCrossbar(const CrossbarCircuit& c, const Eigen::VectorXd& activations,
                           const SolveOptions& opt) {
    checkActivations(c, activations.size());
    // Every cell law depends on a - s only, so the solve runs with voltages from the clamp.
    const Eigen::VectorXd v = rowVoltages(c, activations).array() - c.vClamp;
    NodeSolution sol = cellLaw(c.model).linear()
                           ? solveResistive(LineSystem(c, c.g, opt.parallel), v, opt)
                           : solveCurrentSource(c, activations, v, opt);
    sol.a.array() += c.vClamp;
    sol.s.array() += c.vClamp;
    return sol;
}

BatchResult solveBatch(const CrossbarCircuit& c, const RowMatrix& activations, const SolveOptions& opt) {
    checkActivations(c, activations.cols());
    if (cellLaw(c.model).linear()) {
        RowMatrix drives = activations * c.vRead;
        drives.array() -= c.vClamp;
        return batchResistive(c, drives, opt);
    }
    BatchResult res;
    const auto k = activations.rows();
    res.columnCurrents.resize(k, c.physicalCols);
    res.iterations.assign(static_cast<std::size_t>(k), 0);
    for (Eigen::Index r = 0; r < k; ++r) { // Newton per vector; each solve is itself parallel
        const NodeSolution sol = solveCrossbar(c, activations.row(r).transpose(), opt);
        res.columnCurrents.row(r) = sol.columnCurrent.transpose();
        res.iterations[static_cast<std::size_t>(r)] = sol.iterations();
        res.maxResidual = std::max(res.maxResidual, sol.residual);
        if (!sol.ok()) {
            res.status = sol.status;
            res.message = "activation vector " + std::to_string(r) + ": " + sol.message;
            return res;
        }
    }
    return res;
}

namespace {
// The same network with the roles of the lines swapped (docs/model.md §3.4, reciprocity): column j's
// summation line becomes activation line P-1-j, driven from its clamp end through r_SL + rSlTail;
// row i's activation line becomes summation line N-1-i, ending at its driver through r_AL + r_driver.
// Cell (i, j) sits at (P-1-j, N-1-i). Not representable when the activation line is ideal but the
// driver is not (that would be a lumped summation line): nullopt.
std::optional<CrossbarCircuit> swappedLines(const CrossbarCircuit& c) {
    if (!(c.rAl > 0) && c.rDriver > 0)
        return std::nullopt;
    CrossbarCircuit t;
    t.rows = c.physicalCols;
    t.outputs = t.physicalCols = c.rows;
    t.differential = false;
    t.rAl = c.rSl;
    t.rDriver = c.rSlTail;
    t.rSl = c.rAl;
    t.rSlTail = c.rDriver;
    t.model = c.model;
    t.g.resize(t.rows, t.physicalCols);
    for (int i = 0; i < c.rows; ++i)
        for (int j = 0; j < c.physicalCols; ++j)
            t.g(c.physicalCols - 1 - j, c.rows - 1 - i) = c.g(i, j);
    t.iSat = RowMatrix::Zero(t.rows, t.physicalCols);
    return t;
}
} // namespace

TransferResult computeTransferMatrix(const CrossbarCircuit& c, const SolveOptions& opt) {
    if (!cellLaw(c.model).linear())
        throw std::invalid_argument("the transfer matrix needs resistive cells (array.cell_model = re): "
                                    "current-source cells are nonlinear");
    TransferResult t;
    // A linear resistive network is reciprocal: the current into clamp j per volt on row i equals the
    // current into driver i per volt at clamp j. So min(N, P) unit solves give all of T.
    if (c.physicalCols < c.rows) {
        if (const auto s = swappedLines(c)) {
            t.batch = batchResistive(*s, RowMatrix::Identity(s->rows, s->rows), opt); // 1 V at one clamp each
            t.t.resize(c.rows, c.physicalCols);
            for (int i = 0; i < c.rows; ++i)
                for (int j = 0; j < c.physicalCols; ++j)
                    t.t(i, j) = t.batch.columnCurrents(c.physicalCols - 1 - j, c.rows - 1 - i);
            return t;
        }
    }
    t.batch = batchResistive(c, RowMatrix::Identity(c.rows, c.rows), opt); // 1 V on one row each
    t.t = t.batch.columnCurrents;
    return t;
}

} // namespace aimc::core::array
