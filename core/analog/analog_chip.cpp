#include "analog_chip.h"

#include "array/cell_law.h"
#include "array/crossbar_circuit.h"
#include "array/crossbar_solver.h"
#include "array/precharge.h"
#include "device/device_monte_carlo.h"
#include "util/rng.h"

#include <algorithm>
#include <stdexcept>

namespace aimc::core::analog {
using array::CellLaw;
using array::cellLaw;

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

// Whether a chip's devices differ from the mean devices (only the MTJ read model can say no).
bool hasVariation(const DeviceParams& d) {
    if (d.technology != Technology::SotMram && d.technology != Technology::SttMram)
        return true;
    return d.sigma_radius_nm > 0 || d.sigma_ra_rel > 0;
}

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
            if (i < off.row || i >= off.row + t.rows || k < off.col || k >= off.col + t.cols) {
                c.g(i, j) = 0;
                c.iSat(i, j) = 0;
            }
        }
    const double lsb = c.gpMean - c.gapMean;
    const CellLaw& law = cellLaw(c.model);
    // Only the block carries current: solve it as a circuit of its own (exact, usedBlock), rows x 2 cols
    // instead of the whole array.
    const int pc0 = c.positiveCol(off.col), pcs = c.positiveCol(t.cols);
    array::RowMatrix response; // per block cell: the strength the input sees (exact, attenuated or as drawn)
    if (mode == IrMode::Off) {
        response = c.g.block(off.row, pc0, t.rows, pcs);
    } else {
        const array::CrossbarCircuit b = array::usedBlock(c, off.row, t.rows, pc0, pcs);
        array::SolveOptions opt;
        opt.stop = stop;
        if (mode == IrMode::Exact) {
            // Superposition: min(rows, columns) unit solves give every column current per volt [S].
            const auto tm = array::computeTransferMatrix(b, opt);
            chip.solves += static_cast<long long>(tm.batch.iterations.size());
            for (int it : tm.batch.iterations)
                chip.maxIterations = std::max(chip.maxIterations, it);
            if (tm.batch.status != array::SolveStatus::Converged) {
                chip.converged = false;
                chip.message = tm.batch.message;
                return;
            }
            response = tm.t;
        } else {
            // Map: one solve with every block row on; each cell's strength scaled by its current over
            // its ideal current (the cell law's, so current-source cells out of saturation count too).
            const auto sol = array::solveCrossbar(b, Eigen::VectorXd::Ones(t.rows), opt);
            chip.solves += 1;
            chip.maxIterations = std::max(chip.maxIterations, sol.iterations());
            if (!sol.ok()) {
                chip.converged = false;
                chip.message = sol.message;
                return;
            }
            response = b.g;
            for (int i = 0; i < t.rows; ++i)
                for (int j = 0; j < pcs; ++j)
                    if (b.g(i, j) > 0)
                        response(i, j) = law.seenStrength(b, i, j, sol.a(i, j) - sol.s(i, j));
        }
    }
    t.weights.resize(t.rows, t.cols);
    const bool keepColumns = p.array.scheme == ReadScheme::Precharge;
    if (keepColumns) {
        t.positive.resize(t.rows, t.cols);
        t.negative.resize(t.rows, t.cols);
    }
    for (int i = 0; i < t.rows; ++i)
        for (int k = 0; k < t.cols; ++k) {
            const int pc = c.positiveCol(k), row = i;
            t.weights(i, k) = static_cast<float>((response(row, pc) - response(row, pc + 1)) / lsb);
            if (keepColumns) {
                t.positive(i, k) = static_cast<float>(response(row, pc) / lsb);
                t.negative(i, k) = static_cast<float>(response(row, pc + 1) / lsb);
            }
        }
}

