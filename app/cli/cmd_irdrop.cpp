// aimc irdrop: the crossbar IR drop of one chip (docs/model.md §3) as JSON, CSV maps and a SPICE netlist.
#include "array/ir_drop_analysis.h"
#include "array/spice_export.h"
#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "io/atomic_file.h"
#include "params/param_table.h"

namespace aimc::cli {

int runIrdrop(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {"--csv", "--spice"}, {"--json"}, args))
        return fail(*err);
    if (!args.positional.empty())
        return fail("irdrop: unexpected argument '" + args.positional.front() + "'");
    core::Params params;
    if (auto err = paramsFromArgs(args, params))
        return fail(*err);
    if (auto err = core::array::checkArrayParams(params.array))
        return fail(*err);
    const auto r = core::array::simulateIrDrop(params);
    const auto& sol = r->solution;
    nlohmann::ordered_json j;
    j["rows"] = r->rows;
    j["cols"] = r->outputs;
    j["physical_cols"] = r->physicalCols;
    j["cell_model"] = core::formatValue(*core::findParam("array.cell_model"), static_cast<double>(r->model));
    j["status"] = core::array::toString(sol.status);
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
    }
    j["discharge_time_ns"] = r->discharge.seconds * 1e9;
    j["seed"] = params.sim.seed;
    printResult(j, args.has("--json"));
    if (!sol.ok())
        return fail("the IR-drop solve did not converge (" + sol.message + "); no maps written");
    if (auto dir = args.value("--csv"))
        if (auto err = core::array::writeIrDropCsv(*r, *dir))
            return fail(*err);
    if (auto file = args.value("--spice")) {
        const auto c = core::array::buildCircuit(params, params.sim.seed);
        if (auto err = core::writeFileAtomic(*file, core::array::spiceNetlist(c, r->activations)))
            return fail("--spice: " + *err);
    }
    return 0;
}

} // namespace aimc::cli
