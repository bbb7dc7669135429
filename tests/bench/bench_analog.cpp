// Issue 6's benchmark: the full MNIST test set through the arrays of one chip, LeNet-5 layers on
// 256 x 256 arrays (sot-mram-vlsi2020 preset): device variation only, the attenuation map, and
// the exact IR drop (transfer matrices included), against the digital ternary network.
// Then the ratios issue 14 asks for: exact (chip build included) over variation only, and the
// 5-chip exact run (chipAccuracy, reference included) over one variation-only chip.
// usage: bench_analog [model] [images] [chips]   (one line per mode: chip build, evaluation, total)
#include "analog/analog_inference.h"
#include "analog/network_inputs.h"
#include "io/preset.h"

#include <chrono>
#include <cstdio>
#include <string>

using namespace aimc::core;
using Clock = std::chrono::steady_clock;

static double since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

int main(int argc, char** argv) {
    const std::string model = argc > 1 ? argv[1] : AIMC_SOURCE_DIR "/resources/models/lenet5-mnist-s00.aimcnn";
    const int images = argc > 2 ? std::stoi(argv[2]) : 10000;
    analog::NetworkInputs in;
    if (auto err = analog::loadNetworkInputs(model, "mnist", in)) {
        std::fprintf(stderr, "bench_analog: %s\n", err->c_str());
        return 1;
    }
    auto preset = loadPresetFile(AIMC_SOURCE_DIR "/presets/sot-mram-vlsi2020.json");
    Params p = preset.preset->params;
    p.array.rows = p.array.cols = 256;
    auto t0 = Clock::now();
    const auto digital = nn::evaluate(in.net, in.data.test, images);
    std::printf("%-28s %8s %10.3f s  accuracy %.4f\n", "digital ternary", "", since(t0), digital.accuracy);
    analog::AnalogChip ideal = analog::idealChip(in.net, p);
    analog::calibrateAdc(in.net, ideal, in.data.train, 200);
    double total[3] = {};
    for (auto mode : {analog::IrMode::Off, analog::IrMode::Map, analog::IrMode::Exact}) {
        t0 = Clock::now();
        auto chip = analog::buildChip(in.net, p, mode, 1);
        const double build = since(t0);
        analog::copyAdcFullScale(ideal, *chip);
        const auto t1 = Clock::now();
        const auto e = nn::evaluate(in.net, in.data.test, images, analog::analogMvm(*chip, p.periphery.adc_bits));
        const double eval = since(t1);
        total[static_cast<int>(mode)] = build + eval;
        std::printf("ir=%-6s chip build %7.3f s  evaluate %7.3f s  total %7.3f s  accuracy %.4f  solves %lld (at most %d iterations)\n",
                    analog::toString(mode), build, eval, build + eval, e.accuracy, chip->solves, chip->maxIterations);
    }
    std::printf("exact / variation only (chip build included): %.2f x\n", total[2] / total[0]);
    analog::AccuracyOptions o;
    o.ir = analog::IrMode::Exact;
    o.images = images;
    o.chips = argc > 3 ? std::stoi(argv[3]) : 5;
    t0 = Clock::now();
    const auto all = analog::chipAccuracy(in.net, in.data, p, o);
    const double chips = since(t0);
    std::printf("%d chips exact, %d images: %.3f s, accuracy %.4f +- %.4f; / one variation-only chip: %.2f x\n",
                o.chips, images, chips, all->mean, all->std, chips / total[0]);
    return 0;
}
