// aimc device: the statistics of the device technology's on and off states and the ternary
// weight variation (docs/model.md §1-2, §7), its write path and retention.
#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "device/device_monte_carlo.h"
#include "device/measured_devices.h"

namespace aimc::cli {
namespace {
nlohmann::ordered_json optionalNumber(const std::optional<double>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}
} // namespace

int runDevice(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {}, {"--json"}, args))
        return fail(*err);
    core::Params params;
    if (auto err = paramsFromArgs(args, params))
        return fail(*err);
    const auto r = core::simulateDevice(params.device, params.sim.samples, params.sim.seed);
    const bool mtj = params.device.technology == core::Technology::SotMram ||
                     params.device.technology == core::Technology::SttMram;
    nlohmann::ordered_json j;
    j["technology"] = std::string(core::technologyKey(params.device.technology));
    j["levels"] = r->levels;
    if (mtj) {
        j["ra_ohm_um2"] = r->raOhmUm2;
        j["ecd_nm"] = r->ecdNm;
        j["r_p_nominal_ohm"] = r->nominalRpOhm;
    }
    if (r->strengthIsCurrent) { // current-source technology: on/off currents
        j["i_on_mean_a"] = r->gpStats.mean;
        j["i_off_mean_a"] = r->gapStats.mean;
        j["i_on_sigma_over_mu"] = r->gpStats.relSigma();
        j["i_off_sigma_over_mu"] = r->gapStats.relSigma();
    } else { // P = the on (strongest) level, AP = the off level
        j["r_p_mean_ohm"] = r->rpStats.mean;
        j["r_ap_mean_ohm"] = r->rapStats.mean;
        j["g_p_mean_s"] = r->gpStats.mean;
        j["g_ap_mean_s"] = r->gapStats.mean;
        j["g_p_sigma_over_mu"] = r->gpStats.relSigma();
        j["g_ap_sigma_over_mu"] = r->gapStats.relSigma();
    }
    if (mtj)
        j["tmr_at_read"] = r->tmrAtRead;
    j["sigma_w_minus1"] = r->wMinus1Stats.sigma;
    j["sigma_w_zero"] = r->wZeroStats.sigma;
    j["sigma_w_plus1"] = r->wPlus1Stats.sigma;
    j["sigma_w_minus1_analytic"] = r->sigmaWAnalytic.minus1;
    j["sigma_w_zero_analytic"] = r->sigmaWAnalytic.zero;
    j["sigma_w_plus1_analytic"] = r->sigmaWAnalytic.plus1;
    j["sigma_w_unit"] = "LSB";
    if (mtj)
        j["delta_kT"] = r->deltaKt;
    j["retention_s"] = optionalNumber(r->retentionS);
    j["writable"] = r->write.writable;
    j["v_write_v"] = optionalNumber(r->write.vWriteV);
    j["write_note"] = r->write.reason;
    if (params.device.technology == core::Technology::Measured) {
        const auto& data = *params.device.measured;
        j["measured_file"] = params.device.measured_path;
        j["measured_devices"] = data.devices;
        const auto fit = core::fitMtj(data, core::raOhmUm2(params.device));
        j["fit_ok"] = fit.ok;
        if (fit.ok) {
            j["fit_ra_ohm_um2"] = fit.raOhmUm2;
            j["fit_ecd_nm"] = fit.ecdNm;
            j["fit_sigma_radius_nm"] = fit.sigmaRadiusNm;
            j["fit_tmr_at_read"] = fit.tmrAtRead;
            j["fit_ks_distance_p"] = fit.ksDistanceP;
        } else {
            j["fit_note"] = fit.message;
        }
    }
    j["samples"] = r->samples;
    j["seed"] = params.sim.seed;
    printResult(j, args.has("--json"));
    return 0;
}

} // namespace aimc::cli
