#include "discharge_time.h"

#include "array/cell_law.h"
#include "device/device_monte_carlo.h"

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
    return 1.0 / onOffMoments(device).gpMean;
}

DischargeTime dischargeTime(const Params& params) {
    DischargeTime d;
    d.model = params.array.cell_model;
    d.cSlF = params.array.rows * params.periphery.c_cell_ff * 1e-15;
    array::cellLaw(d.model).dischargeTime(params, d);
    return d;
}

} // namespace aimc::core
