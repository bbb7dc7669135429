#include "cli_args.h"
#include "cli_output.h"
#include "commands.h"
#include "device/device_monte_carlo.h"


namespace aimc::cli {

int runDevice(int argc, char** argv) {
    CliArgs args;
    if (auto err = parseArgs(argc, argv, 2, {}, {"--json"}, args))
        return fail(*err);
    core::Params params;
    if (auto err = paramsFromArgs(args, params))
        return fail(*err);
    const auto r = core::simulateDevice(params.device, params.sim.samples, params.sim.seed);
    nlohmann::ordered_json j;
    j["ra_ohm_um2"] = r->raOhmUm2;
    j["ecd_nm"] = r->ecdNm;
    j["r_p_nominal_ohm"] = r->nominalRpOhm;
    j["r_p_mean_ohm"] = r->rpStats.mean;
    j["r_ap_mean_ohm"] = r->rapStats.mean;
    j["g_p_mean_s"] = r->gpStats.mean;
    j["g_ap_mean_s"] = r->gapStats.mean;
    j["g_p_sigma_over_mu"] = r->gpStats.relSigma();
    j["g_ap_sigma_over_mu"] = r->gapStats.relSigma();
    j["tmr_at_read"] = r->tmrAtRead;
    j["sigma_w_minus1"] = r->wMinus1Stats.sigma;
    j["sigma_w_zero"] = r->wZeroStats.sigma;
    j["sigma_w_plus1"] = r->wPlus1Stats.sigma;
    j["sigma_w_minus1_analytic"] = r->sigmaWAnalytic.minus1;
    j["sigma_w_zero_analytic"] = r->sigmaWAnalytic.zero;
    j["sigma_w_plus1_analytic"] = r->sigmaWAnalytic.plus1;
    j["sigma_w_unit"] = "LSB";
    j["delta_kT"] = r->deltaKt;
    j["retention_s"] = r->retentionS;
    j["samples"] = r->samples;
    j["seed"] = params.sim.seed;
    printResult(j, args.has("--json"));
    return 0;
}

} // namespace aimc::cli
