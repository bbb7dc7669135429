// Shared by the crossbar solver tests: a small array with clearly visible IR drop.
#pragma once

#include "params/params.h"

namespace aimc::core {
// Low-RA devices (RA ~ 18 Ω·µm², R_P of a few kΩ at 1.2 nm MgO) and ohmic wires.
inline Params lowRParams(int rows, int cols, double rAl, double rSl, double rDrv) {
    Params p;
    p.device.mgo_thickness_nm = 1.2;
    p.array.rows = rows;
    p.array.cols = cols;
    p.array.r_al_ohm = rAl;
    p.array.r_sl_ohm = rSl;
    p.array.r_driver_ohm = rDrv;
    p.array.weight_density = 0.6;
    return p;
}
} // namespace aimc::core
