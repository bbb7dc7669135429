#include "precharge_page_data.h"

#include "array/precharge.h"
#include "energy/energy_model.h"

#include <algorithm>

namespace aimc::widgets {
namespace {
constexpr int kTransferInputs = 48;
constexpr int kShownColumns = 4;
} // namespace

std::shared_ptr<const PrechargePageData> computePrechargePageData(const core::Params& params, std::stop_token stop) {
    auto d = std::make_shared<PrechargePageData>();
    d->params = params;
    d->params.array = core::array::clampArrayParams(params.array, d->notes);
    d->params.array.scheme = core::ReadScheme::Precharge;
    if (auto err = core::array::checkPrechargeParams(d->params)) {
        d->error = *err;
        return d;
    }
    const auto c = core::array::buildCircuit(d->params, d->params.sim.seed);
    const auto codes = core::array::sampleCodes(c.rows, d->params.periphery.dac_bits,
                                                d->params.array.activation_density, d->params.sim.seed);
    core::array::SolveOptions opt;
    opt.stop = stop;
    d->transient = core::array::simulateTransient(c, codes, d->params, opt);
    if (stop.stop_requested())
        return nullptr;
    for (int j = 0; j < std::min(kShownColumns, c.physicalCols); ++j)
        d->shownColumns.push_back(j * std::max(1, c.physicalCols / kShownColumns));
    d->resistive = core::array::prechargeTransferCurve(d->params, core::CellModel::Resistive, kTransferInputs,
                                                       d->params.sim.seed);
    if (stop.stop_requested())
        return nullptr;
    d->currentSource = core::array::prechargeTransferCurve(d->params, core::CellModel::CurrentSource,
                                                           kTransferInputs, d->params.sim.seed);
    // docs/model.md §8: the energy the precharge restores is the energy model's summation-line
    // term N·P·c_SL·V_dd·ΔV_SL with V_dd = V_pre and ΔV_SL = the mean swing.
    const auto& t = d->transient;
    d->meanSwingV = t.dvSl.size() ? t.dvSl.mean() : 0.0;
    core::Params e = d->params;
    e.periphery.vdd_v = t.vPrecharge;
    e.periphery.dv_sl_v = d->meanSwingV;
    d->energyModelSlPj = core::energyBreakdown(e).slPj;
    return d;
}

} // namespace aimc::widgets
