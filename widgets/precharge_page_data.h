// What the Precharge page's worker computes (Qt-free): the transient of one MVM with the current
// wires and cells, both cell models' transfer curves, and the energy model's summation-line term
// at the transient's mean swing.
#pragma once

#include "array/transient.h"

#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace aimc::widgets {

struct PrechargePageData {
    core::Params params;                 // as simulated (array keys clamped, scheme = precharge)
    std::vector<std::string> notes;      // clamped keys and refusals
    std::string error;                   // the settings make no sense (checkPrechargeParams)
    core::array::TransientResult transient;
    std::vector<int> shownColumns;       // physical columns drawn against time
    core::array::TransferCurve resistive, currentSource;
    double meanSwingV = 0;               // over the transient's lines
    double energyModelSlPj = 0;          // N·P·c_SL·V_pre·(mean swing): the energy page's term
};

std::shared_ptr<const PrechargePageData> computePrechargePageData(const core::Params& params, std::stop_token stop);

} // namespace aimc::widgets
