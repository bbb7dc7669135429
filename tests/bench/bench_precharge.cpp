// Issue 10's benchmark: one precharge-scheme MVM of a 256 x 256 array (the transient, resistive
// cells with 1 Ω wires: one DC line solve per pulse end; current sources: closed form), and the
// full MNIST test set on one chip under the clamp and the precharge scheme, resistive (SOT-MRAM)
// and current-source (IGZO 2T1C) cells, device variation only.
// usage: bench_precharge [model] [images]
#include "analog/analog_inference.h"
#include "analog/network_inputs.h"
#include "array/transient.h"
#include "io/preset.h"

#include <chrono>
#include <cstdio>
#include <string>

using namespace aimc::core;
using Clock = std::chrono::steady_clock;

static double since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

static Params preset(const char* name) {
    auto r = loadPresetFile(std::string(AIMC_SOURCE_DIR "/presets/") + name + ".json");
    if (!r.preset) {
        std::fprintf(stderr, "bench_precharge: %s\n", r.error.c_str());
        std::exit(1);
    }
    return r.preset->params;
}

int main(int argc, char** argv) {
    const std::string model = argc > 1 ? argv[1] : AIMC_SOURCE_DIR "/resources/models/lenet5-mnist-s30.aimcnn";
    const int images = argc > 2 ? std::stoi(argv[2]) : 10000;
    for (const char* name : {"sot-mram-vlsi2020", "igzo-2t1c-iedm2019"}) {
        Params p = preset(name);
        p.array.rows = p.array.cols = 256;
        const auto c = array::buildCircuit(p, 1);
        const auto codes = array::sampleCodes(c.rows, p.periphery.dac_bits, 1.0, 1);
        const auto t0 = Clock::now();
        const auto r = array::simulateTransient(c, codes, p);
        std::printf("%-20s one 256x256 transient MVM: %8.3f ms (%lld DC solves)\n", name, 1e3 * since(t0), r.solves);
    }
    analog::NetworkInputs in;
    if (auto err = analog::loadNetworkInputs(model, "mnist", in)) {
        std::fprintf(stderr, "bench_precharge: %s\n", err->c_str());
        return 1;
    }
    struct Case {
        const char* preset;
        const char* label;
        ReadScheme scheme;
        double iOnNa; // IGZO on current (0: the preset's)
    };
    const Case cases[] = {
        {"sot-mram-vlsi2020", "SOT clamp", ReadScheme::Clamp, 0},
        {"sot-mram-vlsi2020", "SOT precharge 10 ps", ReadScheme::Precharge, 0},
        {"igzo-2t1c-iedm2019", "IGZO 20 nA clamp", ReadScheme::Clamp, 20},
        {"igzo-2t1c-iedm2019", "IGZO 20 nA precharge", ReadScheme::Precharge, 20},
        {"igzo-2t1c-iedm2019", "IGZO 200 nA precharge", ReadScheme::Precharge, 200},
    };
    for (const Case& k : cases) {
        Params p = preset(k.preset);
        p.array.scheme = k.scheme;
        p.periphery.t_lsb_ps = 10;
        if (k.iOnNa > 0)
            p.device.igzo_i_on_na = k.iOnNa;
        analog::AccuracyOptions o;
        o.images = images;
        o.chips = 1;
        const auto t0 = Clock::now();
        const auto r = analog::chipAccuracy(in.net, in.data, p, o);
        std::printf("%-24s %6d images, 1 chip: %7.2f s  accuracy %.4f (ideal %.4f)\n", k.label, r->images, since(t0),
                    r->mean, r->ideal);
    }
    return 0;
}
