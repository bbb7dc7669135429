// aimc transient: one random (seeded) MVM under the precharge scheme (docs/model.md §8): the
// summation lines' end voltages against the linear prediction, waveforms, the SPICE `.tran` form.
#include "array/cell_law.h"
#include "array/ir_drop_analysis.h"
#include "array/precharge.h"
#include "array/spice_export.h"
#include "array/transient.h"
#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "io/atomic_file.h"

#include <sstream>

namespace aimc::cli {
namespace {
std::string codesCsv(const std::vector<int>& codes) {
    std::ostringstream os;
    for (int x : codes)
        os << x << "\n";
    return os.str();
}

std::string waveformsCsv(const core::array::TransientResult& r) {
    std::ostringstream os;
    os.precision(17);
    os << "time_s";
    for (Eigen::Index j = 0; j < r.waveforms.cols(); ++j)
        os << ",v_sl_" << j << "_v";
    os << "\n";
    for (std::size_t s = 0; s < r.times.size(); ++s) {
        os << r.times[s];
        for (Eigen::Index j = 0; j < r.waveforms.cols(); ++j)
            os << "," << r.waveforms(static_cast<Eigen::Index>(s), j);
        os << "\n";
    }
    return os.str();
}
} // namespace

int runTransient(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {"--csv", "--spice"}, {"--json"}, args))
        return fail(*err);
    if (!args.positional.empty())
        return fail("transient: unexpected argument '" + args.positional.front() + "'");
    core::Params params;
    if (auto err = paramsFromArgs(args, params))
        return fail(*err);
    params.array.scheme = core::ReadScheme::Precharge; // the command is the precharge transient
    if (auto err = core::array::checkArrayParams(params.array))
        return fail(*err);
    if (auto err = core::array::checkPrechargeParams(params))
        return fail(*err);
    const auto c = core::array::buildCircuit(params, params.sim.seed);
    const auto codes = core::array::sampleCodes(c.rows, params.periphery.dac_bits, params.array.activation_density,
                                                params.sim.seed);
    const auto r = core::array::simulateTransient(c, codes, params);
    if (!r.converged)
        return fail("a DC line solve of the transient did not converge: " + r.message);
    const bool linear = core::array::cellLaw(c.model).linear();
    nlohmann::ordered_json j;
    j["scheme"] = "precharge";
    j["cell_model"] = std::string(core::array::cellLaw(c.model).name());
    j["rows"] = c.rows;
    j["columns"] = c.physicalCols;
    j["c_sl_ff"] = r.cSlF * 1e15;
    j["t_lsb_ps"] = r.tLsbS * 1e12;
    j["v_precharge_v"] = r.vPrecharge;
    j["dv_sl_v"] = std::vector<double>(r.dvSl.data(), r.dvSl.data() + r.dvSl.size());
    j["dv_ideal_v"] = std::vector<double>(r.dvIdeal.data(), r.dvIdeal.data() + r.dvIdeal.size());
    j["rel_error_max"] = r.relErrorMax;
    j["rel_error_rms"] = r.relErrorRms;
    j["saturated_fraction_end"] =
        r.saturatedFractionEnd ? nlohmann::ordered_json(*r.saturatedFractionEnd) : nlohmann::ordered_json(nullptr);
    j["energy_sl_pj"] = r.energySlJ * 1e12;
    j["dc_line_solves"] = r.solves;
    j["seed"] = params.sim.seed;
    printResult(j, args.has("--json"));
    if (auto dir = args.value("--csv")) {
        // The strength map in the layout of the irdrop maps: one line per row, one value per column.
        const std::pair<const char*, std::string> files[] = {
            {linear ? "conductance_s.csv" : "current_a.csv", core::array::matrixCsv(linear ? c.g : c.iSat)},
            {"activation_codes.csv", codesCsv(r.codes)},
            {"sl_waveforms.csv", waveformsCsv(r)},
        };
        if (auto err = core::array::writeCsvFiles(*dir, files))
            return fail(*err);
    }
    if (auto file = args.value("--spice"))
        if (auto err = core::writeFileAtomic(
                *file, core::array::spiceTransientNetlist(c, r.codes, r.tLsbS, r.vPrecharge, r.cSlF)))
            return fail("--spice: " + *err);
    return 0;
}

} // namespace aimc::cli
