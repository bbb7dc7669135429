#include "crossbar_circuit.h"

#include "cell_law.h"

#include "device/device_monte_carlo.h"
#include "device/ternary_encoding.h"
#include "params/param_table.h"
#include "util/rng.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

namespace aimc::core::array {
namespace {
constexpr std::uint64_t kPurposeCells = 0xce115;
constexpr std::uint64_t kPurposeWeights = 0x3e1647;
constexpr std::uint64_t kPurposeActivations = 0xac71;

std::string sizeMessage(const char* key, int value, int max) {
    std::ostringstream os;
    os << key << " = " << value << " is outside the crossbar solver's range [1, " << max << "]";
    return os.str();
}

// Random ternary pattern (differential) or binary pattern (single-ended), one stream per row.
WeightMatrix randomWeights(const ArrayParams& p, std::uint64_t seed) {
    WeightMatrix w(p.rows, p.cols);
    for (int i = 0; i < p.rows; ++i) {
        Rng rng(streamKey(seed, kPurposeWeights, static_cast<std::uint64_t>(i)));
        for (int k = 0; k < p.cols; ++k) {
            const bool nonZero = rng.uniform() < p.weight_density;
            const bool negative = rng.uniform() < 0.5;
            w(i, k) = !nonZero ? 0 : (p.differential && negative ? -1 : 1);
        }
    }
    return w;
}
} // namespace

std::optional<std::string> checkArrayParams(const ArrayParams& p) {
    if (p.rows < 1 || p.rows > kMaxRows)
        return sizeMessage("array.rows", p.rows, kMaxRows);
    if (p.cols < 1 || p.cols > kMaxOutputs)
        return sizeMessage("array.cols", p.cols, kMaxOutputs);
    // The remaining keys are range-checked by the parameter table; check them here as well so
    // that a Params built in code cannot bypass the table's limits.
    for (const auto& d : arrayParamDescriptors()) {
        Params probe;
        probe.array = p;
        if (auto err = checkValue(d, d.get(probe)))
            return err;
    }
    return std::nullopt;
}

ArrayParams clampArrayParams(const ArrayParams& p, std::vector<std::string>& notes) {
    ArrayParams q = p;
    q.rows = std::clamp(p.rows, 1, kMaxRows);
    q.cols = std::clamp(p.cols, 1, kMaxOutputs);
    if (q.rows != p.rows)
        notes.push_back(sizeMessage("array.rows", p.rows, kMaxRows) + "; using " +
                        std::to_string(q.rows));
    if (q.cols != p.cols)
        notes.push_back(sizeMessage("array.cols", p.cols, kMaxOutputs) + "; using " +
                        std::to_string(q.cols));
    Params probe;
    probe.array = q;
    for (const auto& d : arrayParamDescriptors()) {
        const double v = d.get(probe);
        if (checkValue(d, v)) {
            d.set(probe, std::clamp(v, d.min, d.max));
            notes.push_back(std::string(d.key) + " = " + formatValue(d, v) + " clamped to " +
                            formatValue(d, d.get(probe)));
        }
    }
    return probe.array;
}

CrossbarCircuit buildCircuit(const Params& p, std::uint64_t chipSeed) {
    return buildCircuit(p, chipSeed, randomWeights(p.array, chipSeed));
}

CrossbarCircuit buildCircuit(const Params& p, std::uint64_t chipSeed, const WeightMatrix& weights) {
    const ArrayParams& a = p.array;
    CrossbarCircuit c;
    c.rows = static_cast<int>(weights.rows());
    c.outputs = static_cast<int>(weights.cols());
    c.differential = a.differential;
    c.physicalCols = a.differential ? 2 * c.outputs : c.outputs;
    c.rAl = a.r_al_ohm;
    c.rSl = a.r_sl_ohm;
    c.rDriver = a.r_driver_ohm;
    c.vClamp = a.v_clamp_v;
    c.vRead = p.device.v_read_v;
    c.model = a.cell_model;
    c.vSat = a.v_sat_v;
    c.weights = weights;
    const auto tech = makeTechnology(p.device);
    const auto moments = onOffMoments(*tech);
    c.gpMean = moments.gpMean;
    c.gapMean = moments.gapMean;
    const int on = tech->onLevel(), off = tech->offLevel();
    // A current-source technology samples currents directly; a resistive one used as a current
    // source maps its conductance to I_cell G / μ_on.
    const bool nativeCurrent = tech->nativeCellModel() == CellModel::CurrentSource;
    const double iPerG = nativeCurrent ? 1.0 : a.i_cell_ua * 1e-6 / c.gpMean;
    c.iPerStrength = iPerG;
    c.g.resize(c.rows, c.physicalCols);
    c.iSat.resize(c.rows, c.physicalCols);
    tbb::parallel_for(tbb::blocked_range<int>(0, c.rows), [&](const tbb::blocked_range<int>& r) {
        for (int i = r.begin(); i != r.end(); ++i) {
            // Every technology draws the same number of numbers per device whatever its state,
            // so the pattern does not shift the device sample: the same chip seed gives the same
            // devices for any weights.
            Rng rng(streamKey(chipSeed, kPurposeCells, static_cast<std::uint64_t>(i)));
            for (int j = 0; j < c.physicalCols; ++j) {
                int level;
                if (c.differential) {
                    const PairLevels pair = ternaryPair(weights(i, j / 2), on, off);
                    level = j % 2 == 0 ? pair.positive : pair.negative;
                } else {
                    level = singleEndedLevel(weights(i, j), on, off);
                }
                c.g(i, j) = tech->sample(level, rng);
                c.iSat(i, j) = iPerG * c.g(i, j);
            }
        }
    });
    return c;
}

CrossbarCircuit usedBlock(const CrossbarCircuit& c, int row0, int rows, int col0, int cols) {
    if (row0 < 0 || rows < 1 || row0 + rows > c.rows || col0 < 0 || cols < 1 || col0 + cols > c.physicalCols ||
        (c.differential && (col0 % 2 != 0 || cols % 2 != 0)))
        throw std::invalid_argument("usedBlock: the block is not inside the array");
    for (int i = 0; i < c.rows; ++i)
        for (int j = 0; j < c.physicalCols; ++j)
            if ((i < row0 || i >= row0 + rows || j < col0 || j >= col0 + cols) && (c.g(i, j) != 0 || c.iSat(i, j) != 0))
                throw std::invalid_argument("usedBlock: a cell outside the block is used");
    CrossbarCircuit b = c;
    b.rows = rows;
    b.physicalCols = cols;
    b.outputs = c.differential ? cols / 2 : cols;
    b.g = c.g.block(row0, col0, rows, cols);
    b.iSat = c.iSat.block(row0, col0, rows, cols);
    const int out0 = c.differential ? col0 / 2 : col0;
    b.weights = c.weights.block(row0, out0, rows, b.outputs);
    b.rDriver = c.rDriver + col0 * c.rAl;
    if (c.rSl > 0)
        b.rSlTail = c.rSlTail + (c.rows - row0 - rows) * c.rSl;
    return b;
}

Eigen::VectorXd sampleActivations(int rows, double density, std::uint64_t seed) {
    Eigen::VectorXd x = Eigen::VectorXd::Ones(rows);
    if (density >= 1.0)
        return x;
    Rng rng(streamKey(seed, kPurposeActivations, 0));
    for (int i = 0; i < rows; ++i)
        x[i] = rng.uniform() < density ? 1.0 : 0.0;
    return x;
}

Eigen::VectorXd rowVoltages(const CrossbarCircuit& c, const Eigen::VectorXd& activations) {
    const CellLaw& law = cellLaw(c.model);
    Eigen::VectorXd v(activations.size());
    for (Eigen::Index i = 0; i < v.size(); ++i)
        v[i] = law.rowVoltage(activations[i], c.vRead);
    return v;
}

} // namespace aimc::core::array
