// Summation-line discharge time (docs/model.md §3, Cosemans IEDM 2019 Fig. 6): how long the active
// cells of one summation line take to pull its precharged capacitance down. Shared by the Energy
// page (feasibility of the MVM rate) and the Array page.
#pragma once

#include "params/params.h"

namespace aimc::core {

// Resistive cells discharge the line by 50 %: t = ln2 · C_SL · R_cell / (p·N), C_SL = N·c_cell.
// cellsPerLine N >= 1, cCellF [F] and rCellOhm [Ω] > 0, activeFraction p in (0, 1]. Returns [s].
double dischargeTimeResistiveS(int cellsPerLine, double cCellF, double activeFraction,
                               double rCellOhm);

// Current-source cells discharge the line by ΔV: t = C_SL · ΔV / (p·N·I_cell). iCellA [A],
// swingV [V]. Returns [s].
double dischargeTimeCurrentSourceS(int cellsPerLine, double cCellF, double activeFraction,
                                   double iCellA, double swingV);

// The resistance of an ON (parallel-state) cell as the discharge sees it: 1 / E[G_P] from the
// device model's exact conductance moments. The line current is the sum of the active cells'
// currents, so the mean conductance (not the mean resistance, nor the nominal-radius R_P) sets the
// time; with σ_r = 0 it equals nominalRp().
double dischargeRonOhm(const DeviceParams& device);

struct DischargeTime {
    CellModel model = CellModel::Resistive;
    double seconds = 0;   // t_discharge
    double cSlF = 0;      // C_SL = N · c_cell
    double rCellOhm = 0;  // R_ON used (resistive model), else 0
    double iCellA = 0;    // I_cell used (current-source model), else 0
    double swingV = 0;    // ΔV used (current-source model), else 0
};

// From the parameters: N = array.rows (cells on one summation line), c_cell = periphery.c_cell_ff,
// p = periphery.active_fraction; array.cell_model chooses R_ON = dischargeRonOhm(device) or
// I_cell = array.i_cell_ua with ΔV = periphery.dv_sl_v (the swing the energy model also charges).
DischargeTime dischargeTime(const Params& params);

} // namespace aimc::core
