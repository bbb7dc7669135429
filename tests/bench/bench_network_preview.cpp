// The Network page's preview after a slider release: the coarse job (300 images, one chip, the
// attenuation map) with the model and data set already cached, as on every slider step after the
// first. usage: bench_network_preview [model]
#include "io/preset.h"
#include "network_page_data.h"

#include <chrono>
#include <cstdio>

using namespace aimc;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    widgets::NetworkSelection sel;
    sel.model = argc > 1 ? argv[1] : AIMC_SOURCE_DIR "/resources/models/lenet5-mnist-s00.aimcnn";
    sel.dataset = "mnist";
    auto params = core::loadPresetFile(AIMC_SOURCE_DIR "/presets/sot-mram-vlsi2020.json").preset->params;
    auto cache = std::make_shared<widgets::NetworkCache>();
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
    return 0;
}
