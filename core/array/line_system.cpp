#include "line_system.h"

#include <algorithm>
#include <array>

namespace aimc::core::array {
namespace {
constexpr int kRowBlock = 8;  // rows per task
// Summation lines solved in lockstep: wide blocks keep every row segment long (rows are 2^k
// doubles apart, so narrow blocks crowd a few cache sets), and at least four blocks keep both
// cores busy. The width depends on P only, so sums are the same for any thread count.
constexpr int kMaxColBlock = 512;
int columnBlock(int p) { return std::clamp((p / 4 + 15) / 16 * 16, 16, kMaxColBlock); }
constexpr int kLanes = LineSystem::kLanes;

// Rows [i0, i1) in groups of kLanes, fn(rows, lanes). A short last group reads its first row in
// the unused lanes, which must write to scratch instead (the loops stay full width).
template <class Fn> void forLanes(int i0, int i1, Fn&& fn) {
    for (int b = i0; b < i1; b += kLanes) {
        std::array<int, kLanes> rows{};
        const int lanes = std::min(kLanes, i1 - b);
        for (int l = 0; l < kLanes; ++l)
            rows[l] = l < lanes ? b + l : b;
        fn(rows, lanes);
    }
}
} // namespace

LineSystem::LineSystem(const CrossbarCircuit& c, const RowMatrix& gc, bool parallel)
    : m_gc(gc), m_n(static_cast<int>(gc.rows())), m_p(static_cast<int>(gc.cols())),
      m_parallel(parallel), m_colBlock(columnBlock(m_p)) {
    // r = 0 wires are ideal lines: their nodes merge (Lumped) or sit at the source (Fixed), so
    // no conductance is ever 1/0.
    if (c.rAl > 0) {
        m_rowMode = RowMode::Chain;
        m_wAl = 1.0 / c.rAl;
        m_wDrv = 1.0 / (c.rDriver + c.rAl); // driver and first wire segment in series
    } else if (c.rDriver > 0) {
        m_rowMode = RowMode::Lumped;
        m_wDrv = 1.0 / c.rDriver;
    } else {
        m_rowMode = RowMode::Fixed;
    }
    m_colFixed = !(c.rSl > 0);
    m_wSl = m_colFixed ? 0.0 : 1.0 / c.rSl;
    m_wEnd = m_colFixed ? 0.0 : 1.0 / (c.rSl + c.rSlTail);

    if (m_rowMode == RowMode::Chain) {
        m_rowInv.resize(m_n, m_p);
        const double w = m_wAl;
        forBlocks(m_parallel, m_n, kRowBlock, [&](int i0, int i1) {
            // Four rows at a time: the pivot recurrence is a chain of divisions, so independent
            // rows side by side keep the divider busy.
            std::vector<double> scratch(static_cast<std::size_t>(m_p));
            forLanes(i0, i1, [&](const std::array<int, kLanes>& rows, int lanes) {
                std::array<double, kLanes> prev{}; // w^2 / d'_{j+1}
                std::array<const double*, kLanes> g;
                std::array<double*, kLanes> inv;
                for (int l = 0; l < kLanes; ++l) {
                    g[l] = &m_gc(rows[l], 0);
                    inv[l] = l < lanes ? &m_rowInv(rows[l], 0) : scratch.data();
                }
                for (int j = m_p - 1; j >= 0; --j) {
                    const double wj = (j < m_p - 1 ? w : 0.0) + (j > 0 ? w : m_wDrv);
                    for (int l = 0; l < kLanes; ++l) {
                        inv[l][j] = 1.0 / (g[l][j] + wj - prev[l]);
                        prev[l] = w * w * inv[l][j];
                    }
                }
            });
        });
    } else if (m_rowMode == RowMode::Lumped) {
        m_lumpInv.resize(m_n);
        for (int i = 0; i < m_n; ++i)
            m_lumpInv[i] = 1.0 / (m_wDrv + m_gc.row(i).sum());
    }
    if (!m_colFixed) {
        m_colInv.resize(m_n, m_p);
        const double w = m_wSl;
        forBlocks(m_parallel, m_p, m_colBlock, [&](int j0, int j1) {
            for (int i = 0; i < m_n; ++i) {
                const double wNb = neighbourConductance(i);
                for (int j = j0; j < j1; ++j) {
                    const double prev = i > 0 ? w * w * m_colInv(i - 1, j) : 0.0;
                    m_colInv(i, j) = 1.0 / (m_gc(i, j) + wNb - prev);
                }
            }
        });
    }
}

template <class Rhs>
void LineSystem::rowSolveIdeal(int i, Rhs&& rhs, double drive, double* out) const {
    if (m_rowMode == RowMode::Fixed) {
        for (int j = 0; j < m_p; ++j)
            out[j] = drive;
        return;
    }
    if (m_rowMode == RowMode::Lumped) {
        double sum = m_wDrv * drive;
        for (int j = 0; j < m_p; ++j)
            sum += rhs(j);
        const double a = sum * m_lumpInv[i];
        for (int j = 0; j < m_p; ++j)
            out[j] = a;
        return;
    }
}

template <bool HasSource>
void LineSystem::solveChain(int i0, int i1, const Eigen::VectorXd* v, const RowMatrix* jSrc,
                            const RowMatrix& x, RowMatrix& out) const {
    const double w = m_wAl;
    // Four rows side by side: each row's Thomas recurrence is a dependent chain of multiply-adds.
    std::vector<double> scratch;
    forLanes(i0, i1, [&](const std::array<int, kLanes>& rows, int lanes) {
        if (lanes < kLanes)
            scratch.resize(static_cast<std::size_t>(m_p));
        std::array<const double*, kLanes> g, xi, ji, inv;
        std::array<double*, kLanes> o;
        std::array<double, kLanes> y, drive;
        for (int l = 0; l < kLanes; ++l) {
            g[l] = &m_gc(rows[l], 0);
            xi[l] = &x(rows[l], 0);
            ji[l] = HasSource ? &(*jSrc)(rows[l], 0) : nullptr;
            inv[l] = &m_rowInv(rows[l], 0);
            o[l] = l < lanes ? &out(rows[l], 0) : scratch.data();
            drive[l] = v ? (*v)[rows[l]] * m_wDrv : 0.0;
            y[l] = 0;
        }
        for (int j = m_p - 1; j >= 0; --j) // eliminate from the open end towards the driver
            for (int l = 0; l < kLanes; ++l) {
                const double f = g[l][j] * xi[l][j] - (HasSource ? ji[l][j] : 0.0);
                y[l] = f + (j < m_p - 1 ? w * inv[l][j + 1] * y[l] : 0.0);
                o[l][j] = y[l];
            }
        for (int l = 0; l < kLanes; ++l) {
            y[l] = (o[l][0] + drive[l]) * inv[l][0];
            o[l][0] = y[l];
        }
        for (int j = 1; j < m_p; ++j)
            for (int l = 0; l < kLanes; ++l) {
                y[l] = (o[l][j] + w * y[l]) * inv[l][j];
                o[l][j] = y[l];
            }
    });
}

void LineSystem::solveRows(const Eigen::VectorXd* v, const RowMatrix* jSrc, const RowMatrix& x,
                           RowMatrix& out) const {
    forBlocks(m_parallel, m_n, kRowBlock, [&](int i0, int i1) {
        if (m_rowMode == RowMode::Chain) {
            if (jSrc)
                solveChain<true>(i0, i1, v, jSrc, x, out);
            else
                solveChain<false>(i0, i1, v, jSrc, x, out);
            return;
        }
        for (int i = i0; i < i1; ++i) {
            const double* g = &m_gc(i, 0);
            const double* xi = &x(i, 0);
            const double drive = v ? (*v)[i] : 0.0;
            if (jSrc) {
                const double* ji = &(*jSrc)(i, 0);
                rowSolveIdeal(i, [&](int j) { return g[j] * xi[j] - ji[j]; }, drive, &out(i, 0));
            } else {
                rowSolveIdeal(i, [&](int j) { return g[j] * xi[j]; }, drive, &out(i, 0));
            }
        }
    });
}

void LineSystem::solveRowsFromZero(const Eigen::VectorXd& v, const RowMatrix& zero, RowMatrix& out) const {
    out.setZero(); // an undriven row with x = 0 solves to exactly 0
    for (int i = 0; i < m_n; ++i) {
        if (v[i] == 0)
            continue;
        if (m_rowMode == RowMode::Chain)
            solveChain<false>(i, i + 1, &v, nullptr, zero, out);
        else
            rowSolveIdeal(i, [](int) { return 0.0; }, v[i], &out(i, 0));
    }
}

// The column kernels run m_colBlock summation lines in lockstep; pointers are offset to the block
// and marked __restrict, and absent neighbours point at zeros, so the inner loops vectorise.
namespace {
using CPtr = const double* __restrict;
using Ptr = double* __restrict;
const std::array<double, kMaxColBlock> kZeros{};
} // namespace

double LineSystem::relaxColumns(const RowMatrix* jSrc, const RowMatrix& a, RowMatrix& s) const {
    if (m_colFixed) {
        s.setZero();
        return 0.0;
    }
    const double w = m_wSl;
    return sumBlocks(m_parallel, m_p, m_colBlock, [&](int j0, int j1) {
        const int len = j1 - j0;
        std::array<double, kMaxColBlock> oldUp{}; // s_old of the row above, before it was overwritten
        double rr = 0;
        for (int i = 0; i < m_n; ++i) {
            const double wNb = neighbourConductance(i);
            CPtr g = &m_gc(i, j0);
            CPtr ai = &a(i, j0);
            CPtr ji = jSrc ? &(*jSrc)(i, j0) : kZeros.data();
            CPtr below = i + 1 < m_n ? &s(i + 1, j0) : kZeros.data();
            CPtr invUp = i > 0 ? &m_colInv(i - 1, j0) : kZeros.data();
            CPtr yUp = i > 0 ? &s(i - 1, j0) : kZeros.data(); // already holds y_{i-1}
            Ptr si = &s(i, j0);
            Ptr up = oldUp.data();
            for (int k = 0; k < len; ++k) {
                const double f = g[k] * ai[k] + ji[k];
                const double old = si[k];
                const double r = f - ((g[k] + wNb) * old - w * (up[k] + below[k]));
                rr += r * r;
                up[k] = old;
                si[k] = f + w * invUp[k] * yUp[k];
            }
        }
        backSubstitute(j0, j1, s);
        return rr;
    });
}

void LineSystem::backSubstitute(int j0, int j1, RowMatrix& z) const {
    const int len = j1 - j0;
    const double w = m_wSl;
    for (int i = m_n - 1; i >= 0; --i) {
        CPtr inv = &m_colInv(i, j0);
        CPtr below = i + 1 < m_n ? &z(i + 1, j0) : kZeros.data();
        Ptr zi = &z(i, j0);
        for (int k = 0; k < len; ++k)
            zi[k] = (zi[k] + w * below[k]) * inv[k];
    }
}

double LineSystem::solveColumns(const RowMatrix& r, RowMatrix& z) const {
    if (m_colFixed) {
        z.setZero();
        return 0.0;
    }
    const double w = m_wSl;
    return sumBlocks(m_parallel, m_p, m_colBlock, [&](int j0, int j1) {
        const int len = j1 - j0;
        for (int i = 0; i < m_n; ++i) {
            CPtr ri = &r(i, j0);
            CPtr invUp = i > 0 ? &m_colInv(i - 1, j0) : kZeros.data();
            CPtr yUp = i > 0 ? &z(i - 1, j0) : kZeros.data();
            Ptr zi = &z(i, j0);
            for (int k = 0; k < len; ++k)
                zi[k] = ri[k] + w * invUp[k] * yUp[k];
        }
        backSubstitute(j0, j1, z);
        double rz = 0;
        for (int i = 0; i < m_n; ++i) {
            CPtr ri = &r(i, j0);
            CPtr zi = &z(i, j0);
            for (int k = 0; k < len; ++k)
                rz += ri[k] * zi[k];
        }
        return rz;
    });
}

template <class Fn> double LineSystem::columnStencil(const RowMatrix& x, Fn&& fn) const {
    const double w = m_wSl;
    return sumBlocks(m_parallel, m_n, kRowBlock, [&](int i0, int i1) {
        double sum = 0;
        for (int i = i0; i < i1; ++i) {
            const double wNb = neighbourConductance(i);
            const double* g = &m_gc(i, 0);
            const double* xi = &x(i, 0);
            const double* up = i > 0 ? &x(i - 1, 0) : nullptr;
            const double* below = i + 1 < m_n ? &x(i + 1, 0) : nullptr;
            for (int j = 0; j < m_p; ++j) {
                const double nb = (up ? up[j] : 0.0) + (below ? below[j] : 0.0);
                sum += fn(i, j, (g[j] + wNb) * xi[j] - w * nb);
            }
        }
        return sum;
    });
}

double LineSystem::columnResidual(const RowMatrix* jSrc, const RowMatrix& a, const RowMatrix& s,
                                  RowMatrix& r) const {
    if (m_colFixed) {
        r.setZero();
        return 0.0;
    }
    return columnStencil(s, [&](int i, int j, double as) {
        const double v = m_gc(i, j) * a(i, j) + (jSrc ? (*jSrc)(i, j) : 0.0) - as;
        r(i, j) = v;
        return v * v;
    });
}

double LineSystem::schurApply(const RowMatrix& p, const RowMatrix& y, RowMatrix& q) const {
    return columnStencil(p, [&](int i, int j, double ap) {
        const double v = ap - m_gc(i, j) * y(i, j);
        q(i, j) = v;
        return p(i, j) * v;
    });
}

Eigen::VectorXd LineSystem::columnCurrents(const RowMatrix& a, const RowMatrix& s,
                                           const RowMatrix* jSrc) const {
    Eigen::VectorXd out = Eigen::VectorXd::Zero(m_p);
    forBlocks(m_parallel, m_p, m_colBlock, [&](int j0, int j1) {
        for (int i = 0; i < m_n; ++i)
            for (int j = j0; j < j1; ++j)
                out[j] += m_gc(i, j) * (a(i, j) - s(i, j)) + (jSrc ? (*jSrc)(i, j) : 0.0);
    });
    return out;
}

double LineSystem::idealCurrentSquared(const Eigen::VectorXd& v, const RowMatrix* jSrc) const {
    return sumBlocks(m_parallel, m_n, kRowBlock, [&](int i0, int i1) {
        double sum = 0;
        for (int i = i0; i < i1; ++i)
            for (int j = 0; j < m_p && (v[i] != 0 || jSrc); ++j) { // an undriven row adds exact zeros
                const double c = m_gc(i, j) * v[i] + (jSrc ? (*jSrc)(i, j) : 0.0);
                sum += c * c;
            }
        return sum;
    });
}

double LineSystem::rhsNormSquared(const Eigen::VectorXd& v, const RowMatrix* j) const {
    double sum = m_rowMode == RowMode::Fixed ? 0.0 : m_wDrv * m_wDrv * v.squaredNorm();
    if (j)
        sum += (m_rowMode == RowMode::Fixed ? 1.0 : 2.0) * j->squaredNorm();
    return sum;
}

double LineSystem::rowResidualSquared(const Eigen::VectorXd& v, const RowMatrix* jSrc,
                                       const RowMatrix& a, const RowMatrix& s) const {
    // b_a - A_aa a + gc.s - j (none for Fixed rows, whose nodes are not unknowns).
    const double rows = sumBlocks(m_parallel, m_n, kRowBlock, [&](int i0, int i1) {
        double rr = 0;
        for (int i = i0; i < i1 && m_rowMode != RowMode::Fixed; ++i) {
            const double* g = &m_gc(i, 0);
            const double* ai = &a(i, 0);
            const double* si = &s(i, 0);
            const double* ji = jSrc ? &(*jSrc)(i, 0) : nullptr;
            if (m_rowMode == RowMode::Lumped) {
                double r = m_wDrv * (v[i] - ai[0]);
                for (int j = 0; j < m_p; ++j)
                    r += g[j] * (si[j] - ai[0]) - (ji ? ji[j] : 0.0);
                rr += r * r;
                continue;
            }
            for (int j = 0; j < m_p; ++j) {
                double r = g[j] * (si[j] - ai[j]) - (ji ? ji[j] : 0.0);
                r += j > 0 ? m_wAl * (ai[j - 1] - ai[j]) : m_wDrv * (v[i] - ai[j]);
                if (j + 1 < m_p)
                    r += m_wAl * (ai[j + 1] - ai[j]);
                rr += r * r;
            }
        }
        return rr;
    });
    return rows;
}

} // namespace aimc::core::array
