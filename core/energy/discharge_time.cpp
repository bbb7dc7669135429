#include "discharge_time.h"

#include "device/mtj_model.h"

#include <numbers>

namespace aimc::core {

double dischargeTimeResistiveS(int cellsPerLine, double cCellF, double activeFraction,
                               double rCellOhm) {
    const double n = cellsPerLine;
    const double cSl = n * cCellF;
    // p·N cells in parallel form an RC of (R/(pN))·C_SL; 50 % of the precharge is gone after ln 2 τ.
    return std::numbers::ln2 * cSl * rCellOhm / (activeFraction * n);
}

double dischargeTimeCurrentSourceS(int cellsPerLine, double cCellF, double activeFraction,
                                   double iCellA, double swingV) {
    const double n = cellsPerLine;
    const double cSl = n * cCellF;
    // A constant current p·N·I_cell removes the charge C_SL·ΔV linearly.
    return cSl * swingV / (activeFraction * n * iCellA);
}

double dischargeRonOhm(const DeviceParams& device) {
    return 1.0 / conductanceMoments(device).gpMean;
}

DischargeTime dischargeTime(const Params& params) {
    const int n = params.array.rows;
    const double cCell = params.periphery.c_cell_ff * 1e-15;
    const double p = params.periphery.active_fraction;
    DischargeTime d;
    d.model = params.array.cell_model;
    d.cSlF = n * cCell;
    if (d.model == CellModel::Resistive) {
        d.rCellOhm = dischargeRonOhm(params.device);
        d.seconds = dischargeTimeResistiveS(n, cCell, p, d.rCellOhm);
    } else {
        d.iCellA = params.array.i_cell_ua * 1e-6;
        d.swingV = params.periphery.dv_sl_v;
        d.seconds = dischargeTimeCurrentSourceS(n, cCell, p, d.iCellA, d.swingV);
    }
    return d;
}

} // namespace aimc::core
