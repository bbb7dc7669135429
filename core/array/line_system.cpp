#include "line_system.h"

#include <array>

namespace aimc::core::array {
namespace {
constexpr int kRowBlock = 8;  // rows per task
constexpr int kColBlock = 32; // summation lines solved in lockstep (vectorised, fits L2)
} // namespace

LineSystem::LineSystem(const CrossbarCircuit& c, const RowMatrix& gc, bool parallel)
    : m_gc(gc), m_n(static_cast<int>(gc.rows())), m_p(static_cast<int>(gc.cols())),
      m_parallel(parallel) {
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

    if (m_rowMode == RowMode::Chain) {
        m_rowInv.resize(m_n, m_p);
        const double w = m_wAl;
        forBlocks(m_parallel, m_n, kRowBlock, [&](int i0, int i1) {
            for (int i = i0; i < i1; ++i) {
                const double* g = &m_gc(i, 0);
                double* inv = &m_rowInv(i, 0);
                double prev = 0; // w^2 / d'_{j+1}
                for (int j = m_p - 1; j >= 0; --j) {
                    const double d = g[j] + (j < m_p - 1 ? w : 0.0) + (j > 0 ? w : m_wDrv);
                    inv[j] = 1.0 / (d - prev);
                    prev = w * w * inv[j];
                }
            }
        });
    } else if (m_rowMode == RowMode::Lumped) {
        m_lumpInv.resize(m_n);
        for (int i = 0; i < m_n; ++i)
            m_lumpInv[i] = 1.0 / (m_wDrv + m_gc.row(i).sum());
    }
    if (!m_colFixed) {
        m_colInv.resize(m_n, m_p);
        const double w = m_wSl;
        forBlocks(m_parallel, m_p, kColBlock, [&](int j0, int j1) {
            for (int i = 0; i < m_n; ++i) {
                const double wNb = i > 0 ? 2 * w : w; // the clamp is the last row's lower neighbour
                for (int j = j0; j < j1; ++j) {
                    const double prev = i > 0 ? w * w * m_colInv(i - 1, j) : 0.0;
                    m_colInv(i, j) = 1.0 / (m_gc(i, j) + wNb - prev);
                }
            }
        });
    }
}

template <class Rhs>
void LineSystem::rowSolveOne(int i, Rhs&& rhs, double drive, double* out) const {
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
    const double w = m_wAl;
    const double* inv = &m_rowInv(i, 0);
    double y = rhs(m_p - 1);
    out[m_p - 1] = y;
    for (int j = m_p - 2; j >= 0; --j) {
        y = rhs(j) + w * inv[j + 1] * y;
        out[j] = y;
    }
    out[0] += m_wDrv * drive;
    double x = out[0] * inv[0];
    out[0] = x;
    for (int j = 1; j < m_p; ++j) {
        x = (out[j] + w * x) * inv[j];
        out[j] = x;
    }
}

void LineSystem::solveRows(const Eigen::VectorXd* v, const RowMatrix* jSrc, const RowMatrix& x,
                           RowMatrix& out) const {
    forBlocks(m_parallel, m_n, kRowBlock, [&](int i0, int i1) {
        for (int i = i0; i < i1; ++i) {
            const double* g = &m_gc(i, 0);
            const double* xi = &x(i, 0);
            const double drive = v ? (*v)[i] : 0.0;
            if (jSrc) {
                const double* ji = &(*jSrc)(i, 0);
                rowSolveOne(i, [&](int j) { return g[j] * xi[j] - ji[j]; }, drive, &out(i, 0));
            } else {
                rowSolveOne(i, [&](int j) { return g[j] * xi[j]; }, drive, &out(i, 0));
            }
        }
    });
}

double LineSystem::relaxColumns(const RowMatrix* jSrc, const RowMatrix& a, RowMatrix& s) const {
    if (m_colFixed) {
        s.setZero();
        return 0.0;
    }
    const double w = m_wSl;
    return sumBlocks(m_parallel, m_p, kColBlock, [&](int j0, int j1) {
        std::array<double, kColBlock> oldPrev{}; // s_old of the row above, before overwriting
        double rr = 0;
        for (int i = 0; i < m_n; ++i) {
            const double wNb = i > 0 ? 2 * w : w;
            const double* g = &m_gc(i, 0);
            const double* ai = &a(i, 0);
            const double* ji = jSrc ? &(*jSrc)(i, 0) : nullptr;
            double* si = &s(i, 0);
            const double* below = i + 1 < m_n ? &s(i + 1, 0) : nullptr;
            const double* invUp = i > 0 ? &m_colInv(i - 1, 0) : nullptr;
            const double* yUp = i > 0 ? &s(i - 1, 0) : nullptr; // already holds y_{i-1}
            for (int j = j0; j < j1; ++j) {
                const double f = g[j] * ai[j] + (ji ? ji[j] : 0.0);
                const double old = si[j];
                const double as = (g[j] + wNb) * old - w * (oldPrev[j - j0] + (below ? below[j] : 0.0));
                const double r = f - as;
                rr += r * r;
                oldPrev[j - j0] = old;
                si[j] = invUp ? f + w * invUp[j] * yUp[j] : f;
            }
        }
        for (int i = m_n - 1; i >= 0; --i) {
            const double* inv = &m_colInv(i, 0);
            double* si = &s(i, 0);
            const double* below = i + 1 < m_n ? &s(i + 1, 0) : nullptr;
            for (int j = j0; j < j1; ++j)
                si[j] = (si[j] + (below ? w * below[j] : 0.0)) * inv[j];
        }
        return rr;
    });
}

double LineSystem::solveColumns(const RowMatrix& r, RowMatrix& z) const {
    if (m_colFixed) {
        z.setZero();
        return 0.0;
    }
    const double w = m_wSl;
    return sumBlocks(m_parallel, m_p, kColBlock, [&](int j0, int j1) {
        for (int i = 0; i < m_n; ++i) {
            const double* ri = &r(i, 0);
            double* zi = &z(i, 0);
            if (i == 0) {
                for (int j = j0; j < j1; ++j)
                    zi[j] = ri[j];
                continue;
            }
            const double* invUp = &m_colInv(i - 1, 0);
            const double* yUp = &z(i - 1, 0);
            for (int j = j0; j < j1; ++j)
                zi[j] = ri[j] + w * invUp[j] * yUp[j];
        }
        double rz = 0;
        for (int i = m_n - 1; i >= 0; --i) {
            const double* inv = &m_colInv(i, 0);
            const double* ri = &r(i, 0);
            double* zi = &z(i, 0);
            const double* below = i + 1 < m_n ? &z(i + 1, 0) : nullptr;
            for (int j = j0; j < j1; ++j) {
                zi[j] = (zi[j] + (below ? w * below[j] : 0.0)) * inv[j];
                rz += ri[j] * zi[j];
            }
        }
        return rz;
    });
}

template <class Fn> double LineSystem::columnStencil(const RowMatrix& x, Fn&& fn) const {
    const double w = m_wSl;
    return sumBlocks(m_parallel, m_n, kRowBlock, [&](int i0, int i1) {
        double sum = 0;
        for (int i = i0; i < i1; ++i) {
            const double wNb = i > 0 ? 2 * w : w; // the clamp is the last row's lower neighbour
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

double LineSystem::rhsNormSquared(const Eigen::VectorXd& v, const RowMatrix* j) const {
    double sum = m_rowMode == RowMode::Fixed ? 0.0 : m_wDrv * m_wDrv * v.squaredNorm();
    if (j)
        sum += (m_rowMode == RowMode::Fixed ? 1.0 : 2.0) * j->squaredNorm();
    return sum;
}

double LineSystem::fullResidualSquared(const Eigen::VectorXd& v, const RowMatrix* jSrc,
                                       const RowMatrix& a, const RowMatrix& s) const {
    // Rows: b_a - A_aa a + gc.s - j (none for Fixed rows, whose nodes are not unknowns).
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
    if (m_colFixed)
        return rows;
    RowMatrix r(m_n, m_p);
    return rows + columnResidual(jSrc, a, s, r);
}

} // namespace aimc::core::array
