// aimc energy: the MVM energy breakdown, throughput, area and feasibility (docs/model.md §4).
#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "energy/energy_model.h"
#include "params/param_table.h"


namespace aimc::cli {

int runEnergy(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {}, {"--json"}, args))
        return fail(*err);
    if (!args.positional.empty())
        return fail("energy: unexpected argument '" + args.positional.front() + "'");
    core::Params params;
    if (auto err = paramsFromArgs(args, params))
        return fail(*err);
    const auto r = core::evaluateEnergy(params);
    const auto& d = r.feasibility.discharge;
    nlohmann::ordered_json j;
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
    j["cell_model"] = core::formatValue(*core::findParam("array.cell_model"),
                                        static_cast<double>(d.model));
    if (d.model == core::CellModel::Resistive)
        j["r_on_ohm"] = d.rCellOhm;
    else
        j["i_cell_ua"] = d.iCellA * 1e6;
    j["c_sl_ff"] = d.cSlF * 1e15;
    j["discharge_time_ns"] = d.seconds * 1e9;
    j["mvm_period_ns"] = r.feasibility.periodS * 1e9;
    j["discharge_min_ns"] = r.feasibility.minimumS * 1e9;
    j["feasible"] = r.feasibility.verdict == core::Feasibility::Ok;
    j["feasibility"] = core::feasibilityName(r.feasibility.verdict);
    printResult(j, args.has("--json"));
    return 0;
}

} // namespace aimc::cli
