#include "energy_model.h"

#include <cmath>

namespace aimc::core {

double converterScale(int bits, ConverterScaling scaling) {
    const double base = scaling == ConverterScaling::Thermal ? 4.0 : 2.0;
    return std::pow(base, bits - 5);
}

int physicalColumns(const ArrayParams& array) { return array.differential ? 2 * array.cols : array.cols; }

EnergyBreakdown energyBreakdown(const Params& params) {
    const auto& pe = params.periphery;
    const double n = params.array.rows;
    const double m = params.array.cols;
    const double cells = n * physicalColumns(params.array);
    constexpr double fJtoPj = 1e-3;
    EnergyBreakdown e;
    e.dacPj = n * pe.e_dac_fj * converterScale(pe.dac_bits, pe.converter_scaling) * fJtoPj;
    e.adcPj = m * pe.e_adc_fj * converterScale(pe.adc_bits, pe.converter_scaling) * fJtoPj;
    // fF · V² = fJ: activation lines swing rail to rail with activity α, summation lines by ΔV.
    e.alPj = cells * pe.c_al_ff * pe.vdd_v * pe.vdd_v * pe.alpha_al * fJtoPj;
    e.slPj = cells * pe.c_sl_ff * pe.vdd_v * pe.dv_sl_v * fJtoPj;
    e.ctrlPj = pe.e_ctrl_pj;
    return e;
}

namespace {
double cellsPerWeight(const Params& params) { return params.array.differential ? 2.0 : 1.0; }
double areaPerCellUm2(const PeripheryParams& pe) {
    return pe.cell_area_um2 + pe.periphery_um2_per_kcell / 1000.0;
}
constexpr double kUm2PerMm2 = 1e6;
} // namespace

AreaBreakdown arrayArea(const Params& params) {
    const double cells = double(params.array.rows) * physicalColumns(params.array);
    return {cells * params.periphery.cell_area_um2,
            cells * params.periphery.periphery_um2_per_kcell / 1000.0};
}

double chipAreaMm2ForWeights(double weights, const Params& params) {
    return weights * cellsPerWeight(params) * areaPerCellUm2(params.periphery) / kUm2PerMm2;
}

double weightsForChipArea(double areaMm2, const Params& params) {
    return areaMm2 * kUm2PerMm2 / (cellsPerWeight(params) * areaPerCellUm2(params.periphery));
}

FeasibilityCheck checkFeasibility(const Params& params) {
    FeasibilityCheck f;
    f.discharge = dischargeTime(params);
    f.periodS = 1.0 / (params.periphery.f_mvm_mhz * 1e6);
    f.minimumS = params.periphery.t_discharge_min_ns * 1e-9;
    if (f.discharge.seconds > f.periodS)
        f.verdict = Feasibility::TooSlow;
    else if (f.discharge.seconds < f.minimumS)
        f.verdict = Feasibility::TooFast;
    return f;
}

const char* feasibilityName(Feasibility f) {
    switch (f) {
    case Feasibility::TooFast:
        return "too_fast";
    case Feasibility::TooSlow:
        return "too_slow";
    default:
        return "ok";
    }
}

EnergyReport evaluateEnergy(const Params& params) {
    EnergyReport r;
    r.rows = params.array.rows;
    r.cols = params.array.cols;
    r.physicalCols = physicalColumns(params.array);
    r.macs = double(r.rows) * r.cols;
    r.energy = energyBreakdown(params);
    const double totalPj = r.energy.totalPj();
    r.fjPerMac = totalPj * 1e3 / r.macs;
    r.fjPerOp = r.fjPerMac / 2.0;
    r.topsPerW = 2.0 / (r.fjPerMac * 1e-3); // 2 ops per MAC; ops/pJ = TOPS/W
    const double fHz = params.periphery.f_mvm_mhz * 1e6;
    r.tops = 2.0 * r.macs * fHz / 1e12;
    r.powerMw = totalPj * 1e-12 * fHz * 1e3;
    r.area = arrayArea(params);
    r.topsPerMm2 = r.tops / (r.area.totalUm2() / kUm2PerMm2);
    r.topsPerMm2CellsOnly = r.tops / (r.area.cellsUm2 / kUm2PerMm2);
    r.feasibility = checkFeasibility(params);
    return r;
}

} // namespace aimc::core
