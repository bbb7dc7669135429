// Issue 14's investigation of issue 6's open observation: on 256-row arrays with σ_r = 3 nm, the IR
// drop's attenuation raised one chip's accuracy. For each chip (sot-mram-vlsi2020, 256 x 256 arrays)
// this prints the accuracy with the IR drop off and exact at low R_ON, each with the ADC full scale
// calibrated on the ideal chip (the default) and on the chip itself, and without an ADC, plus the
// fraction of ADC conversions that clip (|partial sum| above the full scale) and the mean realised
// |w'| of the ±1 weights; last, the IR-off chip with every weight scaled by the exact run's mean
// attenuation (a uniform gain, no pattern), which separates the scale from the pattern. usage: bench_ir_attenuation [model] [images] [chips] [ron_megaohm]
#include "analog/ir_sweep.h"
#include "analog/network_inputs.h"
#include "io/preset.h"

#include <atomic>
#include <cmath>
#include <cstdio>
#include <string>

using namespace aimc::core;

namespace {
struct Run {
    double accuracy = 0, clipped = 0, meanWeight = 0;
};

// The chip's accuracy, counting the conversions whose partial sum exceeds its tile's full scale.
Run run(const analog::IdealReference& ref, const analog::NetworkInputs& in, const Params& p, analog::IrMode mode,
        std::uint64_t seed, int images, bool chipCalibration, int adcBits, float gain = 1) {
    auto chip = *analog::buildChip(ref.net, p, mode, seed);
    for (auto& L : chip.layers) // a uniform gain on every weight (the attenuation without its pattern)
        for (auto& t : L.tiles)
            t.weights *= gain;
    if (chipCalibration)
        analog::calibrateAdc(ref.net, chip, in.data.train, 200);
    else
        analog::copyAdcFullScale(ref.chip, chip);
    std::atomic<long long> over{0}, all{0};
    const nn::MvmFn inner = analog::analogMvm(chip, adcBits);
    const nn::MvmFn counting = [&](int layer, const nn::Mat& codes, nn::Mat& sums) {
        for (const auto& t : chip.layers[layer].tiles) {
            const nn::Mat partial = codes.middleCols(t.row0, t.rows) * t.weights;
            over += (partial.array().abs() > t.adcFullScale).count();
            all += partial.size();
        }
        inner(layer, codes, sums);
    };
    Run r;
    r.accuracy = nn::evaluate(ref.net, in.data.test, images, counting).accuracy;
    r.clipped = static_cast<double>(over) / static_cast<double>(std::max(1LL, all.load()));
    double sum = 0;
    long long n = 0;
    for (std::size_t l = 0; l < chip.layers.size(); ++l)
        for (const auto& t : chip.layers[l].tiles)
            for (int i = 0; i < t.rows; ++i)
                for (int k = 0; k < t.cols; ++k)
                    if (ref.net.layers[l].ternary(t.row0 + i, t.col0 + k) != 0) {
                        sum += std::abs(t.weights(i, k));
                        ++n;
                    }
    r.meanWeight = sum / static_cast<double>(std::max(1LL, n));
    return r;
}
} // namespace

int main(int argc, char** argv) {
    const std::string model = argc > 1 ? argv[1] : AIMC_SOURCE_DIR "/resources/models/lenet5-mnist-s00.aimcnn";
    const int images = argc > 2 ? std::stoi(argv[2]) : 500;
    const int chips = argc > 3 ? std::stoi(argv[3]) : 5;
    const double ronLow = (argc > 4 ? std::stod(argv[4]) : 0.5) * 1e6;
    analog::NetworkInputs in;
    if (auto err = analog::loadNetworkInputs(model, "mnist", in)) {
        std::fprintf(stderr, "bench_ir_attenuation: %s\n", err->c_str());
        return 1;
    }
    Params p = loadPresetFile(AIMC_SOURCE_DIR "/presets/sot-mram-vlsi2020.json").preset->params;
    p.array.rows = p.array.cols = 256;
    analog::AccuracyOptions o;
    o.images = images;
    const auto ref = *analog::idealReference(in.net, in.data, p, o);
    std::printf("ideal %.4f (no ADC %.4f), %d images, R_ON low %.2f MOhm\n", ref.accuracy, ref.accuracyNoAdc, images,
                ronLow * 1e-6);
    std::printf("chip  mode          ADC scale  accuracy  clipped   mean|w'|\n");
    const Params low = analog::withRon(p, ronLow);
    const int bits = p.periphery.adc_bits;
    for (int k = 0; k < chips; ++k) {
        const auto seed = analog::chipSeed(p.sim.seed, k);
        const struct {
            const char* name;
            const Params* params;
            analog::IrMode mode;
            bool chipCal;
            int bits;
        } rows[] = {{"off", &p, analog::IrMode::Off, false, bits},      {"off", &p, analog::IrMode::Off, true, bits},
                    {"off", &p, analog::IrMode::Off, false, 0},         {"exact low", &low, analog::IrMode::Exact, false, bits},
                    {"exact low", &low, analog::IrMode::Exact, true, bits}, {"exact low", &low, analog::IrMode::Exact, false, 0}};
        double off = 1, low = 1;
        for (const auto& r : rows) {
            const Run x = run(ref, in, *r.params, r.mode, seed, images, r.chipCal, r.bits);
            (r.mode == analog::IrMode::Off ? off : low) = x.meanWeight;
            std::printf("%4d  %-12s  %-9s  %7.2f %%  %6.3f %%  %.4f\n", k + 1, r.name,
                        r.bits == 0 ? "no ADC" : (r.chipCal ? "chip" : "ideal"), 100 * x.accuracy, 100 * x.clipped,
                        x.meanWeight);
        }
        for (int b : {bits, 0}) {
            const Run x = run(ref, in, p, analog::IrMode::Off, seed, images, false, b, static_cast<float>(low / off));
            std::printf("%4d  %-12s  %-9s  %7.2f %%  %6.3f %%  %.4f\n", k + 1, "off x gain", b == 0 ? "no ADC" : "ideal",
                        100 * x.accuracy, 100 * x.clipped, x.meanWeight);
        }
    }
    return 0;
}
