#include "metric_reports.h"

#include "analog/analog_inference.h"
#include "analog/spiking_chip.h"
#include "array/crossbar_circuit.h"
#include "array/ir_drop_analysis.h"
#include "device/device_monte_carlo.h"
#include "device/measured_devices.h"
#include "device/mtj_model.h"
#include "device/technology.h"
#include "energy/energy_model.h"
#include "energy/spiking_energy.h"
#include "params/param_table.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace aimc::core::sweep {

namespace {
constexpr std::array<std::string_view, 4> kNames{"device", "energy", "irdrop", "accuracy"};

constexpr std::string_view kDeviceKeys[] = {
    "technology", "levels", "ra_ohm_um2", "ecd_nm", "r_p_nominal_ohm", "i_on_mean_a", "i_off_mean_a",
    "i_on_sigma_over_mu", "i_off_sigma_over_mu", "r_p_mean_ohm", "r_ap_mean_ohm", "g_p_mean_s", "g_ap_mean_s",
    "g_p_sigma_over_mu", "g_ap_sigma_over_mu", "tmr_at_read", "sigma_w_minus1", "sigma_w_zero", "sigma_w_plus1",
    "sigma_w_minus1_analytic", "sigma_w_zero_analytic", "sigma_w_plus1_analytic", "sigma_w_unit", "delta_kT",
    "retention_s", "writable", "v_write_v", "write_note", "measured_file", "measured_devices", "fit_ok",
    "fit_ra_ohm_um2", "fit_ecd_nm", "fit_sigma_radius_nm", "fit_tmr_at_read", "fit_ks_distance_p", "fit_note",
    "samples", "seed"};
constexpr std::string_view kEnergyKeys[] = {
    "rows", "cols", "physical_cols", "macs_per_mvm", "e_dac_pj", "e_adc_pj", "e_al_pj", "e_sl_pj", "e_ctrl_pj",
    "e_total_pj", "fj_per_mac", "fj_per_op", "tops_per_w", "tops", "power_mw", "area_cells_um2",
    "area_periphery_um2", "area_mm2", "tops_per_mm2", "tops_per_mm2_cells_only", "cell_model", "r_on_ohm",
    "i_cell_ua", "c_sl_ff", "discharge_time_ns", "mvm_period_ns", "discharge_min_ns", "feasible", "feasibility"};
constexpr std::string_view kIrdropKeys[] = {
    "rows", "cols", "physical_cols", "cell_model", "status", "iterations", "sweeps", "cg_iterations",
    "newton_iterations", "residual", "residual_full_system", "max_ir_drop_v", "min_effective_weight_ratio",
    "mean_effective_weight_ratio", "column_rel_error_max", "column_rel_error_rms", "output_error_fs_max",
    "profile_column", "discharge_time_ns", "seed"};
constexpr std::string_view kAccuracyKeys[] = {
    "model", "dataset", "ir_mode", "images", "chips", "accuracy_mean", "accuracy_std", "accuracies",
    "ideal_accuracy", "ideal_accuracy_no_adc", "g_p_mean_s", "sigma_w_plus1", "sigma_w_zero", "array_rows",
    "array_cols", "dac_bits", "adc_bits", "crossbar_solves", "max_solver_iterations"};

nlohmann::ordered_json optionalNumber(const std::optional<double>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

std::string cellModelName(CellModel m) {
    return formatValue(*findParam("array.cell_model"), static_cast<double>(m));
}
} // namespace

std::string_view metricName(Metric m) { return kNames[static_cast<std::size_t>(m)]; }

std::optional<Metric> parseMetric(std::string_view name) {
    for (auto m : kMetrics)
        if (metricName(m) == name)
            return m;
    return std::nullopt;
}

std::span<const std::string_view> metricKeys(Metric m) {
    switch (m) {
    case Metric::Device: return kDeviceKeys;
    case Metric::Energy: return kEnergyKeys;
    case Metric::Irdrop: return kIrdropKeys;
    case Metric::Accuracy: return kAccuracyKeys;
    }
    return {};
}

bool isTimingKey(Metric m, std::string_view key) {
    return (m == Metric::Irdrop && key == "solve_ms") || (m == Metric::Accuracy && key == "seconds");
}

MetricReport deviceReport(const Params& params, std::stop_token stop) {
    MetricReport out;
    const auto r = simulateDevice(params.device, params.sim.samples, params.sim.seed, stop);
    if (!r) {
        out.cancelled = true;
        return out;
    }
    const bool mtj = params.device.technology == Technology::SotMram || params.device.technology == Technology::SttMram;
    auto& j = out.json;
    j["technology"] = std::string(technologyKey(params.device.technology));
    j["levels"] = r->levels;
    if (mtj) {
        j["ra_ohm_um2"] = r->raOhmUm2;
        j["ecd_nm"] = r->ecdNm;
        j["r_p_nominal_ohm"] = r->nominalRpOhm;
    }
    if (r->strengthIsCurrent) { // current-source technology: on/off currents
        j["i_on_mean_a"] = r->gpStats.mean;
        j["i_off_mean_a"] = r->gapStats.mean;
        j["i_on_sigma_over_mu"] = r->gpStats.relSigma();
        j["i_off_sigma_over_mu"] = r->gapStats.relSigma();
    } else { // P = the on (strongest) level, AP = the off level
        j["r_p_mean_ohm"] = r->rpStats.mean;
        j["r_ap_mean_ohm"] = r->rapStats.mean;
        j["g_p_mean_s"] = r->gpStats.mean;
        j["g_ap_mean_s"] = r->gapStats.mean;
        j["g_p_sigma_over_mu"] = r->gpStats.relSigma();
        j["g_ap_sigma_over_mu"] = r->gapStats.relSigma();
    }
    if (mtj)
        j["tmr_at_read"] = r->tmrAtRead;
    j["sigma_w_minus1"] = r->wMinus1Stats.sigma;
    j["sigma_w_zero"] = r->wZeroStats.sigma;
    j["sigma_w_plus1"] = r->wPlus1Stats.sigma;
    j["sigma_w_minus1_analytic"] = r->sigmaWAnalytic.minus1;
    j["sigma_w_zero_analytic"] = r->sigmaWAnalytic.zero;
    j["sigma_w_plus1_analytic"] = r->sigmaWAnalytic.plus1;
    j["sigma_w_unit"] = "LSB";
    if (mtj)
        j["delta_kT"] = r->deltaKt;
    j["retention_s"] = optionalNumber(r->retentionS);
    j["writable"] = r->write.writable;
    j["v_write_v"] = optionalNumber(r->write.vWriteV);
    j["write_note"] = r->write.reason;
    if (params.device.technology == Technology::Measured) {
        const auto& data = *params.device.measured;
        j["measured_file"] = params.device.measured_path;
        j["measured_devices"] = data.devices;
        const auto fit = fitMtj(data, raOhmUm2(params.device));
        j["fit_ok"] = fit.ok;
        if (fit.ok) {
            j["fit_ra_ohm_um2"] = fit.raOhmUm2;
            j["fit_ecd_nm"] = fit.ecdNm;
            j["fit_sigma_radius_nm"] = fit.sigmaRadiusNm;
            j["fit_tmr_at_read"] = fit.tmrAtRead;
            j["fit_ks_distance_p"] = fit.ksDistanceP;
        } else {
            j["fit_note"] = fit.message;
        }
    }
    j["samples"] = r->samples;
    j["seed"] = params.sim.seed;
    return out;
}

MetricReport energyReport(const Params& params) {
    MetricReport out;
    const auto r = evaluateEnergy(params);
    const auto& d = r.feasibility.discharge;
    auto& j = out.json;
    j["rows"] = r.rows;
    j["cols"] = r.cols;
    j["physical_cols"] = r.physicalCols;
    j["macs_per_mvm"] = r.macs;
    j["e_dac_pj"] = r.energy.dacPj;
    j["e_adc_pj"] = r.energy.adcPj;
    j["e_al_pj"] = r.energy.alPj;
    j["e_sl_pj"] = r.energy.slPj;
    j["e_ctrl_pj"] = r.energy.ctrlPj;
    j["e_total_pj"] = r.energy.totalPj();
    j["fj_per_mac"] = r.fjPerMac;
    j["fj_per_op"] = r.fjPerOp;
    j["tops_per_w"] = r.topsPerW;
    j["tops"] = r.tops;
    j["power_mw"] = r.powerMw;
    j["area_cells_um2"] = r.area.cellsUm2;
    j["area_periphery_um2"] = r.area.peripheryUm2;
    j["area_mm2"] = r.area.totalUm2() * 1e-6;
    j["tops_per_mm2"] = r.topsPerMm2;
    j["tops_per_mm2_cells_only"] = r.topsPerMm2CellsOnly;
    j["cell_model"] = cellModelName(d.model);
    if (d.model == CellModel::Resistive)
        j["r_on_ohm"] = d.rCellOhm;
    else
        j["i_cell_ua"] = d.iCellA * 1e6;
    j["c_sl_ff"] = d.cSlF * 1e15;
    j["discharge_time_ns"] = d.seconds * 1e9;
    j["mvm_period_ns"] = r.feasibility.periodS * 1e9;
    j["discharge_min_ns"] = r.feasibility.minimumS * 1e9;
    j["feasible"] = r.feasibility.verdict == Feasibility::Ok;
    j["feasibility"] = feasibilityName(r.feasibility.verdict);
    return out;
}

MetricReport irdropReport(const Params& params, std::stop_token stop) {
    MetricReport out;
    if (auto err = array::checkArrayParams(params.array)) {
        out.error = *err;
        return out;
    }
    const auto r = array::simulateIrDrop(params, stop);
    if (!r) {
        out.cancelled = true;
        return out;
    }
    return irdropReport(*r, params);
}

MetricReport irdropReport(const array::IrDropResult& result, const Params& params) {
    MetricReport out;
    const auto* r = &result;
    const auto& sol = r->solution;
    auto& j = out.json;
    j["rows"] = r->rows;
    j["cols"] = r->outputs;
    j["physical_cols"] = r->physicalCols;
    j["cell_model"] = cellModelName(r->model);
    j["status"] = array::toString(sol.status);
    j["iterations"] = sol.iterations();
    j["sweeps"] = sol.sweeps;
    j["cg_iterations"] = sol.cgIterations;
    j["newton_iterations"] = sol.newtonIterations;
    j["residual"] = sol.residual;
    j["residual_full_system"] = sol.residualFull;
    j["solve_ms"] = r->solveMs;
    if (sol.ok()) {
        j["max_ir_drop_v"] = r->maxIrDropV;
        j["min_effective_weight_ratio"] = r->minRatio;
        j["mean_effective_weight_ratio"] = r->meanRatio;
        j["column_rel_error_max"] = r->columnRelErrorMax;
        j["column_rel_error_rms"] = r->columnRelErrorRms;
        j["output_error_fs_max"] = r->outputErrorFsMax;
        j["profile_column"] = r->profileColumn;
    } else {
        out.error = "the IR-drop solve did not converge (" + sol.message + "); no maps written";
    }
    j["discharge_time_ns"] = r->discharge.seconds * 1e9;
    j["seed"] = params.sim.seed;
    return out;
}

MetricReport spikingEnergyReport(const Params& params) {
    MetricReport out;
    const auto e = spikingSubarrayEnergy(params);
    auto& j = out.json;
    j["rows"] = params.array.rows;
    j["column_pairs"] = params.array.cols;
    j["e_cell_fj"] = e.cellFj;
    j["e_word_lines_fj"] = e.wordLineFj;
    j["e_bit_lines_fj"] = e.bitLineFj;
    j["e_sense_amp_fj"] = e.senseAmpFj;
    j["e_ctrl_fj"] = e.ctrlFj;
    j["e_total_fj"] = e.totalFj();
    j["ops_per_phase"] = e.ops;
    j["tops_per_w"] = e.topsPerW;
    j["tops_per_w_record"] = kSttBsnnRecordTopsPerW;
    j["spike_rate"] = params.array.activation_density;
    j["t_sense_ns"] = params.periphery.t_sense_ns;
    j["v_read_v"] = params.device.v_read_v;
    return out;
}

namespace {
// The options both networks' accuracy runs share: the request's values, else the preset's sim.*.
template <class Options>
Options accuracyOptions(const Params& params, const AccuracyRequest& req) {
    Options o;
    o.ir = req.ir;
    o.images = req.images > 0 ? req.images : params.sim.images;
    o.chips = req.chips > 0 ? req.chips : params.sim.chips;
    o.seed = static_cast<std::uint64_t>(req.seed >= 0 ? req.seed : params.sim.seed);
    return o;
}

// Runs an accuracy evaluation; a refused setting, a cancellation or a solve that did not converge
// goes into `out` and gives nullopt.
template <class Run>
auto runAccuracy(MetricReport& out, Run&& run) -> decltype(run()) {
    decltype(run()) r;
    try {
        r = run();
    } catch (const std::invalid_argument& e) {
        out.error = e.what();
        return std::nullopt;
    }
    if (!r) {
        out.cancelled = true;
        return std::nullopt;
    }
    if (!r->converged) {
        out.error = "the IR-drop solve did not converge: " + r->message;
        return std::nullopt;
    }
    return r;
}

MetricReport spikingAccuracyReport(const analog::NetworkInputs& in, const Params& params, const AccuracyRequest& req,
                                   std::stop_token stop) {
    MetricReport out;
    auto o = accuracyOptions<analog::SpikingAccuracyOptions>(params, req);
    o.timeSteps = req.timeSteps;
    const auto r = runAccuracy(out, [&] { return analog::spikingChipAccuracy(in.spiking, in.data, params, o, stop); });
    if (!r)
        return out;
    const auto moments = onOffMoments(params.device);
    auto& j = out.json;
    j["model"] = req.model;
    j["dataset"] = req.dataset;
    j["ir_mode"] = analog::toString(r->ir);
    j["images"] = r->images;
    j["time_steps"] = r->timeSteps;
    j["chips"] = o.chips;
    j["accuracy_mean"] = r->mean;
    j["accuracy_std"] = r->std;
    j["accuracies"] = r->chipAccuracies;
    j["digital_accuracy"] = r->digital;
    j["g_p_mean_s"] = moments.gpMean;
    j["g_ap_mean_s"] = moments.gapMean;
    j["i_count_a"] = analog::countCurrent(params);
    j["sa_offset_sigma_counts"] = r->offsetSigmaCounts;
    j["array_rows"] = params.array.rows;
    j["array_cols"] = params.array.cols;
    j["subarrays"] = r->subarrays;
    j["crossbar_solves"] = r->solves;
    j["max_solver_iterations"] = r->maxIterations;
    const auto energy = spikingEnergyReport(params).json;
    j["subarray_energy_fj"] = energy["e_total_fj"];
    j["tops_per_w"] = energy["tops_per_w"];
    j["tops_per_w_record"] = energy["tops_per_w_record"];
    j["seconds"] = r->seconds;
    return out;
}
} // namespace

MetricReport accuracyReport(const analog::NetworkInputs& in, const Params& params, const AccuracyRequest& req,
                            std::stop_token stop) {
    MetricReport out;
    // The arrays the network is tiled onto are the solver's arrays: the same [1, 2048] limit as irdrop.
    if (auto err = array::checkArrayParams(params.array)) {
        out.error = *err;
        return out;
    }
    if (in.isSpiking())
        return spikingAccuracyReport(in, params, req, stop);
    const auto o = accuracyOptions<analog::AccuracyOptions>(params, req);
    const auto r = runAccuracy(out, [&] { return analog::chipAccuracy(in.net, in.data, params, o, stop); });
    if (!r)
        return out;
    const auto moments = onOffMoments(params.device);
    const auto sigmas = analyticWeightSigmas(moments);
    auto& j = out.json;
    j["model"] = req.model;
    j["dataset"] = req.dataset;
    j["ir_mode"] = analog::toString(r->ir);
    j["images"] = r->images;
    j["chips"] = o.chips;
    j["accuracy_mean"] = r->mean;
    j["accuracy_std"] = r->std;
    j["accuracies"] = r->chipAccuracies;
    j["ideal_accuracy"] = r->ideal;
    j["ideal_accuracy_no_adc"] = r->idealNoAdc;
    j["g_p_mean_s"] = moments.gpMean;
    j["sigma_w_plus1"] = sigmas.plus1;
    j["sigma_w_zero"] = sigmas.zero;
    j["array_rows"] = params.array.rows;
    j["array_cols"] = params.array.cols;
    j["dac_bits"] = params.periphery.dac_bits;
    j["adc_bits"] = params.periphery.adc_bits;
    j["crossbar_solves"] = r->solves;
    j["max_solver_iterations"] = r->maxIterations;
    j["seconds"] = r->seconds;
    return out;
}

} // namespace aimc::core::sweep
