// The Network page's preview after a slider release: the coarse job (300 images, one chip, the
// attenuation map) with the model and data set already cached, as on every slider step after the
// first. Then the full page as the page runs it after a slider release: the full pass (all chips and
// images, exact IR drop), Fig. 16 (paired chips) and the σ_w curves, with the time each part arrives;
// again after a device slider step (σ_w curves cached) and after an ADC step (chips cached).
// usage: bench_network_preview [model]
//        bench_network_preview MODEL fig16 [ideal]   (only the page's Fig. 16 on 1024 x 256 arrays, as a table)
#include "io/preset.h"
#include "network_page_data.h"

#include <chrono>
#include <cstdio>
#include <stop_token>
#include <string>

using namespace aimc;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    widgets::NetworkSelection sel;
    sel.model = argc > 1 ? argv[1] : AIMC_SOURCE_DIR "/resources/models/lenet5-mnist-s00.aimcnn";
    sel.dataset = "mnist";
    auto params = core::loadPresetFile(AIMC_SOURCE_DIR "/presets/sot-mram-vlsi2020.json").preset->params;
    auto cache = std::make_shared<widgets::NetworkCache>();
    if (argc > 2 && std::string(argv[2]) == "fig16") {
        params.array.rows = 1024;
        params.array.cols = 256;
        params.sim.images = 1000;
        params.sim.chips = 1;
        sel.ronIdealDevices = argc > 3 && std::string(argv[3]) == "ideal";
        // Stop once Fig. 16 has arrived: the σ_w curves are not needed here.
        std::stop_source stop;
        std::shared_ptr<const widgets::NetworkPageData> d;
        auto last = widgets::computeNetworkPageData(params, sel, false, cache, stop.get_token(), {},
                                                    [&](std::shared_ptr<const widgets::NetworkPageData> p) {
                                                        if (p->ronSweep) {
                                                            d = p;
                                                            stop.request_stop();
                                                        }
                                                    });
        if (!d)
            d = last;
        if (!d || !d->error.empty() || !d->ronSweep) {
            std::fprintf(stderr, "%s\n", d ? d->error.c_str() : "no Fig. 16");
            return 1;
        }
        std::printf("| R_ON [MOhm] |");
        for (const auto& pt : d->ronSweep->curves[0].points)
            std::printf(" %.1f |", pt.ronOhm * 1e-6);
        std::printf("\n");
        for (const auto& c : d->ronSweep->curves) {
            std::printf("| r_SL = %g Ohm |", c.wireOhm);
            for (const auto& pt : c.points)
                std::printf(" %.2f %% +- %.2f %% |", 100 * pt.increase, 100 * pt.spread);
            std::printf("\n");
        }
        std::printf("IR off (%s), %d chips x %d images:", sel.ronIdealDevices ? "ideal devices" : "same chips",
                    static_cast<int>(d->ronSweep->accuracyOff.size()), d->ronSweep->images);
        for (double a : d->ronSweep->accuracyOff)
            std::printf(" %.2f %%", 100 * a);
        std::printf("\n");
        return 0;
    }
    auto t0 = Clock::now();
    auto first = widgets::computeNetworkPageData(params, sel, true, cache, {}, {});
    std::printf("first preview (loads model and MNIST): %.0f ms\n",
                std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    if (!first->error.empty()) {
        std::fprintf(stderr, "%s\n", first->error.c_str());
        return 1;
    }
    for (double cd : {79.0, 78.0, 77.0, 76.0, 75.0}) { // five slider releases
        params.device.cd_nm = cd;
        t0 = Clock::now();
        auto d = widgets::computeNetworkPageData(params, sel, true, cache, {}, {});
        std::printf("preview at nCD %.0f nm: %.0f ms (accuracy %.3f on %d images)\n", cd,
                    std::chrono::duration<double, std::milli>(Clock::now() - t0).count(),
                    d->accuracy->mean, d->accuracy->images);
    }
    // The full page: partial results arrive as the page shows them.
    const auto fullPage = [&](const char* what) {
        const auto start = Clock::now();
        int part = 0;
        const auto ms = [&] { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); };
        auto d = widgets::computeNetworkPageData(params, sel, false, cache, {}, {},
                                                 [&](std::shared_ptr<const widgets::NetworkPageData> p) {
                                                     std::printf("  %s part %d at %.0f ms%s\n", what, ++part, ms(),
                                                                 p->ronSweep ? " (full pass + Fig. 16)" : " (full pass)");
                                                 });
        std::printf("%s: whole page %.0f ms; %d chips x %d images, %s arrays %d x %d; accuracy %.4f +- %.4f\n", what,
                    ms(), static_cast<int>(d->accuracy->chipAccuracies.size()), d->accuracy->images,
                    core::analog::toString(d->accuracy->ir), params.array.rows, params.array.cols, d->accuracy->mean,
                    d->accuracy->std);
        if (d->ronSweep)
            std::printf("  Fig. 16: %d chips x %d images, %zu curves; error increase at 0.5 MOhm: %.2f %% +- %.2f %%\n",
                        static_cast<int>(d->ronSweep->accuracyOff.size()), d->ronSweep->images,
                        d->ronSweep->curves.size(), 100 * d->ronSweep->curves[0].points[0].increase,
                        100 * d->ronSweep->curves[0].points[0].spread);
    };
    params.device.cd_nm = 80;
    fullPage("first full page (sigma_w curves computed)");
    params.device.cd_nm = 79;
    fullPage("after a device slider step");
    params.periphery.adc_bits = 6;
    fullPage("after an ADC slider step (chips cached)");
    return 0;
}
