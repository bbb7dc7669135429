#include "direct_solver.h"

#include "cell_law.h"

#include <Eigen/SparseCholesky>
#include <numeric>

namespace aimc::core::array {
namespace {

struct Edge {
    int u, v;
    double r; // [Ω], 0 = short
};

class UnionFind {
public:
    explicit UnionFind(int n) : m_parent(static_cast<std::size_t>(n)) {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x) {
        while (m_parent[static_cast<std::size_t>(x)] != x)
            x = m_parent[static_cast<std::size_t>(x)] =
                m_parent[static_cast<std::size_t>(m_parent[static_cast<std::size_t>(x)])];
        return x;
    }
    void unite(int a, int b) { m_parent[static_cast<std::size_t>(find(a))] = find(b); }

private:
    std::vector<int> m_parent;
};

// Node numbering: AL(i,j), SL(i,j), then per row the source node and the node between the
// driver resistance and the first wire segment, then the clamp.
struct Topology {
    int n, p;
    int al(int i, int j) const { return i * p + j; }
    int sl(int i, int j) const { return n * p + i * p + j; }
    int source(int i) const { return 2 * n * p + i; }
    int driverNode(int i) const { return 2 * n * p + n + i; }
    int clamp() const { return 2 * n * p + 2 * n; }
    int count() const { return clamp() + 1; }
};

std::vector<Edge> wires(const CrossbarCircuit& c, const Topology& t) {
    std::vector<Edge> e;
    for (int i = 0; i < c.rows; ++i) {
        e.push_back({t.source(i), t.driverNode(i), c.rDriver});
        e.push_back({t.driverNode(i), t.al(i, 0), c.rAl});
        for (int j = 0; j + 1 < c.physicalCols; ++j)
            e.push_back({t.al(i, j), t.al(i, j + 1), c.rAl});
    }
    for (int j = 0; j < c.physicalCols; ++j) {
        for (int i = 0; i + 1 < c.rows; ++i)
            e.push_back({t.sl(i, j), t.sl(i + 1, j), c.rSl});
        e.push_back({t.sl(c.rows - 1, j), t.clamp(), c.rSl > 0 ? c.rSl + c.rSlTail : 0.0});
    }
    return e;
}

} // namespace

DirectSolution solveDirect(const CrossbarCircuit& c, const Eigen::VectorXd& activations) {
    const Topology t{c.rows, c.physicalCols};
    const auto edges = wires(c, t);
    UnionFind uf(t.count());
    for (const auto& e : edges)
        if (!(e.r > 0))
            uf.unite(e.u, e.v);
    // Fixed potentials: the sources and the clamp; every other merged group is an unknown.
    const Eigen::VectorXd vRow = rowVoltages(c, activations);
    std::vector<double> fixedValue(static_cast<std::size_t>(t.count()), 0.0);
    std::vector<char> fixed(static_cast<std::size_t>(t.count()), 0);
    for (int i = 0; i < c.rows; ++i) {
        fixed[static_cast<std::size_t>(uf.find(t.source(i)))] = 1;
        fixedValue[static_cast<std::size_t>(uf.find(t.source(i)))] = vRow[i];
    }
    fixed[static_cast<std::size_t>(uf.find(t.clamp()))] = 1;
    fixedValue[static_cast<std::size_t>(uf.find(t.clamp()))] = c.vClamp;
    std::vector<int> index(static_cast<std::size_t>(t.count()), -1);
    int unknowns = 0;
    for (int x = 0; x < t.count(); ++x)
        if (uf.find(x) == x && !fixed[static_cast<std::size_t>(x)])
            index[static_cast<std::size_t>(x)] = unknowns++;

    DirectSolution out;
    out.unknowns = unknowns;
    RowMatrix gc = c.g, jSrc = RowMatrix::Zero(c.rows, c.physicalCols);
    if (!cellLaw(c.model).linear())
        initSaturated(c, activations, gc, jSrc);
    Eigen::VectorXd volt(t.count());
    for (int k = 0; k < 100; ++k) {
        std::vector<Eigen::Triplet<double>> trip;
        Eigen::VectorXd b = Eigen::VectorXd::Zero(unknowns);
        const auto stamp = [&](int u, int v, double g) {
            const int gu = uf.find(u), gv = uf.find(v);
            if (gu == gv || g == 0)
                return;
            const int iu = index[static_cast<std::size_t>(gu)], iv = index[static_cast<std::size_t>(gv)];
            if (iu >= 0)
                trip.emplace_back(iu, iu, g);
            if (iv >= 0)
                trip.emplace_back(iv, iv, g);
            if (iu >= 0 && iv >= 0) {
                trip.emplace_back(iu, iv, -g);
                trip.emplace_back(iv, iu, -g);
            } else if (iu >= 0) {
                b[iu] += g * fixedValue[static_cast<std::size_t>(gv)];
            } else if (iv >= 0) {
                b[iv] += g * fixedValue[static_cast<std::size_t>(gu)];
            }
        };
        const auto inject = [&](int node, double current) {
            const int ix = index[static_cast<std::size_t>(uf.find(node))];
            if (ix >= 0)
                b[ix] += current;
        };
        for (const auto& e : edges)
            if (e.r > 0)
                stamp(e.u, e.v, 1.0 / e.r);
        for (int i = 0; i < c.rows; ++i)
            for (int j = 0; j < c.physicalCols; ++j) {
                stamp(t.al(i, j), t.sl(i, j), gc(i, j));
                inject(t.al(i, j), -jSrc(i, j)); // source current leaves the AL node ...
                inject(t.sl(i, j), jSrc(i, j));  // ... and enters the SL node
            }
        Eigen::SparseMatrix<double> m(unknowns, unknowns);
        m.setFromTriplets(trip.begin(), trip.end());
        Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>> ldlt(m);
        if (ldlt.info() != Eigen::Success) {
            out.message = "sparse Cholesky factorisation failed";
            return out;
        }
        out.factorNonZeros = ldlt.matrixL().nestedExpression().nonZeros();
        const Eigen::VectorXd x = ldlt.solve(b);
        for (int node = 0; node < t.count(); ++node) {
            const int root = uf.find(node);
            const int ix = index[static_cast<std::size_t>(root)];
            volt[node] = ix >= 0 ? x[ix] : fixedValue[static_cast<std::size_t>(root)];
        }
        out.a.resize(c.rows, c.physicalCols);
        out.s.resize(c.rows, c.physicalCols);
        for (int i = 0; i < c.rows; ++i)
            for (int j = 0; j < c.physicalCols; ++j) {
                out.a(i, j) = volt[t.al(i, j)];
                out.s(i, j) = volt[t.sl(i, j)];
            }
        out.newtonIterations = k + 1;
        if (cellLaw(c.model).linear() ||
            updateRegions(c, activations, out.a, out.s, gc, jSrc) == 0) {
            out.columnCurrent.setZero(c.physicalCols);
            for (int i = 0; i < c.rows; ++i)
                for (int j = 0; j < c.physicalCols; ++j)
                    out.columnCurrent[j] +=
                        cellCurrent(c, i, j, out.a(i, j), out.s(i, j), activations[i] > 0);
            out.ok = true;
            return out;
        }
    }
    out.message = "Newton iteration did not settle";
    return out;
}

} // namespace aimc::core::array