// The readout of the precharge scheme for these parameters (docs/model.md §8).
PrechargeReadout prechargeReadout(const Params& p) {
    PrechargeReadout r;
    if (p.array.scheme != ReadScheme::Precharge)
        return r;
    const auto tech = makeTechnology(p.device);
    const auto m = onOffMoments(*tech);
    const double lsbStrength = m.gpMean - m.gapMean, cSl = array::summationLineCapacitance(p);
    const double tLsb = p.periphery.t_lsb_ps * 1e-12;
    r.enabled = true;
    r.resistive = cellLaw(p.array.cell_model).linear();
    r.vPre = p.periphery.v_precharge_v;
    r.vSat = p.array.v_sat_v;
    if (r.resistive) {
        r.kappa = lsbStrength * tLsb / cSl;
    } else {
        const bool nativeCurrent = tech->nativeCellModel() == CellModel::CurrentSource;
        const double iPer = nativeCurrent ? 1.0 : p.array.i_cell_ua * 1e-6 / m.gpMean;
        r.voltsPerUnit = iPer * lsbStrength * tLsb / cSl;
    }
    return r;
}
} // namespace

LayerWeights layerWeights(const nn::TernaryNet& net) {
    LayerWeights w;
    for (const auto& L : net.layers)
        w.push_back(&L.ternary);
    return w;
}

std::optional<AnalogChip> buildChip(const nn::TernaryNet& net, const Params& p, IrMode mode,
                                    std::uint64_t chipSeed, std::stop_token stop) {
    return buildChip(layerWeights(net), p, mode, chipSeed, stop);
}

std::optional<AnalogChip> buildChip(const LayerWeights& weights, const Params& p, IrMode mode,
                                    std::uint64_t chipSeed, std::stop_token stop) {
    if (!p.array.differential)
        throw std::invalid_argument("array.differential = false: ternary weights need a differential "
                                    "pair of devices (set array.differential=true)");
    if (mode == IrMode::Exact && !array::cellLaw(p.array.cell_model).linear())
        throw std::invalid_argument("array.cell_model = cse with --ir exact: current-source cells are nonlinear, so "
                                    "their IR drop has no transfer matrix (a solve per MVM); use --ir map or off");
    if (auto err = checkTechnology(p.device, p.array))
        throw std::invalid_argument(*err);
    if (p.array.scheme == ReadScheme::Precharge)
        if (auto err = array::checkPrechargeParams(p))
            throw std::invalid_argument(*err);
    // Zero variation, no IR drop, clamped lines: the realised weight is the ternary weight, exactly.
    if (mode == IrMode::Off && !hasVariation(p.device) && p.array.scheme == ReadScheme::Clamp)
        return idealChip(weights, p);
    AnalogChip chip;
    chip.precharge = prechargeReadout(p);
    int tileIndex = 0;
    for (const nn::Mat* W : weights) {
        const int inputs = static_cast<int>(W->rows()), outputs = static_cast<int>(W->cols());
        AnalogLayer layer{inputs, outputs, tileMatrix(inputs, outputs, p.array.rows, p.array.cols)};
        for (Tile& t : layer.tiles) {
            if (stop.stop_requested())
                return std::nullopt;
            realiseTile(*W, p, mode, streamKey(chipSeed, kPurposeTile, tileIndex++), stop, t, chip);
            if (!chip.converged)
                return stop.stop_requested() ? std::nullopt : std::optional<AnalogChip>(std::move(chip));
        }
        chip.arrays += static_cast<int>(layer.tiles.size());
        chip.layers.push_back(std::move(layer));
    }
    return chip;
}

AnalogChip idealChip(const nn::TernaryNet& net, const Params& p) { return idealChip(layerWeights(net), p); }

AnalogChip idealChip(const LayerWeights& weights, const Params& p) {
    AnalogChip chip;
    for (const nn::Mat* W : weights) {
        const int inputs = static_cast<int>(W->rows()), outputs = static_cast<int>(W->cols());
        AnalogLayer layer{inputs, outputs, tileMatrix(inputs, outputs, p.array.rows, p.array.cols)};
        for (Tile& t : layer.tiles)
            t.weights = W->block(t.row0, t.col0, t.rows, t.cols);
        chip.arrays += static_cast<int>(layer.tiles.size());
        chip.layers.push_back(std::move(layer));
    }
    return chip;
}

} // namespace aimc::core::analog
