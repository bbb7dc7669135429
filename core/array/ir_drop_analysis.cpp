#include "ir_drop_analysis.h"

#include "cell_law.h"

#include "io/atomic_file.h"

#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace aimc::core::array {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Ideal (IR-drop-free) cell current of cell (i, j) [A].
double idealCell(const CrossbarCircuit& c, const Eigen::VectorXd& vRow, const Eigen::VectorXd& x,
                 int i, int j) {
    return cellLaw(c.model).idealCurrent(c, i, j, vRow[i] - c.vClamp, x[i] > 0);
}

void compare(const CrossbarCircuit& c, IrDropResult& r) {
    const auto& sol = r.solution;
    const Eigen::VectorXd vRow = rowVoltages(c, r.activations);
    const int n = c.rows, p = c.physicalCols;
    r.ratio.resize(n, p);
    r.idealColumnCurrent.setZero(p);
    double sum = 0, minRatio = std::numeric_limits<double>::infinity(), maxDrop = 0;
    long long count = 0;
    for (int i = 0; i < n; ++i) {
        const bool on = r.activations[i] > 0;
        for (int j = 0; j < p; ++j) {
            const double ideal = idealCell(c, vRow, r.activations, i, j);
            r.idealColumnCurrent[j] += ideal;
            if (ideal == 0) {
                r.ratio(i, j) = kNaN;
                continue;
            }
            const double ratio = cellCurrent(c, i, j, sol.a(i, j), sol.s(i, j), on) / ideal;
            r.ratio(i, j) = ratio;
            sum += ratio;
            minRatio = std::min(minRatio, ratio);
            ++count;
            maxDrop = std::max(maxDrop, std::abs((vRow[i] - c.vClamp) - (sol.a(i, j) - sol.s(i, j))));
        }
    }
    r.meanRatio = count ? sum / static_cast<double>(count) : kNaN;
    r.minRatio = count ? minRatio : kNaN;
    r.maxIrDropV = maxDrop;

    r.columnRelError.resize(p);
    double sq = 0, worst = 0;
    int used = 0;
    for (int j = 0; j < p; ++j) {
        const double ideal = r.idealColumnCurrent[j];
        r.columnRelError[j] = ideal != 0 ? (sol.columnCurrent[j] - ideal) / ideal : kNaN;
        if (ideal != 0) {
            sq += r.columnRelError[j] * r.columnRelError[j];
            worst = std::max(worst, std::abs(r.columnRelError[j]));
            ++used;
        }
    }
    r.columnRelErrorMax = worst;
    r.columnRelErrorRms = used ? std::sqrt(sq / used) : 0.0;

    // Full scale: every input on, every weight +1 -> N LSB currents (docs/model.md §2 LSB).
    const CellLaw& law = cellLaw(c.model);
    double fullScale = 0;
    for (int i = 0; i < n; ++i)
        fullScale += law.lsbCurrent(c, vRow[i] - c.vClamp, r.activations[i] > 0);
    r.output.resize(c.outputs);
    r.idealOutput.resize(c.outputs);
    r.outputErrorFs.resize(c.outputs);
    r.outputErrorFsMax = 0;
    for (int k = 0; k < c.outputs; ++k) {
        const int jp = c.positiveCol(k);
        r.output[k] = sol.columnCurrent[jp] - (c.differential ? sol.columnCurrent[jp + 1] : 0.0);
        r.idealOutput[k] = r.idealColumnCurrent[jp] - (c.differential ? r.idealColumnCurrent[jp + 1] : 0.0);
        r.outputErrorFs[k] = fullScale > 0 ? (r.output[k] - r.idealOutput[k]) / fullScale : kNaN;
        if (fullScale > 0)
            r.outputErrorFsMax = std::max(r.outputErrorFsMax, std::abs(r.outputErrorFs[k]));
    }
    Eigen::Index col = 0;
    (sol.s.colwise().maxCoeff().array() - c.vClamp).maxCoeff(&col);
    r.profileColumn = static_cast<int>(col);
}
} // namespace

std::shared_ptr<const IrDropResult> simulateIrDrop(const Params& params, std::stop_token stop,
                                                   bool bothModels) {
    if (auto err = checkArrayParams(params.array))
        throw std::invalid_argument(*err);
    auto r = std::make_shared<IrDropResult>();
    r->array = params.array;
    auto c = buildCircuit(params, params.sim.seed);
    r->rows = c.rows;
    r->outputs = c.outputs;
    r->physicalCols = c.physicalCols;
    r->model = c.model;
    r->vRead = c.vRead;
    r->vClamp = c.vClamp;
    r->activations = sampleActivations(c.rows, params.array.activation_density, params.sim.seed);
    r->discharge = dischargeTime(params);
    if (stop.stop_requested())
        return nullptr;
    SolveOptions opt;
    opt.stop = stop;
    const auto t0 = std::chrono::steady_clock::now();
    r->solution = solveCrossbar(c, r->activations, opt);
    r->solveMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    if (r->solution.status == SolveStatus::Cancelled)
        return nullptr;
    if (!r->solution.ok())
        return r; // the caller shows the failure, not maps of an unconverged iterate
    compare(c, *r);
    const Eigen::VectorXd profile = r->solution.s.col(r->profileColumn);
    (c.model == CellModel::Resistive ? r->profileResistive : r->profileCurrentSource) = profile;
    if (bothModels) {
        c.model = c.model == CellModel::Resistive ? CellModel::CurrentSource : CellModel::Resistive;
        const auto other = solveCrossbar(c, r->activations, opt);
        if (other.status == SolveStatus::Cancelled)
            return nullptr;
        if (other.ok())
            (c.model == CellModel::Resistive ? r->profileResistive : r->profileCurrentSource) =
                other.s.col(r->profileColumn);
    }
    return r;
}

std::string matrixCsv(const RowMatrix& m) {
    std::ostringstream os;
    os.precision(17);
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        for (Eigen::Index j = 0; j < m.cols(); ++j)
            os << (j ? "," : "") << m(i, j);
        os << "\n";
    }
    return os.str();
}

std::optional<std::string> writeCsvFiles(const std::string& dir,
                                         std::span<const std::pair<const char*, std::string>> files) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return "--csv: cannot create directory '" + dir + "': " + ec.message();
    for (const auto& [name, text] : files)
        if (auto err = writeFileAtomic(fs::path(dir) / name, text))
            return err;
    return std::nullopt;
}

std::optional<std::string> writeIrDropCsv(const IrDropResult& r, const std::string& dir) {
    const auto matrix = [](const RowMatrix& m) { return matrixCsv(m); };
    std::ostringstream cols, prof;
    cols.precision(17);
    prof.precision(17);
    cols << "column,current_a,ideal_current_a,rel_error\n";
    for (int j = 0; j < r.physicalCols; ++j)
        cols << j << "," << r.solution.columnCurrent[j] << "," << r.idealColumnCurrent[j] << ","
             << r.columnRelError[j] << "\n";
    prof << "row,sl_voltage_v\n";
    for (int i = 0; i < r.rows; ++i)
        prof << i << "," << r.solution.s(i, r.profileColumn) << "\n";
    const std::pair<const char*, std::string> files[] = {
        {"al_voltage_v.csv", matrix(r.solution.a)},
        {"sl_voltage_v.csv", matrix(r.solution.s)},
        {"effective_weight_ratio.csv", matrix(r.ratio)},
        {"column_currents.csv", cols.str()},
        {"sl_profile.csv", prof.str()},
    };
    return writeCsvFiles(dir, files);
}

} // namespace aimc::core::array
