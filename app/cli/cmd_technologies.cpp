// aimc technologies: Doevenspeck Table I live (docs/model.md §7): one row per shipped technology
// on the current array (--preset/--set), beside the papers' values; with --model and --dataset
// also the network's accuracy on each technology's arrays.
#include "analog/analog_inference.h"
#include "analog/network_inputs.h"
#include "array/cell_law.h"
#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "device/technology_table.h"
#include "nn_cli_common.h"

namespace aimc::cli {
namespace {
nlohmann::ordered_json optionalNumber(const std::optional<double>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json rowJson(const core::TechnologyRow& r) {
    nlohmann::ordered_json j;
    j["technology"] = std::string(core::technologyKey(r.shipped.technology));
    j["preset"] = std::string(r.shipped.preset);
    if (!r.error.empty()) {
        j["error"] = r.error;
        return j;
    }
    j["sigma_w_minus1"] = r.sigmaW.minus1;
    j["sigma_w_zero"] = r.sigmaW.zero;
    j["sigma_w_plus1"] = r.sigmaW.plus1;
    j["cell_model"] = std::string(core::array::cellLaw(r.params.array.cell_model).name());
    j["r_on_ohm"] = r.currentCell ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.ronOhm);
    j["i_cell_a"] = r.currentCell ? nlohmann::ordered_json(r.iCellA) : nlohmann::ordered_json(nullptr);
    j["v_write_v"] = optionalNumber(r.write.vWriteV);
    j["writable"] = r.write.writable;
    j["retention_s"] = optionalNumber(r.retentionS);
    j["tops_per_w"] = r.topsPerW;
    j["feasibility"] = core::feasibilityName(r.feasibility);
    j["paper_sigma_w"] = std::string(r.shipped.paperSigmaW);
    j["paper_r_on"] = std::string(r.shipped.paperRon);
    j["paper_v_write"] = std::string(r.shipped.paperVwr);
    j["paper_source"] = std::string(r.shipped.paperSource);
    return j;
}
} // namespace

int runTechnologies(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {"--model", "--dataset", "--images", "--chips", "--ir", "--threads"},
                             {"--json"}, args))
        return fail(*err);
    core::Params params;
    if (auto err = paramsFromArgs(args, params))
        return fail(*err);
    const auto model = args.value("--model"), dataset = args.value("--dataset");
    if (model.has_value() != dataset.has_value())
        return fail("technologies: --model and --dataset go together");
    ArrayRunOptions run;
    if (auto err = parseArrayRunOptions(args, params, run))
        return fail(*err);
    ThreadLimit threads;
    if (auto err = threads.apply(args))
        return fail(*err);
    core::analog::NetworkInputs in;
    if (model)
        if (auto err = core::analog::loadNetworkInputs(*model, *dataset, in))
            return fail(*err);

    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& row : core::technologyRows(params)) {
        auto j = rowJson(row);
        if (model && row.error.empty()) {
            core::analog::AccuracyOptions o;
            // Current-source cells are nonlinear: their IR drop needs a solve per MVM (not yet in
            // the network path), so their accuracy is device variation only; the row says so.
            const bool linear = core::array::cellLaw(row.params.array.cell_model).linear();
            o.ir = linear ? run.ir : core::analog::IrMode::Off;
            o.images = static_cast<int>(run.images);
            o.chips = static_cast<int>(run.chips);
            o.seed = row.params.sim.seed;
            const auto r = core::analog::chipAccuracy(in.net, in.data, row.params, o);
            j["accuracy_ir_mode"] = core::analog::toString(o.ir);
            j["accuracy_mean"] = r->mean;
            j["accuracy_std"] = r->std;
            j["ideal_accuracy"] = r->ideal;
        }
        out.push_back(std::move(j));
    }
    if (args.has("--json")) {
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    for (const auto& j : out) {
        for (const auto& [k, v] : j.items())
            std::cout << k << " = " << v.dump() << "\n";
        std::cout << "\n";
    }
    return 0;
}

} // namespace aimc::cli
