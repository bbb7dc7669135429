// Energy, throughput, area and feasibility of one matrix-vector multiplication (docs/model.md §4,
// Cosemans IEDM 2019 Section IV, Figs. 6-8). Closed forms, no state: every page and the CLI call
// evaluateEnergy() on the current parameters.
#pragma once

#include "energy/discharge_time.h"
#include "params/params.h"

namespace aimc::core {

// Converter energy relative to 5 bits: Walden 2^(b-5) (energy per conversion step constant),
// thermal-noise limited 4^(b-5). docs/model.md §4.
double converterScale(int bits, ConverterScaling scaling);

// Physical columns: a differential pair uses two per logical output (array.differential).
int physicalColumns(const ArrayParams& array);

// E_MVM = N·E_DAC + M·E_ADC + N·P·c_AL·V_dd²·α_AL + N·P·c_SL·V_dd·ΔV_SL + E_ctrl  [pJ]
// with N rows, M logical outputs (one ADC each) and P physical columns (P = M single-ended,
// 2M differential: every physical cell loads its activation line and summation line).
struct EnergyBreakdown {
    double dacPj = 0, adcPj = 0, alPj = 0, slPj = 0, ctrlPj = 0;
    double totalPj() const { return dacPj + adcPj + alPj + slPj + ctrlPj; }
};
EnergyBreakdown energyBreakdown(const Params& params);

// Area: every physical cell plus the periphery share per thousand cells (Fig. 8)  [µm²]
struct AreaBreakdown {
    double cellsUm2 = 0, peripheryUm2 = 0;
    double totalUm2() const { return cellsUm2 + peripheryUm2; }
};
AreaBreakdown arrayArea(const Params& params);

// Fig. 8: the chip area that stores `weights` weights (differential pairs use two cells each), and
// its inverse, the weights stored in `areaMm2`.
double chipAreaMm2ForWeights(double weights, const Params& params);
double weightsForChipArea(double areaMm2, const Params& params);

// Whether the summation line can be used at the chosen MVM rate (Fig. 6): the discharge must fit in
// one MVM period 1/f, and must not be shorter than the control and pulse-width timing can use.
enum class Feasibility { Ok, TooFast, TooSlow };
struct FeasibilityCheck {
    Feasibility verdict = Feasibility::Ok;
    DischargeTime discharge;
    double periodS = 0;     // 1 / f_MVM
    double minimumS = 0;    // periphery.t_discharge_min_ns
};
FeasibilityCheck checkFeasibility(const Params& params);
const char* feasibilityName(Feasibility f); // "ok", "too_fast", "too_slow"

struct EnergyReport {
    int rows = 0, cols = 0, physicalCols = 0;
    double macs = 0;                 // N·M per MVM (logical weights)
    EnergyBreakdown energy;          // [pJ] per MVM
    double fjPerMac = 0;             // E_MVM / (N·M)
    double fjPerOp = 0;              // 1 MAC = 2 operations
    double topsPerW = 0;             // 2 / E_MAC[pJ]
    double tops = 0;                 // 2·N·M·f_MVM / 1e12
    double powerMw = 0;              // E_MVM · f_MVM
    AreaBreakdown area;              // [µm²]
    double topsPerMm2 = 0;           // cells + periphery
    double topsPerMm2CellsOnly = 0;  // the paper's "0.1 µm² → 2000 TOPS/mm²" counts cells only
    FeasibilityCheck feasibility;
};
EnergyReport evaluateEnergy(const Params& params);

} // namespace aimc::core
