// aimc irdrop: the crossbar IR drop of one chip (docs/model.md §3) as JSON, CSV maps and a SPICE netlist.
#include "array/ir_drop_analysis.h"
#include "array/crossbar_circuit.h"
#include "array/spice_export.h"
#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "io/atomic_file.h"
#include "sweep/metric_reports.h"

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
    const auto report = core::sweep::irdropReport(*r, params);
    printResult(report.json, args.has("--json"));
    if (report.error)
        return fail(*report.error);
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
