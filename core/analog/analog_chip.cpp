#include "analog_chip.h"

#include "array/cell_law.h"
#include "array/crossbar_circuit.h"
#include "array/crossbar_solver.h"
#include "util/rng.h"

#include <algorithm>
#include <stdexcept>

namespace aimc::core::analog {

const char* toString(IrMode mode) {
    switch (mode) {
    case IrMode::Off: return "off";
    case IrMode::Map: return "map";
    case IrMode::Exact: return "exact";
    }
    return "?";
}

std::optional<IrMode> parseIrMode(std::string_view text) {
    for (IrMode m : {IrMode::Off, IrMode::Map, IrMode::Exact})
        if (text == toString(m))
            return m;
    return std::nullopt;
}

std::vector<Tile> tileMatrix(int inputs, int outputs, int arrayRows, int arrayCols) {
    std::vector<Tile> tiles;
    for (int r = 0; r < inputs; r += arrayRows)
        for (int c = 0; c < outputs; c += arrayCols) {
            Tile t;
            t.row0 = r;
            t.rows = std::min(arrayRows, inputs - r);
            t.col0 = c;
            t.cols = std::min(arrayCols, outputs - c);
            tiles.push_back(std::move(t));
        }
    return tiles;
}

namespace {
constexpr std::uint64_t kPurposeTile = 0x711e;

// Where a tile's block sits in its array. Drivers feed column 0 and the sense circuit clamps the
// end after row N-1 (docs/model.md §3 topology): "near" is the bottom-left corner, "far" the top-right.
struct Offset {
    int row, col;
};
Offset blockOffset(const ArrayParams& a, const Tile& t) {
    if (a.placement == Placement::Near)
        return {a.rows - t.rows, 0};
    return {0, a.cols - t.cols};
}

bool hasVariation(const DeviceParams& d) { return d.sigma_radius_nm > 0 || d.sigma_ra_rel > 0; }

// The tile's effective weights for one chip. Cells outside the block are unused (no current).
void realiseTile(const nn::Mat& ternary, const Params& p, IrMode mode, std::uint64_t seed,
                 std::stop_token stop, Tile& t, AnalogChip& chip) {
    const ArrayParams& a = p.array;
    const Offset off = blockOffset(a, t);
    array::WeightMatrix w = array::WeightMatrix::Zero(a.rows, a.cols);
    for (int i = 0; i < t.rows; ++i)
        for (int k = 0; k < t.cols; ++k)
            w(off.row + i, off.col + k) = static_cast<std::int8_t>(ternary(t.row0 + i, t.col0 + k));
    array::CrossbarCircuit c = array::buildCircuit(p, seed, w);
    c.vClamp = 0; // inputs are driven relative to the clamp: the network sees pure products
    // Only the block's cells are used: zero the rest so they draw no current.
    for (int i = 0; i < c.rows; ++i)
        for (int j = 0; j < c.physicalCols; ++j) {
            const int k = c.differential ? j / 2 : j;
            if (i < off.row || i >= off.row + t.rows || k < off.col || k >= off.col + t.cols)
                c.g(i, j) = 0;
        }
    const double lsb = c.gpMean - c.gapMean;
    const auto cellWeight = [&](const array::RowMatrix& m, int i, int k) {
        const int pc = c.positiveCol(off.col + k);
        const int row = off.row + i;
        return m(row, pc) - m(row, pc + 1);
    };
    t.weights.resize(t.rows, t.cols);
    if (mode == IrMode::Off) {
        for (int i = 0; i < t.rows; ++i)
            for (int k = 0; k < t.cols; ++k)
                t.weights(i, k) = static_cast<float>(cellWeight(c.g, i, k) / lsb);
        return;
    }
    array::SolveOptions opt;
    opt.stop = stop;
    array::RowMatrix response; // per cell: conductance seen by the input (exact or attenuated)
    if (mode == IrMode::Exact) {
        // Superposition: only the block's rows carry input, so only they need a unit solve.
        array::RowMatrix unit = array::RowMatrix::Zero(t.rows, c.rows);
        for (int i = 0; i < t.rows; ++i)
            unit(i, off.row + i) = 1.0;
        const auto batch = array::solveBatch(c, unit, opt);
        chip.solves += t.rows;
        for (int it : batch.iterations)
            chip.maxIterations = std::max(chip.maxIterations, it);
        if (batch.status != array::SolveStatus::Converged) {
            chip.converged = false;
            chip.message = batch.message;
            return;
        }
        // Column currents per unit input: I_j for row i at activation 1 (V_read).
        response = array::RowMatrix::Zero(c.rows, c.physicalCols);
        for (int i = 0; i < t.rows; ++i)
            for (int j = 0; j < c.physicalCols; ++j)
                response(off.row + i, j) = batch.columnCurrents(i, j) / c.vRead;
        for (int i = 0; i < t.rows; ++i)
            for (int k = 0; k < t.cols; ++k) {
                const int pc = c.positiveCol(off.col + k);
                const double cur = response(off.row + i, pc) - response(off.row + i, pc + 1);
                t.weights(i, k) = static_cast<float>(cur / lsb);
            }
        return;
    }
    // Map: one solve with every block row on; each cell's current over its ideal V_read g.
    Eigen::VectorXd act = Eigen::VectorXd::Zero(c.rows);
    act.segment(off.row, t.rows).setOnes();
    const auto sol = array::solveCrossbar(c, act, opt);
    chip.solves += 1;
    chip.maxIterations = std::max(chip.maxIterations, sol.iterations());
    if (!sol.ok()) {
        chip.converged = false;
        chip.message = sol.message;
        return;
    }
    response = c.g;
    for (int i = off.row; i < off.row + t.rows; ++i)
        for (int j = 0; j < c.physicalCols; ++j)
            if (c.g(i, j) > 0)
                response(i, j) = c.g(i, j) * (sol.a(i, j) - sol.s(i, j)) / c.vRead;
    for (int i = 0; i < t.rows; ++i)
        for (int k = 0; k < t.cols; ++k)
            t.weights(i, k) = static_cast<float>(cellWeight(response, i, k) / lsb);
}
} // namespace

std::optional<AnalogChip> buildChip(const nn::TernaryNet& net, const Params& p, IrMode mode,
                                    std::uint64_t chipSeed, std::stop_token stop) {
    if (!p.array.differential)
        throw std::invalid_argument("array.differential = false: ternary weights need a differential "
                                    "pair of devices (set array.differential=true)");
    if (mode != IrMode::Off && !array::cellLaw(p.array.cell_model).linear())
        throw std::invalid_argument("array.cell_model = cse: the network path needs resistive cells "
                                    "(current-source cells are nonlinear; use --ir off or array.cell_model=re)");
    // Zero variation and no IR drop: the realised weight is the ternary weight, exactly.
    if (mode == IrMode::Off && !hasVariation(p.device))
        return idealChip(net, p);
    AnalogChip chip;
    int tileIndex = 0;
    for (const auto& L : net.layers) {
        AnalogLayer layer{L.inputs(), L.outputs(), tileMatrix(L.inputs(), L.outputs(), p.array.rows, p.array.cols)};
        for (Tile& t : layer.tiles) {
            if (stop.stop_requested())
                return std::nullopt;
            realiseTile(L.ternary, p, mode, streamKey(chipSeed, kPurposeTile, tileIndex++), stop, t, chip);
            if (!chip.converged)
                return stop.stop_requested() ? std::nullopt : std::optional<AnalogChip>(std::move(chip));
        }
        chip.arrays += static_cast<int>(layer.tiles.size());
        chip.layers.push_back(std::move(layer));
    }
    return chip;
}

AnalogChip idealChip(const nn::TernaryNet& net, const Params& p) {
    AnalogChip chip;
    for (const auto& L : net.layers) {
        AnalogLayer layer{L.inputs(), L.outputs(), tileMatrix(L.inputs(), L.outputs(), p.array.rows, p.array.cols)};
        for (Tile& t : layer.tiles)
            t.weights = L.ternary.block(t.row0, t.col0, t.rows, t.cols);
        chip.arrays += static_cast<int>(layer.tiles.size());
        chip.layers.push_back(std::move(layer));
    }
    return chip;
}

} // namespace aimc::core::analog
