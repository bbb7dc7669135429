#include "transient.h"

#include "cell_law.h"
#include "precharge.h"
#include "util/rng.h"

#include <algorithm>
#include <cmath>

namespace aimc::core::array {
namespace {
constexpr int kSamplesPerInterval = 8;

// Per interval k and physical column j: the driven cells' conductance (resistive) or saturated
// current (current source) sum.
RowMatrix intervalSums(const CrossbarCircuit& c, const std::vector<int>& codes, const std::vector<int>& levels,
                       const SolveOptions& opt, TransientResult& r) {
    const bool linear = cellLaw(c.model).linear();
    const bool wires = c.rAl > 0 || c.rSl > 0 || c.rDriver > 0;
    RowMatrix sums = RowMatrix::Zero(static_cast<Eigen::Index>(levels.size()), c.physicalCols);
    for (std::size_t k = 0; k < levels.size(); ++k) {
        Eigen::VectorXd on = Eigen::VectorXd::Zero(c.rows);
        for (int i = 0; i < c.rows; ++i)
            on[i] = codes[static_cast<std::size_t>(i)] >= levels[k] ? 1.0 : 0.0;
        if (!linear || !wires) {
            sums.row(static_cast<Eigen::Index>(k)) = on.transpose() * (linear ? c.g : c.iSat);
            continue;
        }
        // Quasi-static IR drop: the gated array (undriven rows' cells off) at 1 V per driven row.
        CrossbarCircuit gated = c;
        for (int i = 0; i < c.rows; ++i)
            if (on[i] == 0)
                gated.g.row(i).setZero();
        gated.vRead = 1.0;
        gated.vClamp = 0.0;
        const auto sol = solveCrossbar(gated, on, opt);
        ++r.solves;
        if (!sol.ok()) {
            r.converged = false;
            r.message = sol.message;
            return sums;
        }
        sums.row(static_cast<Eigen::Index>(k)) = sol.columnCurrent.transpose(); // [A] at 1 V = [S]
    }
    return sums;
}
} // namespace

std::vector<int> sampleCodes(int rows, int bits, double density, std::uint64_t seed) {
    Rng rng(streamKey(seed, 0x70c0de, 0));
    const int top = (1 << bits) - 1;
    std::vector<int> codes(static_cast<std::size_t>(rows), 0);
    for (auto& x : codes)
        if (rng.uniform() < density)
            x = 1 + std::min(top - 1, static_cast<int>(rng.uniform() * top));
    return codes;
}

TransientResult simulateTransient(const CrossbarCircuit& c, std::span<const int> codesIn, const Params& p,
                                  const SolveOptions& opt) {
    TransientResult r;
    r.codes.assign(codesIn.begin(), codesIn.end());
    r.cSlF = summationLineCapacitance(p);
    r.tLsbS = p.periphery.t_lsb_ps * 1e-12;
    r.vPrecharge = p.periphery.v_precharge_v;
    const bool linear = cellLaw(c.model).linear();
    // Interval k runs from the (k-1)-th to the k-th distinct pulse end; rows with code >= levels[k] are on.
    std::vector<int> levels;
    for (int x : r.codes)
        if (x > 0)
            levels.push_back(x);
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    for (int x : levels)
        r.pulseEnds.push_back(x * r.tLsbS);
    const RowMatrix sums = intervalSums(c, r.codes, levels, opt, r);
    if (!r.converged)
        return r;

    const int p_ = c.physicalCols;
    const auto step = [&](double v, double s, double dt) {
        return linear ? resistiveStep(v, s, dt, r.cSlF) : currentSourceStep(v, s, dt, r.cSlF, c.vSat);
    };
    Eigen::VectorXd v = Eigen::VectorXd::Constant(p_, r.vPrecharge);
    r.times.push_back(0.0);
    std::vector<Eigen::VectorXd> samples{v};
    double t = 0;
    for (std::size_t k = 0; k < levels.size(); ++k) {
        const double dt = r.pulseEnds[k] - t;
        const Eigen::VectorXd start = v;
        for (int s = 1; s <= kSamplesPerInterval; ++s) {
            const double tau = dt * s / kSamplesPerInterval;
            for (int j = 0; j < p_; ++j)
                v[j] = step(start[j], sums(static_cast<Eigen::Index>(k), j), tau);
            r.times.push_back(t + tau);
            samples.push_back(v);
        }
        t = r.pulseEnds[k];
    }
    r.waveforms.resize(static_cast<Eigen::Index>(samples.size()), p_);
    for (std::size_t s = 0; s < samples.size(); ++s)
        r.waveforms.row(static_cast<Eigen::Index>(s)) = samples[s].transpose();

    r.dvSl = Eigen::VectorXd::Constant(p_, r.vPrecharge) - v;
    // The linear prediction: every driven cell at its ideal current for its whole pulse.
    Eigen::VectorXd pulse(c.rows);
    for (int i = 0; i < c.rows; ++i)
        pulse[i] = r.codes[static_cast<std::size_t>(i)] * r.tLsbS;
    const RowMatrix& strength = linear ? c.g : c.iSat;
    r.dvIdeal = (pulse.transpose() * strength).transpose() / r.cSlF;
    if (linear)
        r.dvIdeal *= r.vPrecharge;
    const double scale = r.dvIdeal.cwiseAbs().maxCoeff();
    double sq = 0;
    int used = 0;
    for (int j = 0; j < p_; ++j) {
        if (!(strength.col(j).cwiseAbs().sum() > 0))
            continue; // an unused column
        const double e = scale > 0 ? (r.dvSl[j] - r.dvIdeal[j]) / scale : 0.0;
        r.relErrorMax = std::max(r.relErrorMax, std::abs(e));
        sq += e * e;
        ++used;
    }
    r.relErrorRms = used ? std::sqrt(sq / used) : 0.0;
    if (!linear)
        r.saturatedFractionEnd = p_ ? static_cast<double>((v.array() >= c.vSat).count()) / p_ : 0.0;
    r.energySlJ = r.cSlF * r.vPrecharge * r.dvSl.sum();
    return r;
}

TransferCurve prechargeTransferCurve(const Params& params, CellModel model, int inputs, std::uint64_t seed) {
    Params p = params;
    p.array.cell_model = model;
    p.array.r_al_ohm = p.array.r_sl_ohm = p.array.r_driver_ohm = 0; // the scheme's compression alone
    const CrossbarCircuit c = buildCircuit(p, seed);
    TransferCurve curve;
    curve.model = model;
    for (int n = 0; n < inputs; ++n) {
        // A spread of input densities, so the curve covers small and large swings.
        const double density = (n + 1.0) / inputs;
        const auto codes = sampleCodes(c.rows, p.periphery.dac_bits, density, streamKey(seed, 0x7c, n));
        const auto r = simulateTransient(c, codes, p);
        for (int k = 0; k < c.outputs; ++k) {
            const int pc = c.positiveCol(k);
            const double ideal = c.differential ? r.dvIdeal[pc] - r.dvIdeal[pc + 1] : r.dvIdeal[pc];
            const double actual = c.differential ? r.dvSl[pc] - r.dvSl[pc + 1] : r.dvSl[pc];
            curve.ideal.push_back(ideal);
            curve.actual.push_back(actual);
        }
    }
    double xy = 0, xx = 0, scale = 0;
    for (std::size_t i = 0; i < curve.ideal.size(); ++i) {
        xy += curve.ideal[i] * curve.actual[i];
        xx += curve.ideal[i] * curve.ideal[i];
        scale = std::max(scale, std::abs(curve.ideal[i]));
    }
    curve.slope = xx > 0 ? xy / xx : 0;
    double sq = 0;
    for (std::size_t i = 0; i < curve.ideal.size(); ++i) {
        const double e = curve.actual[i] - curve.slope * curve.ideal[i];
        sq += e * e;
    }
    curve.deviationRms = curve.ideal.empty() || scale == 0 ? 0 : std::sqrt(sq / curve.ideal.size()) / scale;
    return curve;
}

} // namespace aimc::core::array
